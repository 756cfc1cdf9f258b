/**
 * Class breaks for the county map. Thirteen counties are too few for a continuous colour ramp to
 * be read reliably, so values fall into at most five (six for changes) classes:
 * - counts and rates: quantile breaks (R-7, as Excel PERCENTILE.INC) of the counties' published
 *   values, rounded to two significant figures, duplicates dropped;
 * - the high-skill share: fixed breaks that put the 1/3 target on a class boundary, so a colour
 *   says at once whether a county meets it, and colours mean the same in every year;
 * - year-on-year changes: symmetric breaks around zero for a diverging scheme.
 * A value falls in class i when breaks[i-1] ≤ value < breaks[i].
 */
import { HIGH_SKILL_SHARE_TARGET } from './targets';

export const SHARE_BREAKS: readonly number[] = [0.2, 0.25, 0.3, HIGH_SKILL_SHARE_TARGET];

/** Type-7 quantile of sorted values. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

export function roundSignificant(x: number, digits = 2): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const m = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * m) / m;
}

export function quantileBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const b = roundSignificant(quantileSorted(sorted, i / classes));
    if (b > sorted[0] && b <= sorted.at(-1)! && !breaks.includes(b)) breaks.push(b);
  }
  return breaks;
}

/** Breaks ±s, ±2s around 0 (six classes), s a round number so that ±2s covers most values. */
export function divergingBreaks(values: readonly number[]): number[] {
  const max = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  if (max === 0) return [0];
  const s = roundSignificant(max / 2.5, 1);
  return [-2 * s, -s, 0, s, 2 * s];
}

export function classify(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

export interface LegendClass {
  index: number;
  label: string;
}

export function legendClasses(breaks: readonly number[], format: (v: number) => string): LegendClass[] {
  if (!breaks.length) return [{ index: 0, label: '全部' }];
  return [
    { index: 0, label: `< ${format(breaks[0])}` },
    ...breaks.slice(1).map((b, i) => ({ index: i + 1, label: `${format(breaks[i])} – ${format(b)}` })),
    { index: breaks.length, label: `≥ ${format(breaks.at(-1)!)}` }
  ];
}
