/**
 * Release history (更新说明): each publish records its release and compares it with the release it
 * replaces in --out, using only what both releases published: datasets added or removed, rows per
 * dataset, years added, and wage cells whose published values changed. The history is public and
 * small (the latest releases, a few example cells); the full list of changed cells goes to the
 * staff only (release-changes.csv).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { MANIFEST_FILE, type Manifest, type ReleaseChanges, type ReleaseEntry, type ReleaseHistory, type WageCellChange } from '../core/manifest';
import { queryRows, sqlString } from './duck';

/** Releases kept in history.json. */
export const HISTORY_LENGTH = 20;
/** Changed wage cells named in the public history (the staff report lists more, the CSV all). */
export const PUBLIC_CHANGE_EXAMPLES = 10;
export const REPORT_CHANGE_EXAMPLES = 200;

export interface PreviousRelease {
  dir: string;
  manifest: Manifest;
  history: ReleaseHistory | null;
}

export interface ReleaseDiff {
  entry: ReleaseEntry;
  previous: ReleaseEntry | null;
  /** Changed wage cells for the report (the largest changes first). */
  cells: WageCellChange[];
}

export async function readPreviousRelease(out: string): Promise<PreviousRelease | null> {
  const path = join(out, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
    const history = manifest.history ? (JSON.parse(await readFile(join(out, manifest.history.file), 'utf8')) as ReleaseHistory) : null;
    return { dir: out, manifest, history };
  } catch {
    return null;
  }
}

/** Stable for the same sources, as-of date and code: a re-publish of the same year keeps its id. */
export function releaseId(m: Pick<Manifest, 'built_at' | 'as_of' | 'code_version' | 'sources'>): string {
  const h = createHash('sha256').update(JSON.stringify([m.as_of, m.code_version, m.sources.map((s) => s.sha256)])).digest('hex');
  return `${m.as_of}-${h.slice(0, 8)}`;
}

function entryOf(m: Manifest, replaces: string | null, changes: ReleaseChanges | null): ReleaseEntry {
  return {
    id: releaseId(m),
    as_of: m.as_of,
    built_at: m.built_at,
    demo: m.demo,
    replaces,
    sources: m.sources.map((s) => ({ table: s.table, sha256: s.sha256, rows: s.rows })),
    rows: Object.fromEntries(Object.values(m.datasets).map((d) => [d.name, d.rows])),
    changes
  };
}

const KEY = ['year', 'region_code', 'occupation_depth', 'occupation_code', 'skill_level', 'industry', 'unit'];
const VALUES = ['p10', 'p25', 'p50', 'p75', 'p90', 'mean', 'suppressed'];
export const CHANGED_CELL_COLUMNS = [
  'year', 'region_code', 'occupation_code', 'skill_level', 'industry', 'unit',
  ...VALUES.flatMap((v) => [`${v}_before`, `${v}_after`])
];

const cellOf = (r: Record<string, unknown>): WageCellChange => ({
  year: r.year as number,
  region_code: r.region_code as string,
  occupation_code: (r.occupation_code as string | null) ?? null,
  skill_level: (r.skill_level as number | null) ?? null,
  industry: (r.industry as string | null) ?? null,
  unit: r.unit as string,
  before: { p10: r.p10_before as number | null, p50: r.p50_before as number | null, p90: r.p90_before as number | null, suppressed: Boolean(r.suppressed_before) },
  after: { p10: r.p10_after as number | null, p50: r.p50_after as number | null, p90: r.p90_after as number | null, suppressed: Boolean(r.suppressed_after) }
});

export interface ComparedRelease {
  entry: ReleaseEntry;
  history: ReleaseHistory;
  diff: ReleaseDiff;
  /** SELECT over every changed wage cell (for release-changes.csv), or null when nothing to compare. */
  changedCells: string | null;
  changedColumns: readonly string[];
}

/** This release against the one in --out (staged files vs. published ones), and the new history. */
export async function compareReleases(conn: DuckDBConnection, manifest: Manifest, staging: string, previous: PreviousRelease | null): Promise<ComparedRelease> {
  const prevEntry = previous ? (previous.history?.releases[0] ?? entryOf(previous.manifest, null, null)) : null;
  let changes: ReleaseChanges | null = null;
  let cells: WageCellChange[] = [];
  let changedCells: string | null = null;
  if (previous) {
    const before = previous.manifest;
    const names = (m: Manifest) => Object.keys(m.datasets);
    const added = (a: number[] = [], b: number[] = []) => b.filter((y) => !a.includes(y));
    changes = {
      datasets_added: names(manifest).filter((n) => !before.datasets[n]),
      datasets_removed: names(before).filter((n) => !manifest.datasets[n]),
      rows: names(manifest)
        .filter((n) => before.datasets[n] && before.datasets[n].rows !== manifest.datasets[n].rows)
        .map((n) => ({ dataset: n, before: before.datasets[n].rows, after: manifest.datasets[n].rows })),
      years_added: {
        wage: added(before.years?.wage, manifest.years.wage),
        talent: added(before.years?.talent, manifest.years.talent),
        competitions: added(before.years?.competitions, manifest.years.competitions)
      },
      wage_cells_changed: 0,
      wage_cells_examples: []
    };
    const oldWage = before.datasets.wage_prices && join(previous.dir, before.datasets.wage_prices.file);
    const newWage = manifest.datasets.wage_prices && join(staging, manifest.datasets.wage_prices.file);
    if (oldWage && newWage && existsSync(oldWage)) {
      await conn.run(`CREATE OR REPLACE TEMP TABLE release_changes AS
        SELECT ${KEY.map((k) => `n.${k}`).join(', ')}, ${VALUES.map((v) => `o.${v} AS ${v}_before, n.${v} AS ${v}_after`).join(', ')},
               abs(coalesce(n.p50, 0) - coalesce(o.p50, 0)) AS p50_change
        FROM read_parquet(${sqlString(newWage)}) n JOIN read_parquet(${sqlString(oldWage)}) o
          ON ${KEY.map((k) => `n.${k} IS NOT DISTINCT FROM o.${k}`).join(' AND ')}
        WHERE ${VALUES.map((v) => `n.${v} IS DISTINCT FROM o.${v}`).join(' OR ')}`);
      const [{ n }] = await queryRows<{ n: number }>(conn, 'SELECT count(*)::INTEGER AS n FROM release_changes');
      const order = 'ORDER BY suppressed_before <> suppressed_after DESC, p50_change DESC, year, region_code, occupation_code NULLS FIRST, skill_level NULLS FIRST, industry NULLS FIRST';
      const rows = await queryRows<Record<string, unknown>>(
        conn,
        `SELECT year::INTEGER AS year, region_code, occupation_code, skill_level::INTEGER AS skill_level, industry, unit,
                ${VALUES.flatMap((v) => [`${v}_before`, `${v}_after`]).join(', ')} FROM release_changes ${order} LIMIT ${REPORT_CHANGE_EXAMPLES}`
      );
      cells = rows.map(cellOf);
      changes.wage_cells_changed = n;
      changes.wage_cells_examples = cells.slice(0, PUBLIC_CHANGE_EXAMPLES);
      changedCells = `SELECT ${CHANGED_CELL_COLUMNS.join(', ')} FROM release_changes ${order}`;
    }
  }
  const entry = entryOf(manifest, prevEntry?.id ?? null, changes);
  const older = previous?.history?.releases ?? (prevEntry ? [prevEntry] : []);
  const history: ReleaseHistory = { releases: [entry, ...older.filter((r) => r.id !== entry.id || r.built_at !== entry.built_at)].slice(0, HISTORY_LENGTH) };
  return { entry, history, diff: { entry, previous: prevEntry, cells }, changedCells, changedColumns: CHANGED_CELL_COLUMNS };
}
