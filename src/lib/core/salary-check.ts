/**
 * Where a salary sits in a published wage cell. Only five percentiles are published, so the
 * position is interpolated linearly between them and is approximate ("约第 62 百分位"); below
 * P10 or above P90 there is nothing to interpolate against, and the answer says so.
 */
import type { PercentileCell } from './wage-cell';

export type { PercentileCell };

export type Position =
  | { kind: 'unavailable' }
  | { kind: 'below' }
  | { kind: 'above' }
  /** `low` = `high` for a point estimate; a range where adjacent percentiles coincide. */
  | { kind: 'within'; low: number; high: number };

const POINTS = [
  [10, 'p10'],
  [25, 'p25'],
  [50, 'p50'],
  [75, 'p75'],
  [90, 'p90']
] as const;

/** A monthly figure as annual pay: the survey's annual 应发 includes bonuses, so ×12 is approximate. */
export const MONTHS_PER_YEAR = 12;
export const toAnnual = (amount: number, per: 'month' | 'year'): number => (per === 'month' ? amount * MONTHS_PER_YEAR : amount);

export function percentilePosition(annual: number, cell: PercentileCell): Position {
  if (cell.suppressed || !Number.isFinite(annual)) return { kind: 'unavailable' };
  const known = POINTS.flatMap(([p, k]) => (cell[k] === null ? [] : [[p, cell[k] as number] as const]));
  if (known.length < 2) return { kind: 'unavailable' };
  const [firstP, first] = known[0];
  const [lastP, last] = known[known.length - 1];
  if (annual < first) return firstP === 10 ? { kind: 'below' } : { kind: 'unavailable' };
  if (annual > last) return lastP === 90 ? { kind: 'above' } : { kind: 'unavailable' };
  // all published points equal to the value: a range
  const equal = known.filter(([, v]) => v === annual).map(([p]) => p);
  if (equal.length) return { kind: 'within', low: equal[0], high: equal[equal.length - 1] };
  for (let i = 0; i < known.length - 1; i++) {
    const [pa, va] = known[i];
    const [pb, vb] = known[i + 1];
    if (annual > va && annual < vb) {
      const p = Math.round(pa + ((annual - va) / (vb - va)) * (pb - pa));
      return { kind: 'within', low: p, high: p };
    }
  }
  return { kind: 'unavailable' };
}

export function describePosition(pos: Position): string {
  switch (pos.kind) {
    case 'unavailable':
      return '该单元格样本不足或分位数不全，无法判断位置';
    case 'below':
      return '低于低位数（P10）：在该职业、等级和地区中属于最低的一成';
    case 'above':
      return '高于高位数（P90）：在该职业、等级和地区中属于最高的一成';
    case 'within':
      return pos.low === pos.high ? `约第 ${pos.low} 百分位` : `约第 ${pos.low}–${pos.high} 百分位（这些分位数相同）`;
  }
}

/** The position in a table cell: "约 P62", "P10 以下", "P90 以上", "约 P50–P75", or "—". */
export function shortPosition(pos: Position): string {
  switch (pos.kind) {
    case 'unavailable':
      return '—';
    case 'below':
      return 'P10 以下';
    case 'above':
      return 'P90 以上';
    case 'within':
      return pos.low === pos.high ? `约 P${pos.low}` : `约 P${pos.low}–P${pos.high}`;
  }
}
