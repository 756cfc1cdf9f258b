/**
 * Wage trend over the survey years: the P25–P75 band and the median line. Years whose cell is
 * withheld leave a gap rather than a guessed value. The trend table carries the same figures.
 */
import * as Plot from '@observablehq/plot';
import { formatInt, formatWan } from '../core/format';
import type { PercentileCell } from '../core/wage-cell';

export type TrendDatum = Pick<PercentileCell, 'p25' | 'p50' | 'p75' | 'suppressed'> & { year: number };


export function trendChart(rows: readonly TrendDatum[], { width, document }: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const data = rows.map((r) => (r.suppressed ? { ...r, p25: null, p50: null, p75: null } : r));
  const band = data.filter((d) => d.p25 !== null && d.p75 !== null);
  return Plot.plot({
    document,
    width,
    height: 220,
    marginLeft: 52,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: '调查年份', tickFormat: (d: number) => String(d), ticks: data.map((d) => d.year) },
    y: { label: '↑ 年工资（元/年）', grid: true, tickFormat: formatWan, nice: true, zero: false },
    marks: [
      Plot.areaY(band, { x: 'year', y1: 'p25', y2: 'p75', fill: '#9cc3e6', fillOpacity: 0.7 }),
      // Plot breaks a line at null values: a withheld year is a gap
      Plot.lineY(data, { x: 'year', y: 'p50', stroke: '#0f4c81', strokeWidth: 2 }),
      Plot.dot(data.filter((d) => d.p50 !== null), { x: 'year', y: 'p50', fill: '#0f4c81', r: 3.5, title: (d) => `${d.year} 年中位数 ${formatInt(d.p50)} 元/年` })
    ]
  });
}
