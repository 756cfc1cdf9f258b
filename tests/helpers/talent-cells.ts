import type { TalentCell } from '../../src/lib/core/talent-metrics';

/** One published talent_stats cell; `n` null is a withheld cell. */
export const talentCell = (year: number, region: string, cut: 'all' | 'high' | 'other' | number, n: number | null, dimension = 'total', value: string | null = null): TalentCell => ({
  year,
  region_code: region,
  skill_level: typeof cut === 'number' ? cut : null,
  high_skill: cut === 'high' ? true : cut === 'other' ? false : null,
  dimension,
  value,
  n,
  suppressed: n === null
});
