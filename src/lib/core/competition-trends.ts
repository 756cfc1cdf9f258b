/**
 * Competition trends from one aggregate (year × tier × 中类 × award × level granted): medals by
 * tier and year, entries by occupation group and year, and the skill levels granted by year.
 * Medals are counted through `awards.ts`, so 一等奖 is a gold here exactly as in the medal tables.
 */
import { awardMedal } from './awards';
import { COMPETITION_TIERS } from './enums';

export interface TrendCount {
  year: number;
  tier: string;
  /** The event's 中类 (e.g. `6-18`), null when the result names no occupation. */
  group: string | null;
  award: string;
  level_promotion: number | null;
  n: number;
}

/** One bar segment: a year, a series (tier, 大类 or level) and a count. */
export interface YearCount<S = string> {
  year: number;
  series: S;
  n: number;
}

const TIER_ORDER = COMPETITION_TIERS.map((t) => t.code);

function tally<S>(rows: readonly TrendCount[], seriesOf: (r: TrendCount) => S | null, order: (a: S, b: S) => number): YearCount<S>[] {
  const by = new Map<string, YearCount<S>>();
  for (const r of rows) {
    const s = seriesOf(r);
    if (s === null) continue;
    const k = `${r.year}|${s}`;
    const c = by.get(k) ?? { year: r.year, series: s, n: 0 };
    c.n += r.n;
    by.set(k, c);
  }
  return [...by.values()].sort((a, b) => a.year - b.year || order(a.series, b.series));
}

/** Medals (any award on the medal scale) by tier and year. */
export const medalsByTierYear = (rows: readonly TrendCount[]): YearCount[] =>
  tally(rows, (r) => (awardMedal(r.award) ? r.tier : null), (a, b) => TIER_ORDER.indexOf(a) - TIER_ORDER.indexOf(b));

/** Entries (参赛人次) by 大类 and year; results without an occupation count as `other`. */
export const entriesByGroupYear = (rows: readonly TrendCount[]): YearCount[] =>
  tally(rows, (r) => r.group?.split('-')[0] ?? 'other', (a, b) => a.localeCompare(b));

/** Entries by 中类 over all the years shown, for the table under the chart. */
export function entriesBySubgroup(rows: readonly TrendCount[]): { group: string; years: Map<number, number>; total: number }[] {
  const by = new Map<string, { group: string; years: Map<number, number>; total: number }>();
  for (const r of rows) {
    const g = r.group ?? 'other';
    const e = by.get(g) ?? { group: g, years: new Map(), total: 0 };
    e.years.set(r.year, (e.years.get(r.year) ?? 0) + r.n);
    e.total += r.n;
    by.set(g, e);
  }
  return [...by.values()].sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true }));
}

/** Results that granted a skill level, by the level granted and year. */
export const promotionsByLevelYear = (rows: readonly TrendCount[]): YearCount<number>[] =>
  tally(rows, (r) => r.level_promotion, (a, b) => a - b);

/** Total results granting each level, over every year shown. */
export function promotionTotals(rows: readonly TrendCount[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of rows) if (r.level_promotion !== null) m.set(r.level_promotion, (m.get(r.level_promotion) ?? 0) + r.n);
  return new Map([...m].sort((a, b) => a[0] - b[0]));
}
