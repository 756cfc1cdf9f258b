/**
 * The shortage list's periods (calendar quarters, `2025Q4`): which one is in force on a date,
 * how a reader says it, and the one before.
 */
import { SHORTAGE_PERIOD } from '../contract/career-enums';

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The first day of a period, YYYY-MM-DD. */
export function periodStart(period: string): string {
  const m = SHORTAGE_PERIOD.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** 2025Q4 → 2025年第四季度. */
export function periodLabel(period: string): string {
  const m = SHORTAGE_PERIOD.exec(period);
  return m ? `${m[1]}年第${QUARTER_NAMES[Number(m[2]) - 1]}季度` : period;
}

/**
 * The list in force on `asOf`: the latest period that has started by then. A list published
 * ahead (a later period) is not in force yet; before the first period, the first.
 */
export function periodInForce(periods: readonly string[], asOf: string): string | null {
  const sorted = [...periods].sort();
  const started = sorted.filter((p) => periodStart(p) <= asOf);
  return started.at(-1) ?? sorted[0] ?? null;
}

/** The period listed just before `period`, or null for the first. */
export function previousPeriod(periods: readonly string[], period: string): string | null {
  const sorted = [...periods].sort();
  const i = sorted.indexOf(period);
  return i > 0 ? sorted[i - 1] : null;
}
