/**
 * Where trainees' pay after a course sits among local workers of the occupation at the course's
 * target level: the median monthly pay of the course's cohort, placed in the wage_prices cell of
 * the course's county (else the prefecture, else all levels; `core/pay-reference.ts`) with the
 * salary check's `percentilePosition`, in the survey year nearest to when the pay was earned.
 */
import { payReference, type LadderScope, type PayReference } from '../pay-reference';
import type { CourseCard, WageRef, WageRefKey } from '../queries/training';
import { MONTHS_PER_YEAR, percentilePosition, type Position } from '../salary-check';
import type { OutcomeRow } from './outcomes';

/**
 * Pay six months after a course of cohort year Y is earned in Y or Y + 1: the latest survey year
 * up to Y + 1, else the earliest there is; null without any.
 */
export function wageYearFor(cohortYear: number, years: readonly number[]): number | null {
  const sorted = [...years].sort((a, b) => a - b);
  return [...sorted].reverse().find((y) => y <= cohortYear + 1) ?? sorted[0] ?? null;
}

/** A monthly amount in a cell's unit: ×12 against 元/年 (the survey's annual pay includes bonuses, so approximate). */
export function inCellUnit(monthly: number, unit: string): number | null {
  if (unit === '元/月') return monthly;
  if (unit === '元/年') return monthly * MONTHS_PER_YEAR;
  return null;
}

/** The wage cells a page fetched, by occupation × region × year. */
export class WageRefIndex {
  readonly #scopes = new Map<string, WageRef[]>();

  constructor(rows: readonly WageRef[]) {
    for (const r of rows) {
      const k = `${r.occupation_code}|${r.region_code}|${r.year}`;
      let list = this.#scopes.get(k);
      if (!list) this.#scopes.set(k, (list = []));
      list.push(r);
    }
  }

  scope(occupation: string, region: string, year: number, regionName: string): LadderScope {
    return { region, regionName, rows: this.#scopes.get(`${occupation}|${region}|${year}`) ?? [] };
  }
}

export interface PayPlacement {
  /** The survey year of the cell. */
  year: number;
  reference: PayReference;
  /** Where the cohort's median sits in the cell (unavailable when no cell could be used). */
  position: Position;
  /** The median as compared, in the cell's unit. */
  compared: number | null;
}

export interface PlacedCourse {
  occupation_code: string;
  target_level: number | null;
  region_code: string | null;
}

/** The cells a course's pay is placed on: its county's and the prefecture's, in the wage year for the cohort. */
export function wageRefKeys(c: PlacedCourse, outcome: OutcomeRow, years: readonly number[], prefecture: string): WageRefKey[] {
  const year = wageYearFor(outcome.cohort_year, years);
  if (year === null || outcome.wage_after_p50 === null) return [];
  const regions = c.region_code && c.region_code !== prefecture ? [c.region_code, prefecture] : [prefecture];
  return regions.map((region) => ({ occupation: c.occupation_code, region, year }));
}

/**
 * The placement of a course outcome's median pay, or null when the outcome has no published pay
 * or the release has no wage years. `regionName` names regions for the passed-over cells.
 */
export function placePay(
  c: PlacedCourse,
  outcome: OutcomeRow,
  index: WageRefIndex,
  years: readonly number[],
  prefecture: string,
  regionName: (code: string) => string
): PayPlacement | null {
  const year = wageYearFor(outcome.cohort_year, years);
  if (year === null || outcome.wage_after_p50 === null) return null;
  const pref = index.scope(c.occupation_code, prefecture, year, regionName(prefecture));
  const county = c.region_code && c.region_code !== prefecture ? index.scope(c.occupation_code, c.region_code, year, regionName(c.region_code)) : null;
  const reference = payReference(county, pref, c.target_level);
  const compared = reference.cell ? inCellUnit(outcome.wage_after_p50, reference.cell.unit) : null;
  const position: Position = reference.cell && compared !== null ? percentilePosition(compared, reference.cell) : { kind: 'unavailable' };
  return { year, reference, position, compared };
}

/** The course-level outcome whose pay a card places: its own, else its earlier run's (never the provider's, which mixes occupations). */
export const placedOutcome = (c: CourseCard): OutcomeRow | null => c.outcome ?? c.previous?.outcome ?? null;

/** Every wage cell the cards' pay is placed on, each key once. */
export function cardsWageKeys(cards: readonly CourseCard[], years: readonly number[], prefecture: string): WageRefKey[] {
  const keys = new Map<string, WageRefKey>();
  for (const c of cards) {
    const o = placedOutcome(c);
    if (o) for (const k of wageRefKeys(c, o, years, prefecture)) keys.set(`${k.occupation}|${k.region}|${k.year}`, k);
  }
  return [...keys.values()];
}
