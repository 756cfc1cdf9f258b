/**
 * What the /talent/ map shows for a view: each county's figure of the chosen metric, the classes
 * they fall into, how each is read aloud, and where the counties stand against the high-skill
 * share target. Pure: the map, its notes and its table all read from here.
 */
import { SHARE_BREAKS, classify, divergingBreaks, quantileBreaks } from '../choropleth';
import { formatPercent, formatPointGap, formatWithUnit } from '../format';
import { HIGH_SKILL_SHARE_TARGET, HIGH_SKILL_SHARE_TARGET_WORDS, SKILLED_SHARE_OF_EMPLOYED_TARGET } from '../targets';
import { levelCutLabel, metricValue, shareTrend, type Figure, type LevelCut, type MetricDef, type RegionStats, type ShareYear, type TalentIndex } from '../talent-metrics';

export interface RegionFigure {
  code: string;
  name: string;
  figure: Figure;
}

/** Why a figure is not shown: withheld (too few people) or not in the data. */
export const missingReason = (status: Figure['status']): string => (status === 'suppressed' ? '人数过少，不公布' : '无数据');

/** The level range a metric is about: the chosen one, or everyone for metrics that have none. */
export const metricCut = (metric: MetricDef, level: LevelCut): LevelCut => (metric.usesLevel ? level : 'all');

/** The map's title: the metric, with its level range when one is chosen. */
export const metricTitle = (metric: MetricDef, cut: LevelCut): string => `${metric.label}${metric.usesLevel && cut !== 'all' ? `（${levelCutLabel(cut)}）` : ''}`;

/** A figure as a reader hears it: "12.5%", "208.1 人/万人", or why there is none. */
export function figureText(metric: MetricDef, f: Figure): string {
  if (f.value === null) return missingReason(f.status);
  return metric.unit === '%' ? metric.format(f.value) : `${metric.format(f.value)} ${metric.unit}`;
}

/** Each region's figure of the metric for the year. */
export function regionFigures(totals: TalentIndex, stats: RegionStats, metric: MetricDef, cut: LevelCut, year: number, regions: readonly { code: string; name: string }[]): RegionFigure[] {
  return regions.map((r) => ({ code: r.code, name: r.name, figure: metricValue(totals, stats, metric.id, cut, year, r.code) }));
}

/**
 * Class breaks for the counties' published figures: fixed for the share (the target on a class
 * boundary), symmetric around 0 for changes, quantiles otherwise (core/choropleth.ts).
 */
export function mapBreaks(metric: MetricDef, figures: readonly Figure[]): number[] {
  const values = figures.flatMap((f) => (f.value === null ? [] : [f.value]));
  if (metric.scale === 'target') return [...SHARE_BREAKS];
  return metric.scale === 'diverging' ? divergingBreaks(values) : quantileBreaks(values);
}

/** The class of each figure (null: hatched, no figure). */
export const figureClass = (f: Figure, breaks: readonly number[]): number | null => (f.value === null ? null : classify(f.value, breaks));

/** How the classes were chosen, said under the map. */
export function scaleNote(metric: MetricDef): string {
  if (metric.scale === 'target') return `固定分级，${formatPercent(HIGH_SKILL_SHARE_TARGET)}（${HIGH_SKILL_SHARE_TARGET_WORDS}）为目标线`;
  return metric.scale === 'diverging' ? '以 0 为中心的对称分级' : '按各县（市）数值的五分位数分级';
}

/** Metrics per employed or resident count registered people only, which the 30 % target is not about. */
export const employmentCaveat = (metric: MetricDef): string | null =>
  metric.id === 'per_emp' || metric.id === 'per_pop'
    ? `在库人才只含在人才库登记的人员，不是全部技能人才，因此不能据此判断“技能人才占就业人员 ${formatPercent(SKILLED_SHARE_OF_EMPLOYED_TARGET, 0)}”的目标。`
    : null;

/** A region's year against the share target: (已达到目标) or (低于目标 1.2 个百分点); null when the share is not known. */
export function targetStanding(y: ShareYear): string | null {
  if (y.gap.value === null) return null;
  return y.gap.value >= 0 ? '已达到目标' : `低于目标 ${formatPointGap(y.gap.value)}`;
}

/** One line about a region's year: its registered people and high-skill share, or why they are not shown. */
export function standingLine(y: ShareYear): string {
  const total = y.total.n !== null ? formatWithUnit(y.total.n, '人') : missingReason(y.total.status);
  const share = y.share.value !== null ? formatPercent(y.share.value) : missingReason(y.share.status);
  const standing = targetStanding(y);
  return `在库人才 ${total} · 高技能人才占比 ${share}${standing ? `（${standing}）` : ''}`;
}

/** The counties below the share target in a year, and those whose share is not known. */
export function belowTarget<C extends { code: string }>(totals: TalentIndex, year: number, counties: readonly C[]): { below: C[]; unknown: C[] } {
  const gap = (c: C) => shareTrend(totals, [year], c.code)[0].gap.value;
  return { below: counties.filter((c) => (gap(c) ?? 0) < 0), unknown: counties.filter((c) => gap(c) === null) };
}

/** A change metric has nothing to compare with in the first year of the data. */
export const noPreviousYear = (metric: MetricDef, year: number, years: readonly number[]): boolean =>
  (metric.id === 'count_change' || metric.id === 'share_change') && year === years[0];
