/**
 * Each talent chart's numbers as a table: the same rows feed the HTML table beside the chart and
 * its CSV download, so the two cannot disagree. A withheld count is the word 不公布 and a region
 * or year without data is 无数据, in the table and in the CSV alike: never a blank, never a zero.
 */
import { toCsv } from './csv';
import { SKILL_LEVELS } from './skill-levels';
import {
  levelDistribution,
  metricDef,
  metricValue,
  type Count,
  type CrossRow,
  type Figure,
  type LevelCut,
  type LevelRow,
  type MarginalRow,
  type MetricDef,
  type MetricId,
  type RegionStats,
  type ShareYear,
  type TalentIndex
} from './talent-metrics';

export type TableValue = string | number;

export interface TalentTable {
  headers: string[];
  /** Numeric columns are right-aligned and formatted for display. */
  numeric: boolean[];
  rows: TableValue[][];
}

export const WITHHELD = '不公布';
export const NO_DATA = '无数据';

export const countCell = (c: Count): TableValue => (c.n !== null ? c.n : c.status === 'suppressed' ? WITHHELD : NO_DATA);

/** A share or rate, rounded for reading (percent with one decimal when `percent`). */
export function figureCell(f: Figure, percent = true, digits = 1): TableValue {
  if (f.value === null) return f.status === 'suppressed' ? WITHHELD : NO_DATA;
  const v = percent ? f.value * 100 : f.value;
  return Math.round(v * 10 ** digits) / 10 ** digits;
}

/** A map metric in its unit: shares and changes in percent (or points), counts and rates as they are. */
export const metricCell = (m: MetricDef, f: Figure): TableValue => figureCell(f, m.scale !== 'sequential');

export function levelTable(rows: readonly LevelRow[]): TalentTable {
  return {
    headers: ['技能等级', '人数（人）', '占全部在库人才（%）', '高技能人才'],
    numeric: [false, true, true, false],
    rows: rows.map((r) => [r.label, countCell(r.count), figureCell(r.share), r.high ? '是' : '否'])
  };
}

export function crossTable(rows: readonly CrossRow[], dimensionHeader: string, name: (v: string) => string): TalentTable {
  return {
    headers: [dimensionHeader, '合计（人）', ...SKILL_LEVELS.map((l) => `${l.short}（人）`)],
    numeric: [false, true, ...SKILL_LEVELS.map(() => true)],
    rows: rows.map((r) => [name(r.value), countCell(r.total), ...r.levels.map(countCell)])
  };
}

export function marginalTable(rows: readonly MarginalRow[], dimensionHeader: string, name: (v: string) => string): TalentTable {
  return {
    headers: [dimensionHeader, '在库人才（人）', '高技能人才（人）', '高技能人才占比（%）'],
    numeric: [false, true, true, true],
    rows: rows.map((r) => [name(r.value), countCell(r.total), countCell(r.high), figureCell(r.highShare)])
  };
}

export function trendTable(rows: readonly ShareYear[]): TalentTable {
  return {
    headers: ['统计年度', '在库人才（人）', '高技能人才（人）', '高技能人才占比（%）', '与目标 1/3 相差（个百分点）'],
    numeric: [false, true, true, true, true],
    rows: rows.map((r) => [String(r.year), countCell(r.total), countCell(r.high), figureCell(r.share), figureCell(r.gap)])
  };
}

/** One row per region: the map's metric, and where the region stands against the 1/3 target. */
export function regionTable(rows: readonly { name: string; figure: Figure; target: ShareYear }[], metric: MetricDef, metricTitle: string): TalentTable {
  const target = trendTable(rows.map((r) => r.target));
  return {
    headers: ['地区', `${metricTitle}（${metric.unit}）`, ...target.headers.slice(1)],
    numeric: [false, true, ...target.numeric.slice(1)],
    rows: rows.map((r, i) => [r.name, metricCell(metric, r.figure), ...target.rows[i].slice(1)])
  };
}

const COMPARED: readonly { label: string; metric: MetricId; cut: LevelCut }[] = [
  { label: '在库人才（人）', metric: 'count', cut: 'all' },
  { label: '高技能人才（人）', metric: 'count', cut: 'high' },
  { label: '高技能人才占比（%）', metric: 'high_share', cut: 'all' },
  { label: '每万名就业人员中的在库人才（人）', metric: 'per_emp', cut: 'all' },
  { label: '每万名常住人口中的在库人才（人）', metric: 'per_pop', cut: 'all' },
  { label: '在库人才同比变化（%）', metric: 'count_change', cut: 'all' },
  { label: '高技能人才占比同比变化（个百分点）', metric: 'share_change', cut: 'all' }
];

/**
 * Regions side by side, each with its own published figures and level shares. Deliberately no
 * column of differences: "prefecture minus county" is exactly the subtraction that could reveal
 * a withheld cell.
 */
export function comparisonTable(totals: TalentIndex, stats: RegionStats, year: number, regions: readonly { code: string; name: string }[]): TalentTable {
  const figures = COMPARED.map((c) => [c.label, ...regions.map((r) => metricCell(metricDef(c.metric), metricValue(totals, stats, c.metric, c.cut, year, r.code)))]);
  const ladders = regions.map((r) => levelDistribution(totals, year, r.code));
  const shares = ladders[0].map((l, i) => [`${l.label}占比（%）`, ...ladders.map((d) => figureCell(d[i].share))]);
  return { headers: ['指标', ...regions.map((r) => r.name)], numeric: [false, ...regions.map(() => true)], rows: [...figures, ...shares] };
}

/**
 * The table as CSV (BOM, formula-safe), each row carrying the year and, when the table is about
 * one region, that region.
 */
export function talentTableCsv(t: TalentTable, year: number, region: string | null): string {
  const skip = t.headers.indexOf('统计年度');
  const headers = ['统计年度', ...(region === null ? [] : ['地区']), ...t.headers.filter((_, i) => i !== skip)];
  const records = t.rows.map((r) => {
    const y = skip >= 0 ? r[skip] : year;
    return Object.fromEntries([y, ...(region === null ? [] : [region]), ...r.filter((_, i) => i !== skip)].map((v, i) => [String(i), v]));
  });
  return toCsv(headers.map((_, i) => String(i)), records, headers);
}
