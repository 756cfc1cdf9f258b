/** The published figures of one wage cell, shared by every query and chart that shows one. */
export interface PercentileCell {
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  suppressed: boolean;
}

/** The cell with its sample size, flags and unit, as the pages read it from wage_prices. */
export interface WageCell extends PercentileCell {
  n_workers: number | null;
  n_enterprises: number | null;
  quality_flags: string | null;
  unit: string;
}

export type PercentileKey = 'p10' | 'p25' | 'p50' | 'p75' | 'p90';

/** The five published percentiles with their names in the 工资价位 tables. */
export const PERCENTILES: readonly { key: PercentileKey; label: string; short: string }[] = [
  { key: 'p10', label: '低位数', short: 'P10' },
  { key: 'p25', label: '下四分位数', short: 'P25' },
  { key: 'p50', label: '中位数', short: 'P50' },
  { key: 'p75', label: '上四分位数', short: 'P75' },
  { key: 'p90', label: '高位数', short: 'P90' }
];

/**
 * The name of the percentile just below `key` when the publisher flagged them equal
 * (`quality_flags` holds `p75=p90` when P90 equals P75), else null.
 */
export function equalToBelow(flags: string | null, key: PercentileKey): string | null {
  for (const f of flags?.split(';') ?? []) {
    const [a, b] = f.split('=');
    if (b === key) return PERCENTILES.find((p) => p.key === a)?.label ?? null;
  }
  return null;
}

/**
 * What a cell shows: its figures, withheld (too few workers or enterprises: the publisher kept
 * the values back) or missing (no survey response at all). A failed query is none of these: the
 * page shows it as an error (runtime/QueryState.svelte).
 */
export type CellState = 'published' | 'withheld' | 'missing';

export const cellState = (cell: Pick<PercentileCell, 'suppressed'> | null | undefined): CellState =>
  cell == null || cell.suppressed == null ? 'missing' : cell.suppressed ? 'withheld' : 'published';

/** The words for a missing cell. */
export const MISSING_CELL = '无样本';
