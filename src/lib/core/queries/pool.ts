/**
 * The 人才库 page: one page of the consented pool for a view, the entry behind a reference, and
 * the small vocabularies the filters and the search use. The SQL text is built only from fixed
 * fragments (which conditions are present); every value, typed or picked, is a bound parameter.
 */
import { POOL_PAGE_SIZE, type PoolSort, type PoolView } from '../pool/view';
import type { Param, Query } from '../query';
import type { ResolvedQuery, TermEntry } from '../search/pool-search';

export interface PoolEntry {
  ref: string;
  display_name: string;
  occupation_code: string;
  skill_level: number;
  region_code: string;
  skills: string[];
  certificates: string[];
  honors: string[];
  competition_awards: string[];
  experience_band: string | null;
  availability: string | null;
  willing_to_relocate: boolean | null;
  expected_salary_min: number | null;
  expected_salary_max: number | null;
}

export interface PoolPage {
  total: number;
  entries: PoolEntry[];
}

const COLUMNS = `ref, display_name, occupation_code, skill_level::INTEGER AS skill_level, region_code, skills, certificates,
  honors, competition_awards, experience_band, availability, willing_to_relocate,
  expected_salary_min::INTEGER AS expected_salary_min, expected_salary_max::INTEGER AS expected_salary_max`;

/** Ties are always broken by the reference, which is random per release: no order is a ranking. */
const ORDER: Record<PoolSort, string> = {
  ref: 'ref',
  level: 'skill_level DESC, ref',
  experience: "TRY_CAST(regexp_extract(experience_band, '^[0-9]+') AS INTEGER) DESC NULLS LAST, ref",
  salary: 'expected_salary_min ASC NULLS LAST, ref'
};

const entry = (r: Record<string, unknown>): PoolEntry => ({
  ref: r.ref as string,
  display_name: r.display_name as string,
  occupation_code: r.occupation_code as string,
  skill_level: r.skill_level as number,
  region_code: r.region_code as string,
  skills: (r.skills as string[] | null) ?? [],
  certificates: (r.certificates as string[] | null) ?? [],
  honors: (r.honors as string[] | null) ?? [],
  competition_awards: (r.competition_awards as string[] | null) ?? [],
  experience_band: (r.experience_band as string | null) ?? null,
  availability: (r.availability as string | null) ?? null,
  willing_to_relocate: (r.willing_to_relocate as boolean | null) ?? null,
  expected_salary_min: (r.expected_salary_min as number | null) ?? null,
  expected_salary_max: (r.expected_salary_max as number | null) ?? null
});

/**
 * An id set as one string, `␟a␟b␟` (U+001F, which no id contains): membership is a substring test
 * of `␟id␟`, much cheaper per row than DuckDB's list functions.
 */
const SEP = '\u001f';
const idSet = (ids: readonly string[]): string => `${SEP}${ids.join(SEP)}${SEP}`;
const inSet = (column: string) => `contains(?, chr(31) || ${column} || chr(31))`;
const anyInSet = (listColumn: string) => `len(list_filter(${listColumn}, x -> ${inSet('x')})) > 0`;

/** The WHERE clause of a view: fixed SQL fragments for the conditions present, every value bound. */
export function poolWhere(v: PoolView, resolved: ResolvedQuery | null): { sql: string; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  const add = (sql: string, ...values: Param[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (v.q && resolved) {
    const any: string[] = [];
    const values: Param[] = [];
    if (resolved.occupations.length) any.push(inSet('occupation_code')), values.push(idSet(resolved.occupations));
    if (resolved.skills.length) any.push(anyInSet('skills')), values.push(idSet(resolved.skills));
    if (resolved.certificates.length) any.push(anyInSet('certificates')), values.push(idSet(resolved.certificates));
    if (resolved.ref) any.push('ref = ?'), values.push(resolved.ref);
    add(any.length ? `(${any.join(' OR ')})` : 'false', ...values);
  }
  if (v.occupation) add(`(occupation_code = ? OR starts_with(occupation_code, ?))`, v.occupation, `${v.occupation}-`);
  if (v.level) add(v.level.orAbove ? 'skill_level >= ?' : 'skill_level = ?', v.level.level);
  if (v.county) add('region_code = ?', v.county);
  if (v.availability) add('availability = ?', v.availability);
  if (v.certificate) add('list_contains(certificates, ?)', v.certificate);
  if (v.relocate) add('willing_to_relocate');
  return { sql: where.length ? where.join(' AND ') : 'true', params };
}

/**
 * One page of matches and the number of matches, in one round trip. The text query arrives
 * already resolved to ids (`PoolSearch.resolve`); a query that resolved to nothing matches nobody.
 * The page is a top-N (ORDER BY … LIMIT), not a window over every match.
 */
export function poolPage(v: PoolView, resolved: ResolvedQuery | null): Query<PoolPage> {
  const w = poolWhere(v, resolved);
  return {
    name: 'pool.page',
    datasets: ['talent_pool'],
    sql: `WITH m AS (SELECT * FROM talent_pool WHERE ${w.sql}),
          t AS (SELECT count(*)::INTEGER AS total FROM m),
          p AS (SELECT ${COLUMNS} FROM m ORDER BY ${ORDER[v.sort]} LIMIT ? OFFSET ?),
          n AS (SELECT *, row_number() OVER (ORDER BY ${ORDER[v.sort]}) AS pos FROM p)
          SELECT t.total, n.* FROM t LEFT JOIN n ON true ORDER BY n.pos`,
    params: [...w.params, POOL_PAGE_SIZE, (v.page - 1) * POOL_PAGE_SIZE],
    map: (rows) => ({
      total: (rows[0]?.total as number | undefined) ?? 0,
      entries: rows.filter((r) => r.ref != null).map(entry)
    })
  };
}

/** The entry behind a reference, or null when it is not in this release. */
export const poolEntry = (ref: string): Query<PoolEntry | null> => ({
  name: 'pool.entry',
  datasets: ['talent_pool'],
  sql: `SELECT ${COLUMNS} FROM talent_pool WHERE ref = ?`,
  params: [ref],
  map: (rows) => (rows[0] ? entry(rows[0]) : null)
});

export interface PoolSummary {
  total: number;
  year: number | null;
  /** The 细类 codes that occur in the pool, for the occupation filter. */
  occupations: string[];
}

export const poolSummary: Query<PoolSummary> = {
  name: 'pool.summary',
  datasets: ['talent_pool'],
  sql: `SELECT count(*)::INTEGER AS total, max(snapshot_year)::INTEGER AS year, list_sort(list_distinct(list(occupation_code))) AS occupations
        FROM talent_pool`,
  params: [],
  map: (rows) => ({ total: rows[0].total as number, year: (rows[0].year as number | null) ?? null, occupations: (rows[0].occupations as string[] | null) ?? [] })
};

export const skillTerms: Query<TermEntry[]> = {
  name: 'pool.skills',
  datasets: ['skills'],
  sql: `SELECT skill_id AS id, name, coalesce(synonyms, []) AS synonyms FROM skills ORDER BY skill_id`,
  params: []
};

export const certificateTerms: Query<TermEntry[]> = {
  name: 'pool.certificates',
  datasets: ['certificates'],
  sql: `SELECT cert_id AS id, name, coalesce(aliases, []) AS synonyms FROM certificates ORDER BY cert_id`,
  params: []
};
