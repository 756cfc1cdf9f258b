/**
 * The 工资价位 table: one filter (year × region × industry × level) gives every occupation cell,
 * at every level of the hierarchy, with its names. The view in the URL: `core/wages/view.ts`.
 */
import type { Query } from '../query';
import type { WageCell } from '../wage-cell';
import type { WageFilter, WageView } from '../wages/view';

export interface WageRow extends WageCell {
  code: string;
  depth: number;
  name: string;
  source: string;
}

const WAGE_ROW_COLUMNS = `occupation_code AS code, occupation_depth::INTEGER AS depth,
               unit, n_workers::INTEGER AS n_workers, n_enterprises::INTEGER AS n_enterprises,
               p10, p25, p50, p75, p90, suppressed, quality_flags, source`;

const named = (names: ReadonlyMap<string, string>, r: Record<string, unknown>): WageRow => ({
  ...(r as unknown as WageRow),
  name: names.get(r.code as string) ?? (r.code as string)
});

/**
 * One view of the table. Occupation names are not joined in SQL: the page already holds every
 * name (its search list), so the query reads wage_prices alone and the page downloads nothing else.
 */
export const wageTable = (
  v: WageFilter,
  names: ReadonlyMap<string, string>
): Query<WageRow[]> => ({
  name: 'wages.table',
  datasets: ['wage_prices'],
  sql: `SELECT ${WAGE_ROW_COLUMNS}
        FROM wage_prices
        WHERE year = ? AND region_code = ? AND industry IS NOT DISTINCT FROM ? AND skill_level IS NOT DISTINCT FROM ?
          AND occupation_depth > 0
        ORDER BY occupation_code`,
  params: [v.year, v.region, v.industry, v.level],
  map: (rows) => rows.map((r) => named(names, r))
});

/** Every view of one year and industry, by region and level: see `wageSliceKey`. */
export type WageYear = ReadonlyMap<string, WageRow[]>;

export const wageSliceKey = (region: string, level: number | null): string => `${region}|${level ?? ''}`;
export const wageYearKey = (v: Pick<WageView, 'year' | 'industry'>): string => `${v.year}|${v.industry ?? ''}`;

/**
 * All regions and levels of one year and industry at once (about 40k cells for a prefecture), so
 * that switching region or level within a year is answered in memory rather than by a scan of
 * wage_prices in DuckDB-wasm (about 20 ms each; docs/performance.md). A slice absent from a loaded
 * year has no cells, exactly as `wageTable` would return none.
 */
export const wageYearTable = (v: Pick<WageView, 'year' | 'industry'>, names: ReadonlyMap<string, string>): Query<WageYear> => ({
  name: 'wages.year',
  datasets: ['wage_prices'],
  sql: `SELECT region_code, skill_level::INTEGER AS skill_level, ${WAGE_ROW_COLUMNS}
        FROM wage_prices
        WHERE year = ? AND industry IS NOT DISTINCT FROM ? AND occupation_depth > 0
        ORDER BY region_code, skill_level, occupation_code`,
  params: [v.year, v.industry],
  map: (rows) => {
    const out = new Map<string, WageRow[]>();
    for (const r of rows) {
      const key = wageSliceKey(r.region_code as string, r.skill_level as number | null);
      const { region_code: _r, skill_level: _l, ...cell } = r;
      let slice = out.get(key);
      if (!slice) out.set(key, (slice = []));
      slice.push(named(names, cell));
    }
    return out;
  }
});

/** code → name for every occupation and group, from the search list. */
export const occupationNames = (entries: readonly Pick<OccupationEntry, 'code' | 'name'>[]): Map<string, string> =>
  new Map(entries.map((e) => [e.code, e.name]));

export interface OccupationEntry {
  code: string;
  name: string;
  aliases: string[];
  pinyin: string[];
  initials: string[];
}

/** Every occupation and group with its search terms (small: shipped in the page). */
export const occupationEntries: Query<OccupationEntry[]> = {
  name: 'wages.occupations',
  datasets: ['occupations', 'occupation_groups'],
  sql: `SELECT code, name, aliases, pinyin, initials FROM occupations
        UNION ALL SELECT code, name, []::VARCHAR[] AS aliases, pinyin, initials FROM occupation_groups
        ORDER BY code`,
  params: []
};

export interface RegionEntry {
  code: string;
  name: string;
  kind: string;
}

export const regionEntries: Query<RegionEntry[]> = {
  name: 'wages.regions',
  datasets: ['regions'],
  sql: `SELECT code, name, kind FROM regions ORDER BY kind DESC, code`,
  params: []
};
