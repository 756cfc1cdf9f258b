/**
 * The registry (人才库) → what may be published: `talent_pool` (consenting people of the latest
 * snapshot, minimised, behind per-release references) and `talent_stats` (aggregate counts with
 * small and complementary cells withheld). Everything personal stays in this module's inputs.
 */
import { randomBytes } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BOOLEAN, INTEGER, SMALLINT, TINYINT, VARCHAR } from '@duckdb/node-api';
import { AGE_BANDS, EXPERIENCE_BANDS, bandOf, salaryBand } from '../core/bands';
import { TALENT_MIN_COUNT, suppressCounts } from '../core/disclosure';
import { recognizeHonor } from '../core/honors';
import { occupationAncestor } from '../core/occupation-codes';
import { HIGH_SKILL_MIN_LEVEL } from '../core/skill-levels';
import { personTerms } from '../core/vocabulary';
import { loadColumns, queryRows, type ColumnSpec } from './duck';
import type { ParsedTable } from './parse-table';
import { col, type Lookups } from './sources';

const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '西门', '南宫', '独孤', '万俟'];

export const surnameOf = (name: string): string => {
  const n = name.trim();
  return COMPOUND_SURNAMES.find((s) => n.startsWith(s)) ?? [...n][0] ?? '';
};

/** 王师傅: the only trace of a name the pool keeps. */
export const displayName = (name: string): string => `${surnameOf(name)}师傅`;

/** 王某: how an unannounced contestant appears in published results. */
export const maskedName = (name: string): string => `${surnameOf(name)}某`;

const REF_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random per-release references: nothing links one release's pool to the next, or to a person. */
export function makeRefs(count: number): string[] {
  const refs = new Set<string>();
  while (refs.size < count) {
    const bytes = randomBytes(8);
    refs.add('R' + [...bytes].map((b) => REF_ALPHABET[b & 31]).join(''));
  }
  return [...refs];
}

/** The statistical year of each registry row: its `year`, else the year of the latest update. */
export function snapshotYears(t: ParsedTable): number[] {
  const years = col<number>(t, 'year');
  if (t.columnNumber.year !== undefined) return years;
  const latest = col<string>(t, 'updated_at').reduce<string>((a, u) => (u && u > a ? u : a), '');
  const y = Number(latest.slice(0, 4));
  return years.map(() => y);
}

export interface PersonAwards {
  /** person_id → `year:tier:award` for each award won. */
  byPerson: Map<string, string[]>;
}

export interface TalentOutput {
  /** person_id → pool reference, for consenting people in the latest snapshot. */
  refOf: Map<string, string>;
  latestYear: number;
  poolRows: number;
}

const POOL_SPECS: ColumnSpec[] = [
  { name: 'ref', sql: 'VARCHAR', type: VARCHAR },
  { name: 'display_name', sql: 'VARCHAR', type: VARCHAR },
  { name: 'occupation_code', sql: 'VARCHAR', type: VARCHAR },
  { name: 'skill_level', sql: 'TINYINT', type: TINYINT },
  { name: 'region_code', sql: 'VARCHAR', type: VARCHAR },
  { name: 'skills', sql: 'VARCHAR[]', type: VARCHAR },
  { name: 'skills_inferred', sql: 'VARCHAR[]', type: VARCHAR },
  { name: 'certificates', sql: 'VARCHAR[]', type: VARCHAR },
  { name: 'honors', sql: 'VARCHAR[]', type: VARCHAR },
  { name: 'competition_awards', sql: 'VARCHAR[]', type: VARCHAR },
  { name: 'experience_band', sql: 'VARCHAR', type: VARCHAR },
  { name: 'availability', sql: 'VARCHAR', type: VARCHAR },
  { name: 'willing_to_relocate', sql: 'BOOLEAN', type: BOOLEAN },
  { name: 'expected_salary_min', sql: 'INTEGER', type: INTEGER },
  { name: 'expected_salary_max', sql: 'INTEGER', type: INTEGER },
  { name: 'snapshot_year', sql: 'SMALLINT', type: SMALLINT }
];

/** Builds table `talent_pool`; returns the private ref → person mapping. */
export async function buildTalentPool(conn: DuckDBConnection, t: ParsedTable, l: Lookups, awards: PersonAwards): Promise<TalentOutput> {
  const years = snapshotYears(t);
  const latestYear = years.reduce((a, y) => Math.max(a, y ?? 0), 0);
  const consent = col<boolean>(t, 'consent_public');
  const picked: number[] = [];
  for (let i = 0; i < t.length; i++) if (years[i] === latestYear && consent[i] === true) picked.push(i);

  const refs = makeRefs(picked.length);
  const refOf = new Map<string, string>();
  const person = col<string>(t, 'person_id');
  const columns: unknown[][] = POOL_SPECS.map(() => []);
  const push = (...values: unknown[]) => values.forEach((v, j) => columns[j].push(v));
  picked.forEach((i, k) => {
    refOf.set(person[i], refs[k]);
    const salary = salaryBand(col<number>(t, 'expected_salary')[i]);
    const occupation = col<string>(t, 'occupation_code')[i];
    // skills read surely, and those only inferred (a typo, slang the occupation decided: see core/terms)
    const terms = personTerms(l, col<string[]>(t, 'skills')[i], col<string[]>(t, 'certificates')[i], occupation);
    push(
      refs[k],
      displayName(col<string>(t, 'name')[i]),
      occupation,
      col<number>(t, 'skill_level')[i],
      col<string>(t, 'region_code')[i],
      terms.skills,
      terms.skills_inferred,
      terms.certificates,
      [...new Set(col<string[]>(t, 'honors')[i].flatMap((h) => recognizeHonor(h)?.name ?? []))],
      awards.byPerson.get(person[i]) ?? [],
      bandOf(EXPERIENCE_BANDS, col<number>(t, 'years_experience')[i])?.id ?? null,
      col<string>(t, 'availability')[i],
      col<boolean>(t, 'willing_to_relocate')[i],
      salary?.min ?? null,
      salary?.max ?? null,
      latestYear
    );
  });
  await loadColumns(conn, 'talent_pool_rows', POOL_SPECS, columns, picked.length);
  return { refOf, latestYear, poolRows: picked.length };
}

type LevelCut = 'level' | 'band' | 'all';
const DIMENSIONS = ['total', 'occupation1', 'occupation2', 'industry', 'gender', 'age_band'] as const;
type Dimension = (typeof DIMENSIONS)[number];

interface StatCell {
  year: number;
  region: string;
  cut: LevelCut;
  level: number | null;
  high: boolean | null;
  dim: Dimension;
  value: string | null;
  n: number;
}

const publishedDimension = (d: Dimension) => (d === 'occupation1' || d === 'occupation2' ? 'occupation' : d);

/**
 * Counts per year × (county or prefecture) × (skill level, high-skill band or all) × one of
 * (nothing, 大类, 中类, industry, gender, age band). Cuts are pairwise with the level, not a full
 * cross product: that is what the pages chart, and thin crossed cells would mostly be withheld.
 */
export async function buildTalentStats(conn: DuckDBConnection, t: ParsedTable, l: Lookups): Promise<number> {
  const years = snapshotYears(t);
  const birth = col<number>(t, 'birth_year');
  const occ = col<string>(t, 'occupation_code');
  const specs: ColumnSpec[] = [
    { name: 'year', sql: 'SMALLINT', type: SMALLINT },
    { name: 'region_code', sql: 'VARCHAR', type: VARCHAR },
    { name: 'skill_level', sql: 'TINYINT', type: TINYINT },
    { name: 'occupation1', sql: 'VARCHAR', type: VARCHAR },
    { name: 'occupation2', sql: 'VARCHAR', type: VARCHAR },
    { name: 'industry', sql: 'VARCHAR', type: VARCHAR },
    { name: 'gender', sql: 'VARCHAR', type: VARCHAR },
    { name: 'age_band', sql: 'VARCHAR', type: VARCHAR }
  ];
  const columns = [
    years,
    col<string>(t, 'region_code'),
    col<number>(t, 'skill_level'),
    occ.map((c) => (c ? occupationAncestor(c, 1) : 'unknown')),
    occ.map((c) => (c ? occupationAncestor(c, 2) : 'unknown')),
    col<string>(t, 'industry').map((x) => x ?? 'unknown'),
    col<string>(t, 'gender').map((x) => x ?? 'unknown'),
    birth.map((b, i) => (b == null ? 'unknown' : (bandOf(AGE_BANDS, years[i] - b)?.id ?? 'unknown')))
  ];
  await loadColumns(conn, 'talent_facts', specs, columns, t.length);

  const pref = l.prefecture!.code;
  const regionSets = [['region_code'], []];
  const levelSets: [LevelCut, string[]][] = [['level', ['skill_level']], ['band', ['high']], ['all', []]];
  const cells: StatCell[] = [];
  for (const dim of DIMENSIONS) {
    const dimCols = dim === 'total' ? [] : [dim];
    const sets = regionSets.flatMap((r) => levelSets.map(([, lv]) => `(${['year', ...r, ...lv, ...dimCols].join(', ')})`));
    const rows = await queryRows<Record<string, unknown>>(
      conn,
      `SELECT year::INTEGER AS year, region_code, skill_level::INTEGER AS skill_level, high,
              grouping(region_code)::INTEGER AS g_region, grouping(skill_level)::INTEGER AS g_level, grouping(high)::INTEGER AS g_high,
              ${dim === 'total' ? 'NULL' : dim} AS value, count(*)::INTEGER AS n
       FROM (SELECT *, skill_level >= ${HIGH_SKILL_MIN_LEVEL} AS high FROM talent_facts)
       GROUP BY GROUPING SETS (${sets.join(', ')})`
    );
    for (const r of rows) {
      const cut: LevelCut = r.g_level === 0 ? 'level' : r.g_high === 0 ? 'band' : 'all';
      cells.push({
        year: r.year as number,
        region: r.g_region === 1 ? pref : (r.region_code as string),
        cut,
        level: cut === 'level' ? (r.skill_level as number) : null,
        high: cut === 'band' ? (r.high as boolean) : null,
        dim,
        value: (r.value as string | null) ?? null,
        n: r.n as number
      });
    }
  }
  await conn.run('DROP TABLE talent_facts');

  const withheld = suppressCounts(cells.map((c) => c.n), additiveGroups(cells, pref), TALENT_MIN_COUNT);
  const out = cells.map((c, i) => [
    c.year,
    c.region,
    c.level,
    c.high,
    publishedDimension(c.dim),
    c.value,
    withheld[i] ? null : c.n,
    withheld[i]
  ]);
  const outSpecs: ColumnSpec[] = [
    { name: 'year', sql: 'SMALLINT', type: SMALLINT },
    { name: 'region_code', sql: 'VARCHAR', type: VARCHAR },
    { name: 'skill_level', sql: 'TINYINT', type: TINYINT },
    { name: 'high_skill', sql: 'BOOLEAN', type: BOOLEAN },
    { name: 'dimension', sql: 'VARCHAR', type: VARCHAR },
    { name: 'value', sql: 'VARCHAR', type: VARCHAR },
    { name: 'n', sql: 'INTEGER', type: INTEGER },
    { name: 'suppressed', sql: 'BOOLEAN', type: BOOLEAN }
  ];
  await loadColumns(conn, 'talent_stats_rows', outSpecs, outSpecs.map((_, j) => out.map((r) => r[j])), out.length);
  return out.length;
}

const levelKey = (c: StatCell) => (c.cut === 'level' ? `L${c.level}` : c.cut === 'band' ? `B${c.high}` : 'all');

/** Every "total = Σ parts" equation among the cells: over counties, levels and the cut dimension. */
export function additiveGroups(cells: readonly StatCell[], prefecture: string): number[][] {
  const index = new Map<string, number>();
  const key = (year: number, region: string, lvl: string, dim: string, value: string | null) =>
    `${year}|${region}|${lvl}|${dim}|${value ?? '*'}`;
  cells.forEach((c, i) => index.set(key(c.year, c.region, levelKey(c), c.dim, c.value), i));
  const buckets = new Map<string, number[]>();
  /** `equation` tells apart the several ways one parent splits (by level, by band, by industry…). */
  const add = (parentKey: string, child: number, equation = '') => {
    const p = index.get(parentKey);
    if (p === undefined) return;
    const b = buckets.get(parentKey + equation) ?? [p];
    b.push(child);
    buckets.set(parentKey + equation, b);
  };
  cells.forEach((c, i) => {
    const lvl = levelKey(c);
    if (c.region !== prefecture) add(key(c.year, prefecture, lvl, c.dim, c.value), i, '#counties');
    if (c.cut === 'level') {
      add(key(c.year, c.region, 'all', c.dim, c.value), i, '#levels');
      add(key(c.year, c.region, `B${c.level! >= HIGH_SKILL_MIN_LEVEL}`, c.dim, c.value), i, '#levels');
    }
    if (c.cut === 'band') add(key(c.year, c.region, 'all', c.dim, c.value), i, '#bands');
    if (c.dim !== 'total') {
      if (c.dim === 'occupation2') add(key(c.year, c.region, lvl, 'occupation1', c.value!.split('-')[0]), i);
      else add(key(c.year, c.region, lvl, 'total', null), i, `#${c.dim}`);
    }
  });
  return [...buckets.values()].filter((g) => g.length > 1);
}
