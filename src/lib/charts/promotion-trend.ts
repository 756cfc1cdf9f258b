/**
 * New 技师 and 高级技师 by year (passes at 二级 and 一级) as two lines with dots. A withheld year is
 * a gap in its line with a hollow marker on the axis, never a dip to 0.
 */
import * as Plot from '@observablehq/plot';
import type { TrendYear } from '../core/certification/tables';

const SERIES = [
  { key: 'technician', label: '技师（二级）', color: '#0f4c81' },
  { key: 'senior', label: '高级技师（一级）', color: '#d9822b' }
] as const;

export function promotionTrendChart(years: readonly TrendYear[], { width, document }: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const points = SERIES.flatMap((s) =>
    years.map((y) => {
      const c = y[s.key];
      return { year: y.year, series: s.label, n: c === null ? 0 : c.suppressed ? null : c.n_passed };
    })
  );
  const withheld = points.filter((p) => p.n === null);
  return Plot.plot({
    document,
    width,
    height: 240,
    marginLeft: 48,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: null, type: 'point', domain: years.map((y) => y.year), tickFormat: (d: number) => String(d) },
    y: { label: '↑ 通过（人次）', grid: true, nice: true, zero: true },
    color: { domain: SERIES.map((s) => s.label), range: SERIES.map((s) => s.color), legend: true },
    marks: [
      Plot.lineY(points, { x: 'year', y: 'n', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(points.filter((p) => p.n !== null), { x: 'year', y: 'n', fill: 'series', r: 3.5, title: (d: (typeof points)[number]) => `${d.year} 年 ${d.series}：${d.n} 人次` }),
      Plot.dot(withheld, { x: 'year', y: 0, stroke: 'series', fill: 'white', r: 4, title: (d: (typeof points)[number]) => `${d.year} 年 ${d.series}：不公布` }),
      Plot.ruleY([0])
    ]
  });
}
