/**
 * The /competitions/ page's selectors and figures: which competition and events are shown, the
 * KPIs of the year shown, the medal table's leaders, and the view's title. Pure; every figure is
 * a count of published results (medals through awards.ts).
 */
import { MEDALS, MEDAL_LABELS, awardMedal } from '../awards';
import { promotionTotals, type TrendCount } from '../competition-trends';
import { COMPETITION_TIERS, enumLabel } from '../enums';
import { formatInt, formatYear } from '../format';
import { sortMedalTable, type MedalTableRow } from '../medal-table';
import type { CompetitionListRow, EventResults } from '../queries/competitions';
import { parseSkillLevel } from '../skill-levels';
import type { CompetitionView } from './view';

/** The competition the URL names, else the first one listed (null when none is). */
export const selectedCompetition = (list: readonly CompetitionListRow[] | null, id: string | null): CompetitionListRow | null =>
  list?.find((c) => c.id === id) ?? list?.[0] ?? null;

/** One event, or all of them (also when the URL names an event this competition does not have). */
export const eventsShown = (events: readonly EventResults[] | null, event: string | null): readonly EventResults[] =>
  events?.some((e) => e.event === event) ? events.filter((e) => e.event === event) : (events ?? []);

/** Levels the promotions KPI always names, with 0 where none was granted: the two 技师 grades. */
export const NAMED_PROMOTION_LEVELS: readonly number[] = ['技师', '高级技师'].map((name) => parseSkillLevel(name)!);

/** The levels granted (ascending), with 技师 and 高级技师 listed even at 0. */
export const promotionLevels = (promotions: ReadonlyMap<number, number>): number[] => [...new Set([...promotions.keys(), ...NAMED_PROMOTION_LEVELS])].sort((a, b) => a - b);

export interface CompetitionKpis {
  competitions: number;
  /** 参赛人次 */
  entries: number;
  /** Results on the medal scale (medals and 一、二、三等奖, 优胜奖). */
  awarded: number;
  /** Results that granted a level, by level. */
  promotions: Map<number, number>;
  promoted: number;
}

/** The KPIs of the year shown (all years when `year` is null); trends come for every year. */
export function competitionKpis(list: readonly CompetitionListRow[] | null, trends: readonly TrendCount[] | null, year: number | null): CompetitionKpis {
  const rows = (trends ?? []).filter((t) => year === null || t.year === year);
  const sum = (xs: readonly TrendCount[]) => xs.reduce((s, r) => s + r.n, 0);
  const promotions = promotionTotals(rows);
  return {
    competitions: list?.length ?? 0,
    entries: sum(rows),
    awarded: sum(rows.filter((r) => awardMedal(r.award))),
    promotions,
    promoted: [...promotions.values()].reduce((s, n) => s + n, 0)
  };
}

/** A medal table narrowed to one unit kind (unit tables only), in the view's order. */
export function shownMedalTable(rows: readonly MedalTableRow[] | null, v: Pick<CompetitionView, 'by' | 'kind' | 'sort'>): MedalTableRow[] {
  const kept = (rows ?? []).filter((r) => v.by === 'county' || !v.kind || r.kind === v.kind);
  return sortMedalTable(kept, v.sort);
}

/** Everyone ranked first by points, with any (ties share the rank). */
export const medalLeaders = (rows: readonly MedalTableRow[]): MedalTableRow[] => sortMedalTable(rows, 'points').filter((r) => r.rank === 1 && r.points > 0);

/** How a medal table writes 0 medals, so the medals won stand out. */
export const NO_MEDALS = '·';

export const formatMedalCount = (n: number): string => (n ? formatInt(n) : NO_MEDALS);

/** "金牌·一等奖 2、铜牌·三等奖 1": a row's medals, best first, those it has. */
export const medalText = (r: MedalTableRow): string => MEDALS.filter((m) => r[m]).map((m) => `${MEDAL_LABELS[m]} ${formatInt(r[m])}`).join('、');

/** The leaders sentence after the view's title: one leader named with its points, or the tie stated as a tie. */
export function leaderSentence(leaders: readonly MedalTableRow[], by: CompetitionView['by'], shown = 5): string | null {
  const first = leaders[0];
  if (!first) return null;
  const what = by === 'unit' ? '单位' : '县（市）';
  if (leaders.length === 1)
    return `奖牌积分最高的${what}是 ${first.name}（${formatInt(first.points)} 分：${medalText(first)}），其获奖选手中 ${formatInt(first.promotions)} 人次因竞赛晋升技能等级。`;
  const names = leaders.slice(0, shown).map((r) => r.name).join('、');
  return `奖牌积分并列最高的有 ${leaders.length} 个${what}：${names}${leaders.length > shown ? ' 等' : ''}（各 ${formatInt(first.points)} 分：${medalText(first)}）。`;
}

export const tierName = (tier: string | null): string => (tier ? enumLabel(COMPETITION_TIERS, tier) : '全部级别');

/** "2018–2025 年": the years the release covers. */
export const yearsLabel = (years: readonly number[]): string => (years.length ? `${years[0]}–${years.at(-1)} 年` : '');

/** The view's title: year · tier · group · county. */
export function competitionTitle(v: CompetitionView, years: readonly number[], name: { group: (code: string) => string; county: (code: string) => string }): string {
  return [
    v.year === null ? `全部年份（${yearsLabel(years)}）` : formatYear(v.year),
    tierName(v.tier),
    v.group ? name.group(v.group) : '全部职业',
    v.county ? name.county(v.county) : '全州各县（市）'
  ].join(' · ');
}
