/**
 * The 职业院校 pages: school_outcomes rows with their school, county and occupation names, for
 * one cohort (the prerendered view) or all of them at once (the page then answers every view from
 * memory), the shortage list in force for the majors' occupations, and the wage reference of those
 * occupations. The rules (rates, funding criteria) are in core/schools/.
 */
import type { Counts, RateKey } from '../schools/rates';
import { RATE_KEYS } from '../schools/rates';
import type { Query } from '../query';
import type { LadderRow } from './occupation';

export interface OutcomeRow extends Counts {
  school_id: string;
  school: string;
  kind: string;
  region_code: string | null;
  county: string | null;
  major: string;
  cohort: number;
  occupation_code: string | null;
  occupation: string | null;
  graduates: number;
  median_monthly_wage: number | null;
  partner_enterprises: string[];
  suppressed: boolean;
  employment_rate: number | null;
  relevant_rate: number | null;
  further_study_rate: number | null;
  certified_level4plus_rate: number | null;
  certified_any_rate: number | null;
}

const COLUMNS = `o.school_id, s.name AS school, s.kind, s.region_code, r.name AS county, o.major, o.cohort::INTEGER AS cohort,
  o.occupation_code, oc.name AS occupation, o.graduates::INTEGER AS graduates,
  o.employed_6m::INTEGER AS employed_6m, o.employed_relevant::INTEGER AS employed_relevant, o.further_study::INTEGER AS further_study,
  o.certified_level4plus::INTEGER AS certified_level4plus, o.certified_any::INTEGER AS certified_any,
  o.median_monthly_wage, o.order_class_students::INTEGER AS order_class_students, o.apprentices::INTEGER AS apprentices,
  o.partner_enterprises, o.suppressed, ${RATE_KEYS.map((k: RateKey) => `o.${k}`).join(', ')}`;

const FROM = `FROM school_outcomes o JOIN schools s USING (school_id)
  LEFT JOIN regions r ON r.code = s.region_code
  LEFT JOIN occupations oc ON oc.code = o.occupation_code`;

const DATASETS = ['school_outcomes', 'schools', 'regions', 'occupations'];

/** Every major of every school in one cohort (the scorecard's prerendered view). */
export const schoolCohort = (cohort: number): Query<OutcomeRow[]> => ({
  name: 'schools.cohort',
  datasets: DATASETS,
  sql: `SELECT ${COLUMNS} ${FROM} WHERE o.cohort = ? ORDER BY o.school_id, o.major`,
  params: [cohort]
});

/** Every cohort at once (a few hundred rows): later views are sliced from memory. */
export const schoolOutcomesAll: Query<OutcomeRow[]> = {
  name: 'schools.all',
  datasets: DATASETS,
  sql: `SELECT ${COLUMNS} ${FROM} ORDER BY o.cohort, o.school_id, o.major`,
  params: []
};

/** One school's every major and cohort (its prerendered page). */
export const schoolRows = (schoolId: string): Query<OutcomeRow[]> => ({
  name: 'schools.school',
  datasets: DATASETS,
  sql: `SELECT ${COLUMNS} ${FROM} WHERE o.school_id = ? ORDER BY o.major, o.cohort`,
  params: [schoolId]
});

export interface SchoolEntry {
  school_id: string;
  name: string;
  kind: string;
  region_code: string | null;
  county: string | null;
}

export const schoolEntries: Query<SchoolEntry[]> = {
  name: 'schools.entries',
  datasets: ['schools', 'regions'],
  sql: `SELECT s.school_id, s.name, s.kind, s.region_code, r.name AS county FROM schools s LEFT JOIN regions r ON r.code = s.region_code ORDER BY s.school_id`,
  params: []
};

export const schoolCohorts: Query<number[]> = {
  name: 'schools.cohorts',
  datasets: ['school_outcomes'],
  sql: 'SELECT DISTINCT cohort::INTEGER AS cohort FROM school_outcomes ORDER BY cohort',
  params: [],
  map: (rows) => rows.map((r) => r.cohort as number)
};

/** Every occupation a major trains for, in any cohort (the comparison's URL values). */
export const schoolOccupations: Query<string[]> = {
  name: 'schools.occupations',
  datasets: ['school_outcomes'],
  sql: 'SELECT DISTINCT occupation_code FROM school_outcomes WHERE occupation_code IS NOT NULL ORDER BY occupation_code',
  params: [],
  map: (rows) => rows.map((r) => r.occupation_code as string)
};

export interface ShortageFlag {
  occupation_code: string;
  status: string;
  skill_level: number | null;
  region_code: string;
}

/** The shortage list of one period (`core/shortage/periods.ts` picks the one in force). */
export const shortageFlags = (period: string): Query<ShortageFlag[]> => ({
  name: 'schools.shortage',
  datasets: ['shortage_list'],
  sql: `SELECT occupation_code, status, skill_level::INTEGER AS skill_level, region_code FROM shortage_list WHERE period = ? ORDER BY occupation_code`,
  params: [period]
});

export interface WageReference extends LadderRow {
  occupation_code: string;
}

/** The prefecture's all-level wage cell of each occupation the majors train for (latest year): the graduates' pay in context. */
export const majorWageReferences = (prefecture: string, year: number): Query<WageReference[]> => ({
  name: 'schools.wages',
  datasets: ['wage_prices', 'school_outcomes'],
  sql: `SELECT w.occupation_code, w.skill_level::INTEGER AS skill_level, w.n_workers::INTEGER AS n_workers, w.n_enterprises::INTEGER AS n_enterprises,
               w.p10, w.p25, w.p50, w.p75, w.p90, w.suppressed, w.quality_flags, w.unit
        FROM wage_prices w
        WHERE w.region_code = ? AND w.year = ? AND w.industry IS NULL AND w.skill_level IS NULL
          AND w.occupation_code IN (SELECT DISTINCT occupation_code FROM school_outcomes WHERE occupation_code IS NOT NULL)
        ORDER BY w.occupation_code`,
  params: [prefecture, year]
});
