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

/** One row of a trend's table: a series' count in each year, and its total. */
export interface YearRow {
  label: string;
  counts: number[];
  total: number;
  /** A 中类 under its 大类's row. */
  sub?: boolean;
}

/** The chart's figures as table rows: every series, 0 in a year without any. */
export function yearRows<S>(rows: readonly YearCount<S>[], years: readonly number[], series: readonly { key: S; label: string }[]): YearRow[] {
  return series.map((s) => {
    const counts = years.map((y) => rows.find((r) => r.year === y && r.series === s.key)?.n ?? 0);
    return { label: s.label, counts, total: rows.filter((r) => r.series === s.key).reduce((t, r) => t + r.n, 0) };
  });
}

/** Entries by 大类 with at least one entry, each followed by its 中类. */
export function entryRows(trends: readonly TrendCount[], years: readonly number[], majors: readonly { key: string; label: string }[], groupName: (code: string) => string): YearRow[] {
  const subgroups = entriesBySubgroup(trends);
  return yearRows(entriesByGroupYear(trends), years, majors)
    .map((row, i) => ({ row, key: majors[i].key }))
    .filter(({ row }) => row.total > 0)
    .flatMap(({ row, key }) => [
      row,
      ...subgroups
        .filter((g) => g.group !== key && g.group.split('-')[0] === key)
        .map((g) => ({ label: groupName(g.group), counts: years.map((y) => g.years.get(y) ?? 0), total: g.total, sub: true }))
    ]);
}

/** The 大类 a trend can show: those of the group filter's list and those in the results (`other`: no occupation). */
export const majorGroups = (groups: readonly { code: string }[], trends: readonly TrendCount[]): string[] =>
  [...new Set([...groups.filter((g) => !g.code.includes('-')).map((g) => g.code), ...trends.map((t) => t.group?.split('-')[0] ?? 'other')])].sort();
