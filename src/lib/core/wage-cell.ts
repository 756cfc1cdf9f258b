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
