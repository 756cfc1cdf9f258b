/**
 * The school rates (§7–§8 scorecard): each one's numerator and denominator, said once. The
 * pipeline derives the published rates from these definitions (datasets/schools.ts), the funding
 * criteria add up published counts with the same definitions (schools/funding.ts), and the pages
 * print the formula from them, so the prose cannot drift from the arithmetic.
 */
import { TABLE_BY_NAME } from '../dictionary';
import { SCHOOL_MIN_GRADUATES } from '../disclosure';

/** The counts a school reports per major and cohort (school_outcomes). */
export const OUTCOME_COUNTS = ['graduates', 'employed_6m', 'employed_relevant', 'further_study', 'certified_level4plus', 'certified_any', 'order_class_students', 'apprentices'] as const;
export type OutcomeCount = (typeof OUTCOME_COUNTS)[number];

/** Counts withheld with the rates in a row under the threshold (graduates stays: it is the size, and rates need more than it). */
export const WITHHELD_WITH_RATES: readonly string[] = [...OUTCOME_COUNTS.filter((c) => c !== 'graduates'), 'median_monthly_wage'];

export const RATE_KEYS = ['employment_rate', 'relevant_rate', 'further_study_rate', 'certified_level4plus_rate', 'certified_any_rate'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export interface RateDef {
  key: RateKey;
  /** The column heading. */
  label: string;
  short: string;
  numerator: OutcomeCount;
  /** Denominator = `of` − `less` (those not available for what the rate measures). */
  of: OutcomeCount;
  less?: OutcomeCount;
  /** Why this denominator, for the notes and the methodology. */
  why: string;
  /** What the cell says when nobody is in the denominator. */
  none: string;
}

export const SCHOOL_RATES: readonly RateDef[] = [
  {
    key: 'employment_rate',
    label: '6个月就业率',
    short: '就业率',
    numerator: 'employed_6m',
    of: 'graduates',
    less: 'further_study',
    why: '升学的毕业生不找工作，也不计入就业人数，故从分母中扣除',
    none: '无待就业毕业生'
  },
  {
    key: 'relevant_rate',
    label: '对口就业率',
    short: '对口率',
    numerator: 'employed_relevant',
    of: 'employed_6m',
    why: '专业对口只对已就业者有意义，故以就业人数为分母',
    none: '无就业毕业生'
  },
  { key: 'further_study_rate', label: '升学率', short: '升学率', numerator: 'further_study', of: 'graduates', why: '占全部毕业生', none: '无毕业生' },
  {
    key: 'certified_level4plus_rate',
    label: '高级工及以上证书获取率',
    short: '高级工+',
    numerator: 'certified_level4plus',
    of: 'graduates',
    why: '占全部毕业生（含升学者）',
    none: '无毕业生'
  },
  { key: 'certified_any_rate', label: '职业技能等级证书获取率', short: '取证率', numerator: 'certified_any', of: 'graduates', why: '占全部毕业生（双证率）', none: '无毕业生' }
];

export const RATE_BY_KEY: ReadonlyMap<RateKey, RateDef> = new Map(SCHOOL_RATES.map((r) => [r.key, r]));

const OUTCOME_TABLE = TABLE_BY_NAME.get('school_outcomes');

/** A count's Chinese name as the dictionary labels it (6个月就业人数, 毕业生人数 …). */
export const countLabel = (c: OutcomeCount | 'median_monthly_wage'): string => OUTCOME_TABLE?.columns.find((col) => col.name === c)?.label ?? c;

/** "6个月就业人数 ÷（毕业生人数 − 升学人数）". */
export const rateFormula = (r: RateDef): string =>
  `${countLabel(r.numerator)} ÷${r.less ? `（${countLabel(r.of)} − ${countLabel(r.less)}）` : ` ${countLabel(r.of)}`}`;

/** Counts of one row or of several rows added up; null = not reported (or withheld). */
export type Counts = Partial<Record<OutcomeCount, number | null>>;

/** The denominator, or null when a count it needs is unknown. */
export function rateDenominator(r: RateDef, c: Counts): number | null {
  const of = c[r.of];
  const less = r.less ? c[r.less] : 0;
  return of == null || less == null ? null : of - less;
}

/** The rate from counts (null when a count is unknown or nobody is in the denominator). Same rule as the pipeline's SQL. */
export function rateOf(r: RateDef, c: Counts): number | null {
  const num = c[r.numerator];
  const den = rateDenominator(r, c);
  return num == null || den == null || den <= 0 ? null : roundRate(num / den);
}

/** Published rates carry four decimals (0.9123), enough for a percentage with one decimal. */
export const RATE_DECIMALS = 4;
export const roundRate = (x: number): number => Math.round(x * 10 ** RATE_DECIMALS) / 10 ** RATE_DECIMALS;

/** A cohort of a major below this many graduates is published without rates (core/disclosure.ts). */
export const isSmallCohort = (graduates: number): boolean => graduates < SCHOOL_MIN_GRADUATES;

/** What a withheld rate says instead: "毕业生不足 10 人，不公布". */
export const schoolWithheldLabel = (min: number = SCHOOL_MIN_GRADUATES): string => `毕业生不足 ${min} 人，不公布`;

/** What a rate whose counts the school did not report says. */
export const NOT_REPORTED = '未报送';

/** What a rate cell shows: its value, withheld (a small cohort), or missing (not reported, or nobody to count). */
export type RateCell = { kind: 'published'; value: number } | { kind: 'withheld' } | { kind: 'missing'; why: string };

export interface PublishedOutcome extends Counts {
  suppressed: boolean;
}

/** The state of rate `r` in a published row (which carries the rate as `row[r.key]`). */
export function rateCell(r: RateDef, row: PublishedOutcome & Partial<Record<RateKey, number | null>>): RateCell {
  if (row.suppressed) return { kind: 'withheld' };
  const value = row[r.key];
  if (value != null) return { kind: 'published', value };
  const den = rateDenominator(r, row);
  return { kind: 'missing', why: row[r.numerator] == null || den == null ? NOT_REPORTED : r.none };
}
