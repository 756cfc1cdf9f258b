/**
 * The 八级工 ladder of one region: people per skill level as horizontal bars, high-skill levels
 * (高级工 and above) in the darker colour. A withheld level is labelled 不公布 and drawn without a
 * bar (its size is unknown). The table beside it
 * carries the same figures.
 */
import * as Plot from '@observablehq/plot';
import { formatInt } from '../core/format';
import type { LevelRow } from '../core/talent-metrics';

export const HIGH_COLOR = '#0f4c81';
export const OTHER_COLOR = '#9cc3e6';

export function levelBarsChart(rows: readonly LevelRow[], { width, document }: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const data = rows.map((r) => ({ label: r.label, n: r.count.n, status: r.count.status, high: r.high }));
  const shown = data.filter((d) => d.n !== null);
  const withheld = data.filter((d) => d.n === null);
  return Plot.plot({
    document,
    width,
    height: 36 + data.length * 26,
    marginLeft: 104,
    marginRight: 56,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: null, grid: true, nice: true },
    y: { domain: data.map((d) => d.label), label: null },
    marks: [
      Plot.barX(shown, { y: 'label', x: 'n', fill: (d) => (d.high ? HIGH_COLOR : OTHER_COLOR), insetTop: 3, insetBottom: 3 }),
      Plot.text(shown, { y: 'label', x: 'n', text: (d) => formatInt(d.n), textAnchor: 'start', dx: 4, fill: '#1a1f26' }),
      Plot.text(withheld, { y: 'label', frameAnchor: 'left', text: (d) => (d.status === 'suppressed' ? '不公布' : '无数据'), textAnchor: 'start', dx: 4, fill: '#5f6b7a' }),
      Plot.ruleX([0])
    ]
  });
}
