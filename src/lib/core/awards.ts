/**
 * Competition awards on one scale. WorldSkills medal points (gold 4, silver 3, bronze 2,
 * Medallion for Excellence 1); Chinese 一/二/三等奖 sit on the same rungs as gold/silver/bronze,
 * which is how provincial and national contests grade their prize tiers.
 */
import type { EnumDef } from './enums';

export const AWARDS: EnumDef = [
  { code: 'gold', label: '金牌', aliases: ['金奖', 'gold medal'] },
  { code: 'silver', label: '银牌', aliases: ['银奖', 'silver medal'] },
  { code: 'bronze', label: '铜牌', aliases: ['铜奖', 'bronze medal'] },
  { code: 'excellence', label: '优胜奖', aliases: ['优秀奖', 'medallion for excellence'] },
  { code: 'first', label: '一等奖', aliases: ['第一名奖', '1等奖'] },
  { code: 'second', label: '二等奖', aliases: ['2等奖'] },
  { code: 'third', label: '三等奖', aliases: ['3等奖'] },
  { code: 'none', label: '未获奖', aliases: ['无', '参赛', '—', '-'] }
];

export const AWARD_POINTS: Readonly<Record<string, number>> = {
  gold: 4,
  first: 4,
  silver: 3,
  second: 3,
  bronze: 2,
  third: 2,
  excellence: 1,
  none: 0
};

/** The medal an award counts as in a medal table (一等奖 counts as gold, and so on). */
export const AWARD_MEDAL: Readonly<Record<string, 'gold' | 'silver' | 'bronze' | 'excellence' | null>> = {
  gold: 'gold',
  first: 'gold',
  silver: 'silver',
  second: 'silver',
  bronze: 'bronze',
  third: 'bronze',
  excellence: 'excellence',
  none: null
};

export function awardPoints(award: string): number {
  const p = AWARD_POINTS[award];
  if (p === undefined) throw new Error(`unknown award: ${award}`);
  return p;
}
