/**
 * Bands that replace exact personal figures in what is published: age (statistics only),
 * years of experience (capped, so it cannot stand in for age) and expected pay.
 */
export interface Band {
  id: string;
  label: string;
  min: number;
  /** Exclusive upper bound; null for the open top band. */
  max: number | null;
}

const band = (min: number, max: number | null, unit: string): Band => ({
  id: max === null ? `${min}+` : `${min}-${max - 1}`,
  label: max === null ? `${min}${unit}以上` : `${min}–${max - 1}${unit}`,
  min,
  max
});

export const AGE_BANDS: readonly Band[] = [band(16, 25, '岁'), band(25, 35, '岁'), band(35, 45, '岁'), band(45, 55, '岁'), band(55, null, '岁')];

/** Experience is published only up to 16+ years: more would mostly encode age. */
export const EXPERIENCE_BANDS: readonly Band[] = [band(0, 3, '年'), band(3, 6, '年'), band(6, 11, '年'), band(11, 16, '年'), band(16, null, '年')];

export const SALARY_BAND_WIDTH = 1000;
export const SALARY_BAND_TOP = 20_000;

export function bandOf(bands: readonly Band[], value: number | null | undefined): Band | null {
  if (value == null || !Number.isFinite(value)) return null;
  return bands.find((b) => value >= b.min && (b.max === null || value < b.max)) ?? null;
}

/** Expected monthly pay as a 1,000 元 band, open above 20,000 元. */
export function salaryBand(value: number | null | undefined): { min: number; max: number | null } | null {
  if (value == null || !Number.isFinite(value) || value < 0) return null;
  if (value >= SALARY_BAND_TOP) return { min: SALARY_BAND_TOP, max: null };
  const min = Math.floor(value / SALARY_BAND_WIDTH) * SALARY_BAND_WIDTH;
  return { min, max: min + SALARY_BAND_WIDTH };
}
