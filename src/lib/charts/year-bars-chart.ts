/**
 * Counts by year as stacked bars, one colour per series (competition tier, occupation 大类 or
 * skill level granted), with a swatch legend. A year with nothing is an empty slot on the axis,
 * not a missing one. The table under each chart carries the same figures.
 */
import * as Plot from '@observablehq/plot';
import type { YearCount } from '../core/competition-trends';

export interface Series<S> {
  key: S;
  label: string;
  color: string;
}

export interface YearBarsOptions<S> {
  width: number;
  years: readonly number[];
  /** Stacking and legend order, bottom first. Counts of a series not listed are left out. */
  series: readonly Series<S>[];
  /** The y axis: what is counted and its unit, e.g. 奖牌（枚）. */
  label: string;
  unit: string;
  /** For rendering outside a browser (tests). */
  document?: Document;
}

export function yearBarsChart<S>(rows: readonly YearCount<S>[], o: YearBarsOptions<S>): SVGSVGElement | HTMLElement {
  const labelOf = new Map(o.series.map((s) => [s.key, s.label]));
  const data = rows.filter((r) => labelOf.has(r.series) && r.n > 0).map((r) => ({ ...r, label: labelOf.get(r.series)! }));
  const labels = o.series.map((s) => s.label);
  return Plot.plot({
    document: o.document,
    width: o.width,
    height: 240,
    marginLeft: 48,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: null, type: 'band', domain: [...o.years], tickFormat: (d: number) => String(d) },
    y: { label: `↑ ${o.label}`, grid: true, nice: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    color: { type: 'categorical', domain: labels, range: o.series.map((s) => s.color), legend: true },
    marks: [
      Plot.barY(data, {
        x: 'year',
        y: 'n',
        fill: 'label',
        order: labels,
        title: (d: (typeof data)[number]) => `${d.year} 年 ${d.label}：${d.n} ${o.unit}`
      }),
      Plot.ruleY([0])
    ]
  });
}
