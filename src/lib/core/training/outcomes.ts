/**
 * How a published training-outcome cell reads: its rates, what each denominator is, and what a
 * withheld or missing cell says instead.
 */
import { TRAINING_MIN_PEOPLE } from '../disclosure';

/** Levels a trainee can be certified at after a course: 学徒工 … 首席技师 (0 = no level, not a certificate). */
export const CERTIFIED_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** One row of `training_outcomes`, as published. */
export interface OutcomeRow {
  cohort_year: number;
  provider_id: string | null;
  programme_id: string | null;
  n_enrolled: number | null;
  n_completed: number | null;
  n_completion_unknown: number | null;
  n_certified: number | null;
  /** n_certified_1 … n_certified_8, by the level gained. */
  [k: `n_certified_${number}`]: number | null;
  n_employed_6m: number | null;
  n_employment_unknown: number | null;
  n_wage: number | null;
  wage_after_p25: number | null;
  wage_after_p50: number | null;
  wage_after_p75: number | null;
  wage_withheld: boolean;
  suppressed: boolean;
  /** 'small' (too few people) or 'complementary' (withheld so a total cannot give another cell away). */
  suppressed_reason: string | null;
}

const COUNTS = ['n_enrolled', 'n_completed', 'n_completion_unknown', 'n_certified', ...CERTIFIED_LEVELS.map((l) => `n_certified_${l}`), 'n_employed_6m', 'n_employment_unknown', 'n_wage'];

/** The fields of an outcome row, in published order. */
export const OUTCOME_FIELDS: readonly string[] = [
  'cohort_year',
  'provider_id',
  'programme_id',
  ...COUNTS,
  'wage_after_p25',
  'wage_after_p50',
  'wage_after_p75',
  'wage_withheld',
  'suppressed',
  'suppressed_reason'
];

/** The SELECT list of an outcome row of table alias `t`, each field named `prefix` + field. */
export const outcomeColumns = (t: string, prefix = ''): string =>
  OUTCOME_FIELDS.map((f) => `${t}.${f}${f === 'cohort_year' || COUNTS.includes(f) ? '::INTEGER' : ''} AS ${prefix}${f}`).join(', ');

export interface Rate {
  /** People with the outcome. */
  n: number;
  /** People it is a share of (those whose outcome is known). */
  of: number;
  /** n / of, or null when nobody's outcome is known. */
  rate: number | null;
  /** People whose outcome is not known (not in `of`). */
  unknown: number;
}

const rate = (n: number, of: number, unknown: number): Rate => ({ n, of, rate: of > 0 ? n / of : null, unknown });

/**
 * Completion and employment are shares of the people whose outcome is known; certification is a
 * share of everyone enrolled (a missing level means no certificate was recorded). Null for a
 * withheld cell: its figures are not published.
 */
export function outcomeRates(o: OutcomeRow): { completion: Rate; certification: Rate; employment: Rate } | null {
  if (o.suppressed || o.n_enrolled === null) return null;
  const n = o.n_enrolled;
  return {
    completion: rate(o.n_completed ?? 0, n - (o.n_completion_unknown ?? 0), o.n_completion_unknown ?? 0),
    certification: rate(o.n_certified ?? 0, n, 0),
    employment: rate(o.n_employed_6m ?? 0, n - (o.n_employment_unknown ?? 0), o.n_employment_unknown ?? 0)
  };
}

/** Levels gained in the cell, highest first, with their counts (zeros left out). */
export const levelsGained = (o: OutcomeRow): { level: number; n: number }[] =>
  CERTIFIED_LEVELS.map((level) => ({ level, n: o[`n_certified_${level}`] ?? 0 }))
    .filter((l) => l.n > 0)
    .reverse();

/** Why a withheld cell shows no figures, quoting the threshold the release applied. */
export function withheldOutcomeLabel(o: Pick<OutcomeRow, 'suppressed_reason'>, min: number = TRAINING_MIN_PEOPLE): string {
  return o.suppressed_reason === 'complementary' ? `为防止由合计反推其他不足 ${min} 人的班次，不公布` : `学员不足 ${min} 人，不公布`;
}

/** What the pay after the course reads as: the quartiles, withheld (too few pay records) or missing (none). */
export type PayState = 'published' | 'withheld' | 'missing';

export const payState = (o: OutcomeRow): PayState =>
  o.wage_after_p50 !== null ? 'published' : o.wage_withheld ? 'withheld' : 'missing';

export const payLabel = (o: OutcomeRow, min: number = TRAINING_MIN_PEOPLE): string =>
  payState(o) === 'withheld' ? `填报工资不足 ${min} 人，不公布` : '无工资记录';
