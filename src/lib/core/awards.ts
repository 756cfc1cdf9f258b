/**
 * Competition awards on one scale: the one place that maps every award a source may carry onto a
 * medal and its points. WorldSkills medal points (gold 4, silver 3, bronze 2, Medallion for
 * Excellence 1); Chinese 一/二/三等奖 sit on the same rungs as gold/silver/bronze, which is how
 * provincial and national contests grade their prize tiers. An award outside this list is rejected
 * by the publisher (the `award` column is an enum of AWARDS), never scored as zero.
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

export type Medal = 'gold' | 'silver' | 'bronze' | 'excellence';

/** Medals from best to least; the order of medal-table columns and of tie-breaks. */
export const MEDALS: readonly Medal[] = ['gold', 'silver', 'bronze', 'excellence'];

export const MEDAL_POINTS: Readonly<Record<Medal, number>> = { gold: 4, silver: 3, bronze: 2, excellence: 1 };

/** Column headings: a medal column also counts the Chinese award on its rung. */
export const MEDAL_LABELS: Readonly<Record<Medal, string>> = {
  gold: '金牌·一等奖',
  silver: '银牌·二等奖',
  bronze: '铜牌·三等奖',
  excellence: '优胜奖'
};

/** The medal an award counts as in a medal table (一等奖 counts as gold, and so on). */
export const AWARD_MEDAL: Readonly<Record<string, Medal | null>> = {
  gold: 'gold',
  first: 'gold',
  silver: 'silver',
  second: 'silver',
  bronze: 'bronze',
  third: 'bronze',
  excellence: 'excellence',
  none: null
};

export const AWARD_POINTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(AWARD_MEDAL).map(([award, medal]) => [award, medal ? MEDAL_POINTS[medal] : 0])
);

/** The medal an award counts as; throws on an award the contract does not know. */
export function awardMedal(award: string): Medal | null {
  const m = AWARD_MEDAL[award];
  if (m === undefined) throw new Error(`unknown award: ${award}`);
  return m;
}

export function awardPoints(award: string): number {
  const m = awardMedal(award);
  return m ? MEDAL_POINTS[m] : 0;
}

const label = (code: string) => AWARDS.find((a) => a.code === code)?.label ?? code;

/** "金牌 4 分、银牌 3 分、铜牌 2 分、优胜奖 1 分": the points of each medal, from MEDAL_POINTS. */
export const medalPointsText = (): string => MEDALS.map((m) => `${label(m)} ${MEDAL_POINTS[m]} 分`).join('、');

/** "金牌、银牌、铜牌和优胜奖": the medals from best to least (the tie-break order of medal tables). */
export const medalOrderText = (): string => {
  const names = MEDALS.map(label);
  return names.length > 1 ? `${names.slice(0, -1).join('、')}和${names.at(-1)}` : names.join('');
};

/** "一等奖计为金牌、二等奖计为银牌、三等奖计为铜牌": how the Chinese prize tiers enter a medal table, from AWARD_MEDAL. */
export function awardEquivalences(): string {
  return Object.entries(AWARD_MEDAL)
    .filter(([award, medal]) => medal && award !== medal)
    .map(([award, medal]) => `${label(award)}计为${label(medal!)}`)
    .join('、');
}
