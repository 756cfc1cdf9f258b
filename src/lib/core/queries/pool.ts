/**
 * The 人才库 page: one page of the consented pool for a view, the entry behind a reference, and
 * the small vocabularies the filters and the search use. Every user value is a bound parameter;
 * id sets travel as one comma-joined parameter split in SQL.
 */
import { POOL_PAGE_SIZE, type PoolSort, type PoolView } from '../pool';
import type { Query } from '../query';
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
 * One page of matches and the number of matches, in one round trip. The text query arrives
 * already resolved to ids (`PoolSearch.resolve`); a query that resolved to nothing matches nobody.
 */
export function poolPage(v: PoolView, resolved: ResolvedQuery | null): Query<PoolPage> {
  const searching = !!v.q && resolved !== null;
  const occ = v.occupation;
  const offset = (v.page - 1) * POOL_PAGE_SIZE;
  return {
    name: 'pool.page',
    datasets: ['talent_pool'],
    sql: `WITH m AS (
            SELECT * FROM talent_pool
            WHERE (NOT ? OR list_contains(string_split(?, ','), occupation_code) OR list_has_any(skills, string_split(?, ','))
                   OR list_has_any(certificates, string_split(?, ',')) OR ref = ?)
              AND (? IS NULL OR occupation_code = ? OR starts_with(occupation_code, ? || '-'))
              AND (? IS NULL OR (CASE WHEN ? THEN skill_level >= ? ELSE skill_level = ? END))
              AND (? IS NULL OR region_code = ?)
              AND (? IS NULL OR availability = ?)
              AND (? IS NULL OR list_contains(certificates, ?))
              AND (NOT ? OR willing_to_relocate)
          ),
          t AS (SELECT count(*)::INTEGER AS total FROM m),
          p AS (SELECT ${COLUMNS}, row_number() OVER (ORDER BY ${ORDER[v.sort]}) AS pos FROM m QUALIFY pos > ? AND pos <= ?)
          SELECT t.total, p.* FROM t LEFT JOIN p ON true ORDER BY p.pos`,
    params: [
      searching,
      (resolved?.occupations ?? []).join(','),
      (resolved?.skills ?? []).join(','),
      (resolved?.certificates ?? []).join(','),
      resolved?.ref ?? '',
      occ, occ, occ,
      v.level ? v.level.level : null, v.level?.orAbove ?? false, v.level?.level ?? null, v.level?.level ?? null,
      v.county, v.county,
      v.availability, v.availability,
      v.certificate, v.certificate,
      v.relocate,
      offset, offset + POOL_PAGE_SIZE
    ],
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
