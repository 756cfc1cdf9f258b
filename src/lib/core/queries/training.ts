/**
 * The training pages' queries: course cards (a programme with its provider, its own outcomes and
 * the latest outcomes of its earlier runs), for the finder, the comparison, the programme and
 * provider pages, a career rung and the overview; and the wage cells the cards' pay is placed on.
 * SQL text is built from fixed fragments (which conditions are present); every value is bound.
 */
import type { Manifest } from '../manifest';
import type { Query } from '../query';
import { OUTCOME_FIELDS, outcomeColumns, type OutcomeRow } from '../training/outcomes';
import type { LadderRow } from './occupation';

export const TRAINING_DATASETS = ['training_programmes', 'training_providers', 'training_outcomes'] as const;

/** A programme as the cards show it, with its provider's name and standing. */
export interface ProgrammeRow {
  programme_id: string;
  provider_id: string;
  name: string;
  occupation_code: string;
  target_level: number | null;
  type: string;
  skills: string[];
  hours: number | null;
  practical_hours: number | null;
  mode: string | null;
  start_date: string | null;
  end_date: string | null;
  capacity: number | null;
  fee: number | null;
  subsidy: number | null;
  shortage_uplift: number | null;
  shortage_period: string | null;
  shortage_status: string | null;
  uplift_applied: boolean;
  subsidy_total: number | null;
  net_fee: number | null;
  eligible_groups: string[];
  region_code: string | null;
  year: number;
  provider_name: string;
  provider_kind: string;
  provider_status: string | null;
  status_note: string | null;
}

/**
 * An earlier run of a course (same provider, occupation and target level) whose outcomes stand
 * in for a course that has none yet.
 */
export interface EarlierRun {
  programme_id: string;
  name: string;
  /** Its training type, which may differ from the course's (a 学徒制 run of a 岗位技能提升 course). */
  type: string;
  start_date: string | null;
  outcome: OutcomeRow;
}

export interface CourseCard extends ProgrammeRow {
  /** The course's own outcomes (null: nobody enrolled yet, or not reported). */
  outcome: OutcomeRow | null;
  /**
   * The earlier run that stands in: same type before other types, published before withheld,
   * latest first.
   */
  previous: EarlierRun | null;
  /** Earlier runs (same provider, occupation and level) with outcome rows, and how many are withheld. */
  earlier: { runs: number; withheld: number };
  /** The provider's row for its latest cohort year up to the course's, all its courses together. */
  providerYear: OutcomeRow | null;
}

const PROGRAMME_COLUMNS = `p.programme_id, p.provider_id, p.name, p.occupation_code, p.target_level::INTEGER AS target_level, p.type, p.skills,
  p.hours::INTEGER AS hours, p.practical_hours::INTEGER AS practical_hours, p.mode, p.start_date::VARCHAR AS start_date, p.end_date::VARCHAR AS end_date,
  p.capacity::INTEGER AS capacity, p.fee, p.subsidy, p.shortage_uplift, p.shortage_period, p.shortage_status, p.uplift_applied, p.subsidy_total, p.net_fee,
  p.eligible_groups, p.region_code, p.year::INTEGER AS year,
  v.name AS provider_name, v.kind AS provider_kind, v.status AS provider_status, v.status_note`;

function outcomeOf(r: Record<string, unknown>, prefix: string): OutcomeRow | null {
  if (r[`${prefix}cohort_year`] === null || r[`${prefix}cohort_year`] === undefined) return null;
  return Object.fromEntries(OUTCOME_FIELDS.map((k) => [k, r[`${prefix}${k}`] ?? null])) as unknown as OutcomeRow;
}

function cardOf(r: Record<string, unknown>): CourseCard {
  const card = Object.fromEntries(Object.entries(r).filter(([k]) => !/^(o|t|y)_/.test(k) && !k.startsWith('_'))) as unknown as CourseCard;
  const previous = outcomeOf(r, 't_');
  return {
    ...card,
    skills: (r.skills as string[] | null) ?? [],
    eligible_groups: (r.eligible_groups as string[] | null) ?? [],
    outcome: outcomeOf(r, 'o_'),
    previous: previous
      ? { programme_id: r._prev_id as string, name: r._prev_name as string, type: r._prev_type as string, start_date: r._prev_start as string | null, outcome: previous }
      : null,
    earlier: { runs: (r._runs as number | null) ?? 0, withheld: (r._withheld as number | null) ?? 0 },
    providerYear: outcomeOf(r, 'y_')
  };
}

/**
 * Every course in the catalogue as a card: the finder holds them all in memory and filters,
 * sorts and pages them with `core/training/finder.ts` (the same code at build time and in the
 * browser), so a filter change costs no query. The earlier runs of each course are ranked same
 * type first, then published, then latest; the first is its `previous`.
 */
export const catalogue: Query<CourseCard[]> = {
  name: 'training.catalogue',
  datasets: TRAINING_DATASETS,
  sql: `
    WITH c AS (
      SELECT ${PROGRAMME_COLUMNS}, p.start_date AS _start
      FROM training_programmes p JOIN training_providers v ON v.provider_id = p.provider_id),
    runs AS (
      SELECT c.programme_id AS for_id, q.programme_id AS _prev_id, q.name AS _prev_name, q.type AS _prev_type, q.start_date::VARCHAR AS _prev_start,
             ${outcomeColumns('t', 't_')},
             row_number() OVER (PARTITION BY c.programme_id ORDER BY q.type <> c.type, t.suppressed, q.start_date DESC, q.programme_id DESC) AS _k,
             (count(*) OVER (PARTITION BY c.programme_id))::INTEGER AS _runs,
             (count(*) FILTER (WHERE t.suppressed) OVER (PARTITION BY c.programme_id))::INTEGER AS _withheld
      FROM c
      JOIN training_programmes q ON q.provider_id = c.provider_id AND q.occupation_code = c.occupation_code
       AND q.target_level IS NOT DISTINCT FROM c.target_level AND q.start_date < c._start
      JOIN training_outcomes t ON t.programme_id = q.programme_id),
    years AS (
      SELECT c.programme_id AS for_id, ${outcomeColumns('y', 'y_')}, row_number() OVER (PARTITION BY c.programme_id ORDER BY y.cohort_year DESC) AS _k
      FROM c JOIN training_outcomes y ON y.provider_id = c.provider_id AND y.programme_id IS NULL AND y.cohort_year <= c.year)
    SELECT c.* EXCLUDE (_start), ${outcomeColumns('o', 'o_')}, r.* EXCLUDE (for_id, _k), py.* EXCLUDE (for_id, _k)
    FROM c
    LEFT JOIN training_outcomes o ON o.programme_id = c.programme_id
    LEFT JOIN (SELECT * FROM runs WHERE _k = 1) r ON r.for_id = c.programme_id
    LEFT JOIN (SELECT * FROM years WHERE _k = 1) py ON py.for_id = c.programme_id
    ORDER BY c.start_date NULLS LAST, c.programme_id`,
  params: [],
  map: (rows) => rows.map(cardOf)
};

export interface ProviderRow {
  provider_id: string;
  name: string;
  kind: string;
  region_code: string | null;
  credit_code: string | null;
  status: string | null;
  status_note: string | null;
}

export const providers: Query<ProviderRow[]> = {
  name: 'training.providers',
  datasets: ['training_providers'],
  sql: 'SELECT provider_id, name, kind, region_code, credit_code, status, status_note FROM training_providers ORDER BY provider_id',
  params: []
};

/** Outcome rows of every provider × cohort year and of the prefecture × cohort year (programme_id null). */
export const providerYears: Query<OutcomeRow[]> = {
  name: 'training.years',
  datasets: ['training_outcomes'],
  sql: `SELECT ${outcomeColumns('o')} FROM training_outcomes o WHERE o.programme_id IS NULL ORDER BY o.provider_id NULLS FIRST, o.cohort_year`,
  params: []
};

/** The prefecture's outcome rows (all providers), by cohort year: the overview's figures. */
export const prefectureOutcomes: Query<OutcomeRow[]> = {
  name: 'training.prefecture',
  datasets: ['training_outcomes'],
  sql: `SELECT ${outcomeColumns('o')} FROM training_outcomes o WHERE o.programme_id IS NULL AND o.provider_id IS NULL ORDER BY o.cohort_year`,
  params: []
};

export interface SkillLabel {
  skill_id: string;
  name: string;
}

export const skillLabels: Query<SkillLabel[]> = {
  name: 'training.skills',
  datasets: ['skills'],
  sql: 'SELECT skill_id, name FROM skills ORDER BY skill_id',
  params: []
};

export interface CatalogueFigures {
  upcoming: number;
  upcoming_subsidised: number;
  upcoming_free: number;
  providers: number;
  providers_suspended: number;
}

/** What the catalogue offers now (courses not started by the release date) and the providers' standing. */
export const catalogueFigures = (asOf: string): Query<CatalogueFigures> => ({
  name: 'training.catalogue',
  datasets: ['training_programmes', 'training_providers'],
  sql: `SELECT (SELECT count(*) FROM training_programmes WHERE start_date >= ?::DATE)::INTEGER AS upcoming,
               (SELECT count(*) FROM training_programmes WHERE start_date >= ?::DATE AND subsidy > 0)::INTEGER AS upcoming_subsidised,
               (SELECT count(*) FROM training_programmes WHERE start_date >= ?::DATE AND net_fee = 0)::INTEGER AS upcoming_free,
               (SELECT count(*) FROM training_providers)::INTEGER AS providers,
               (SELECT count(*) FROM training_providers WHERE status IN ('暂停', '撤销'))::INTEGER AS providers_suspended`,
  params: [asOf, asOf, asOf],
  map: (rows) => rows[0] as unknown as CatalogueFigures
});

export interface WageRef extends LadderRow {
  occupation_code: string;
  region_code: string;
  year: number;
}

export interface WageRefKey {
  occupation: string;
  region: string;
  year: number;
}

const SEP = '\u001f';
const joined = (items: Iterable<string>): string => [...new Set(items)].sort().join(SEP);

/**
 * The wage_prices cells the cards' pay is placed on: every level (and all levels) of each
 * occupation × region × year asked, all industries. The keys and the occupations travel as one
 * string each; the occupations are joined first (a hash join), then the exact keys.
 */
export function wageRefs(keys: readonly WageRefKey[]): Query<WageRef[]> {
  return {
    name: 'training.wage-refs',
    datasets: ['wage_prices'],
    sql: `WITH k AS (SELECT unnest(string_split(?, chr(31))) AS key),
               o AS (SELECT unnest(string_split(?, chr(31))) AS code),
               w AS (SELECT w.* FROM wage_prices w JOIN o ON o.code = w.occupation_code WHERE w.industry IS NULL)
          SELECT w.occupation_code, w.region_code, w.year::INTEGER AS year, w.skill_level::INTEGER AS skill_level, w.n_workers::INTEGER AS n_workers,
                 w.n_enterprises::INTEGER AS n_enterprises, w.p10, w.p25, w.p50, w.p75, w.p90, w.suppressed, w.quality_flags, w.unit
          FROM w JOIN k ON k.key = w.occupation_code || '|' || w.region_code || '|' || w.year::VARCHAR
          ORDER BY w.occupation_code, w.region_code, w.year, w.skill_level NULLS FIRST`,
    params: [joined(keys.map((k) => `${k.occupation}|${k.region}|${k.year}`)), joined(keys.map((k) => k.occupation))]
  };
}

/** Whether the release holds the training datasets the pages need. */
export const trainingPublished = (m: Manifest): boolean => TRAINING_DATASETS.every((d) => d in m.datasets);
