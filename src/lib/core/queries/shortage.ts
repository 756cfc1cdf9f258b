/**
 * The 急需紧缺 page: the list of every period with its names, and for each listed occupation and
 * level what the site knows now (open jobs and the pay they offer, the wage cells at that level,
 * registry supply, training courses and certification volumes where those datasets are
 * published). The list and these facts are fixed for a release and prerendered; the open jobs of
 * one entry are a live query.
 */
import type { Query } from '../query';
import type { LadderRow } from './occupation';

export const shortagePeriods: Query<string[]> = {
  name: 'shortage.periods',
  datasets: ['shortage_list'],
  sql: 'SELECT DISTINCT period FROM shortage_list ORDER BY period',
  params: [],
  map: (rows) => rows.map((r) => r.period as string)
};

export interface ShortageEntry {
  period: string;
  occupation_code: string;
  occupation: string | null;
  status: string;
  skill_level: number | null;
  /** The prefecture's code for a prefecture-wide listing. */
  region_code: string;
  county: string | null;
  score: number | null;
  vacancies: number | null;
  applicants: number | null;
  cause: string | null;
  benefits: string[];
}

/** The whole list, every period (a few hundred rows), with occupation and county names. */
export const shortageEntries = (prefecture: string): Query<ShortageEntry[]> => ({
  name: 'shortage.entries',
  datasets: ['shortage_list', 'occupations', 'regions'],
  sql: `SELECT s.period, s.occupation_code, o.name AS occupation, s.status, s.skill_level::INTEGER AS skill_level, s.region_code,
               CASE WHEN s.region_code = ? THEN NULL ELSE r.name END AS county,
               s.score, s.vacancies::INTEGER AS vacancies, s.applicants::INTEGER AS applicants, s.cause, s.benefits
        FROM shortage_list s LEFT JOIN occupations o ON o.code = s.occupation_code LEFT JOIN regions r ON r.code = s.region_code`,
  params: [prefecture]
});

/**
 * Which open jobs an entry of the list covers, said once: the occupation, at the listed level or
 * above (any level for an all-levels entry), in the listed county (anywhere for a prefecture-wide
 * entry). `e` has occupation_code, skill_level and region_code; the prefecture code is a parameter.
 */
const covers = (e: string, j: string) =>
  `${j}.occupation_code = ${e}.occupation_code AND (${e}.skill_level IS NULL OR ${j}.min_level >= ${e}.skill_level) AND (${e}.region_code = ? OR ${j}.region_code = ${e}.region_code)`;

/** A job's offer in 元/月: the middle of its range, or the one end it gives; null for 面议. */
const OFFER = `CASE WHEN j.salary_min IS NOT NULL AND j.salary_max IS NOT NULL THEN (j.salary_min + j.salary_max) / 2 ELSE coalesce(j.salary_min, j.salary_max) END`;
/** Jobs that do not say how many they hire count as one. */
const HEADCOUNT = 'coalesce(j.headcount, 1)';

export interface EntryJobs {
  occupation_code: string;
  skill_level: number | null;
  entry_region: string;
  /** The jobs' county, or the prefecture's code for the entry's total. */
  region_code: string;
  jobs: number;
  headcount: number;
  /** Jobs that state their pay, and the median of their offers (元/月). */
  offers: number;
  offer_p50: number | null;
}

/** Open jobs per entry of any period, in total and per county (medians per cell, never combined). */
export const shortageJobs = (prefecture: string): Query<EntryJobs[]> => ({
  name: 'shortage.jobs',
  datasets: ['shortage_list', 'jobs'],
  sql: `WITH e AS (SELECT DISTINCT occupation_code, skill_level, region_code FROM shortage_list),
        m AS (SELECT e.occupation_code, e.skill_level, e.region_code AS entry_region, j.region_code AS job_region, ${HEADCOUNT} AS headcount, ${OFFER} AS offer
              FROM e JOIN jobs j ON ${covers('e', 'j')})
        SELECT occupation_code, skill_level::INTEGER AS skill_level, entry_region, coalesce(job_region, ?) AS region_code,
               count(*)::INTEGER AS jobs, sum(headcount)::INTEGER AS headcount, count(offer)::INTEGER AS offers, round(quantile_cont(offer, 0.5)) AS offer_p50
        FROM m GROUP BY GROUPING SETS ((occupation_code, skill_level, entry_region), (occupation_code, skill_level, entry_region, job_region))
        ORDER BY occupation_code, skill_level NULLS FIRST, entry_region, region_code`,
  params: [prefecture, prefecture]
});

export interface PeriodCountyJobs {
  period: string;
  region_code: string;
  jobs: number;
  headcount: number;
}

/** Per period and county: open jobs covered by any entry of that period's list (each job once). */
export const shortageMapJobs = (prefecture: string): Query<PeriodCountyJobs[]> => ({
  name: 'shortage.map',
  datasets: ['shortage_list', 'jobs'],
  sql: `WITH m AS (SELECT DISTINCT s.period, j.job_id, j.region_code, ${HEADCOUNT} AS headcount FROM shortage_list s JOIN jobs j ON ${covers('s', 'j')})
        SELECT period, region_code, count(*)::INTEGER AS jobs, sum(headcount)::INTEGER AS headcount FROM m GROUP BY ALL ORDER BY period, region_code`,
  params: [prefecture]
});

export interface ShortageJob {
  job_id: string;
  enterprise: string;
  region_code: string;
  county: string | null;
  title: string | null;
  min_level: number;
  salary_min: number | null;
  salary_max: number | null;
  headcount: number | null;
  posted_at: string | null;
  expires_at: string | null;
}

/** The open jobs one entry covers, optionally in one county: the live part of the page. */
export const entryJobList = (prefecture: string, entry: { occupation_code: string; skill_level: number | null; region_code: string }, county: string | null): Query<ShortageJob[]> => ({
  name: 'shortage.job-list',
  datasets: ['jobs', 'regions'],
  sql: `WITH e AS (SELECT ?::VARCHAR AS occupation_code, ?::INTEGER AS skill_level, ?::VARCHAR AS region_code)
        SELECT j.job_id, j.enterprise, j.region_code, r.name AS county, j.title, j.min_level::INTEGER AS min_level,
               j.salary_min::DOUBLE AS salary_min, j.salary_max::DOUBLE AS salary_max, j.headcount::INTEGER AS headcount,
               j.posted_at::VARCHAR AS posted_at, j.expires_at::VARCHAR AS expires_at
        FROM e JOIN jobs j ON ${covers('e', 'j')} LEFT JOIN regions r ON r.code = j.region_code
        WHERE ?::VARCHAR IS NULL OR j.region_code = ?
        ORDER BY ${OFFER} DESC NULLS LAST, j.job_id`,
  params: [entry.occupation_code, entry.skill_level, entry.region_code, prefecture, county, county]
});

export interface WageCellOf extends LadderRow {
  occupation_code: string;
}

/** The wage cells of the listed occupations at the listed levels and at all levels (prefecture, latest year, all industries): the pay references. */
export const shortageWages = (prefecture: string, year: number): Query<WageCellOf[]> => ({
  name: 'shortage.wages',
  datasets: ['wage_prices', 'shortage_list'],
  sql: `SELECT occupation_code, skill_level::INTEGER AS skill_level, n_workers::INTEGER AS n_workers, n_enterprises::INTEGER AS n_enterprises,
               p10, p25, p50, p75, p90, suppressed, quality_flags, unit
        FROM wage_prices
        WHERE region_code = ? AND year = ? AND industry IS NULL
          AND (occupation_code, coalesce(skill_level, -1)) IN (SELECT DISTINCT occupation_code, coalesce(skill_level, -1) FROM shortage_list UNION SELECT DISTINCT occupation_code, -1 FROM shortage_list)
        ORDER BY occupation_code, skill_level NULLS FIRST`,
  params: [prefecture, year]
});

export interface EntrySupply {
  occupation_code: string;
  skill_level: number | null;
  /** The 中类 the registry counts are published for (talent statistics go no finer). */
  group_code: string;
  n: number | null;
  suppressed: boolean | null;
}

/** Registry people at the entry's level (all levels for an all-levels entry) in the occupation's 中类, whole prefecture, latest year. */
export const shortageSupply = (prefecture: string, year: number): Query<EntrySupply[]> => ({
  name: 'shortage.supply',
  datasets: ['talent_stats', 'shortage_list'],
  sql: `WITH e AS (SELECT DISTINCT occupation_code, skill_level, array_to_string(string_split(occupation_code, '-')[1:2], '-') AS group_code FROM shortage_list)
        SELECT e.occupation_code, e.skill_level::INTEGER AS skill_level, e.group_code, t.n::INTEGER AS n, t.suppressed
        FROM e LEFT JOIN talent_stats t
          ON t.year = ? AND t.region_code = ? AND t.dimension = 'occupation' AND t.value = e.group_code
         AND t.skill_level IS NOT DISTINCT FROM e.skill_level AND t.high_skill IS NULL
        ORDER BY e.occupation_code, e.skill_level NULLS FIRST`,
  params: [year, prefecture]
});

export interface OccupationCourses {
  occupation_code: string;
  target_level: number | null;
  programmes: number;
  places: number | null;
}

/** Training courses of the year for the listed occupations (when training_programmes is published). */
export const shortageCourses = (year: number): Query<OccupationCourses[]> => ({
  name: 'shortage.courses',
  datasets: ['training_programmes', 'shortage_list'],
  sql: `SELECT occupation_code, target_level::INTEGER AS target_level, count(*)::INTEGER AS programmes, sum(capacity)::INTEGER AS places
        FROM training_programmes WHERE year = ? AND occupation_code IN (SELECT DISTINCT occupation_code FROM shortage_list)
        GROUP BY ALL ORDER BY occupation_code, target_level NULLS FIRST`,
  params: [year]
});

export interface OccupationCertifications {
  occupation_code: string;
  skill_level: number | null;
  year: number;
  n_candidates: number | null;
  n_passed: number | null;
  suppressed: boolean;
}

/** Certification volumes of the latest exam year per listed occupation and level (when certification_stats is published). */
export const shortageCertifications = (prefecture: string): Query<OccupationCertifications[]> => ({
  name: 'shortage.certifications',
  datasets: ['certification_stats', 'shortage_list'],
  sql: `SELECT occupation_code, skill_level::INTEGER AS skill_level, year::INTEGER AS year, n_candidates::INTEGER AS n_candidates,
               n_passed::INTEGER AS n_passed, suppressed
        FROM certification_stats
        WHERE region_code = ? AND route IS NULL AND body_id IS NULL AND year = (SELECT max(year) FROM certification_stats)
          AND occupation_code IN (SELECT DISTINCT occupation_code FROM shortage_list)
        ORDER BY occupation_code, skill_level NULLS FIRST`,
  params: [prefecture]
});
