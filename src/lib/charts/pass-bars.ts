/**
 * Candidates and passes per category (level, route, county) as horizontal bars: the light bar is
 * everyone assessed, the dark bar inside it those who passed, the pass rate at the end. A withheld
 * category reads 不公布 and has no bar (its size is unknown); one with no candidates is 0.
 */
import * as Plot from '@observablehq/plot';
import { formatInt, formatPercent } from '../core/format';
import type { PassRow } from '../core/certification/tables';

export const CANDIDATE_COLOR = '#9cc3e6';
export const PASSED_COLOR = '#0f4c81';

export function passBarsChart(rows: readonly PassRow[], { width, document }: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const data = rows.map((r) => ({ label: r.label, n: r.count === null ? 0 : r.count.n_candidates, passed: r.count === null ? 0 : r.count.n_passed, rate: r.count?.pass_rate ?? null }));
  const shown = data.filter((d) => d.n !== null);
  const withheld = data.filter((d) => d.n === null);
  return Plot.plot({
    document,
    width,
    height: 40 + data.length * 28,
    marginLeft: 132,
    marginRight: 104,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: '人次 →', grid: true, nice: true },
    y: { domain: data.map((d) => d.label), label: null },
    marks: [
      Plot.barX(shown, { y: 'label', x: 'n', fill: CANDIDATE_COLOR, insetTop: 3, insetBottom: 3 }),
      Plot.barX(shown, { y: 'label', x: 'passed', fill: PASSED_COLOR, insetTop: 7, insetBottom: 7 }),
      Plot.text(shown, { y: 'label', x: 'n', text: (d) => (d.n ? `${formatInt(d.n)}（通过 ${formatPercent(d.rate, 0)}）` : '0'), textAnchor: 'start', dx: 4, fill: '#1a1f26' }),
      Plot.text(withheld, { y: 'label', frameAnchor: 'left', text: () => '不公布', textAnchor: 'start', dx: 4, fill: '#5f6b7a' }),
      Plot.ruleX([0])
    ]
  });
}
