/**
 * People per value of one breakdown (industry, age band, gender): all registered people as a pale
 * bar with the high-skill people of the same group as a dark bar over it. Both are published
 * cells; nothing is subtracted to get the "other" part. Withheld totals say 不公布.
 */
import * as Plot from '@observablehq/plot';
import { formatInt } from '../core/format';
import type { MarginalRow } from '../core/talent-metrics';
import { fitLabel } from './fit-label';
import { HIGH_COLOR, OTHER_COLOR } from './level-bars';

export function marginalBarsChart(rows: readonly MarginalRow[], name: (value: string) => string, { width, document }: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const data = rows.map((r) => ({ label: name(r.value), total: r.total.n, high: r.high.n, status: r.total.status }));
  const marginLeft = Math.min(200, width * 0.38);
  return Plot.plot({
    document,
    width,
    height: 40 + data.length * 24,
    marginLeft,
    marginRight: 56,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: null, grid: true, nice: true },
    y: { domain: data.map((d) => d.label), label: null, tickFormat: fitLabel(marginLeft, 12) },
    color: { legend: false },
    marks: [
      Plot.barX(data.filter((d) => d.total !== null), { y: 'label', x: 'total', fill: OTHER_COLOR, insetTop: 3, insetBottom: 3 }),
      Plot.barX(data.filter((d) => d.high !== null), { y: 'label', x: 'high', fill: HIGH_COLOR, insetTop: 7, insetBottom: 7 }),
      Plot.text(data.filter((d) => d.total !== null), { y: 'label', x: 'total', text: (d) => formatInt(d.total), textAnchor: 'start', dx: 4 }),
      Plot.text(data.filter((d) => d.total === null), { y: 'label', frameAnchor: 'left', text: () => '不公布', textAnchor: 'start', dx: 4, fill: '#5f6b7a' }),
      Plot.ruleX([0])
    ]
  });
}
