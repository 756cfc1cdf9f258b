/**
 * The career, training and education source tables (DESIGN §3b) as the demo writes them: the
 * contract's English column names in its order. The data dictionary holds the same tables
 * (core/contract/career-tables.ts); a test checks that both agree.
 */

export interface CareerTable {
  readonly name: string;
  readonly columns: readonly string[];
  /** Columns the demo writes beyond the contract (documented in DEMO.txt). */
  readonly extra?: readonly string[];
}

const table = (name: string, columns: string, extra?: string): CareerTable => ({
  name,
  columns: [...columns.split(' '), ...(extra ? extra.split(' ') : [])],
  extra: extra ? extra.split(' ') : undefined
});

export const TRAINING_PROVIDERS = table('training_providers', 'provider_id name kind region_code credit_code status status_note');
export const TRAINING_PROGRAMMES = table(
  'training_programmes',
  'programme_id provider_id name occupation_code target_level type skills hours practical_hours mode start_date end_date capacity fee subsidy shortage_uplift eligible_groups region_code year'
);
export const TRAINING_ENROLMENTS = table(
  'training_enrolments',
  'person_id programme_id enrolled_at completed completed_at level_gained employed_6m monthly_wage_after subsidy_paid'
);
export const CERTIFICATIONS = table(
  'certifications',
  'person_id occupation_code skill_level body_id route exam_date passed certificate_no theory_score practical_score'
);
export const EVALUATION_BODIES = table('evaluation_bodies', 'body_id name kind region_code scope status');
export const LEVEL_REQUIREMENTS = table('level_requirements', 'occupation_code to_level min_years from_level alternatives basis');
export const LEVEL_EQUIVALENCE = table('level_equivalence', 'skill_level title_equivalent education_equivalent uses basis');
export const SCHOOLS = table('schools', 'school_id name kind region_code');
export const SCHOOL_OUTCOMES = table(
  'school_outcomes',
  'school_id major cohort graduates occupation_code employed_6m employed_relevant further_study certified_level4plus certified_any median_monthly_wage order_class_students apprentices partner_enterprises'
);
export const SHORTAGE_LIST = table('shortage_list', 'period occupation_code status skill_level region_code score vacancies applicants cause benefits');
/** `person_id` links an honour to the registry; the contract has no such column, so it is an extra. */
export const HONOURS = table('honours', 'honour year name occupation_code unit region_code announced studio', 'person_id');

export const CAREER_TABLES: readonly CareerTable[] = [
  TRAINING_PROVIDERS,
  TRAINING_PROGRAMMES,
  TRAINING_ENROLMENTS,
  CERTIFICATIONS,
  EVALUATION_BODIES,
  LEVEL_REQUIREMENTS,
  LEVEL_EQUIVALENCE,
  SCHOOLS,
  SCHOOL_OUTCOMES,
  SHORTAGE_LIST,
  HONOURS
];
