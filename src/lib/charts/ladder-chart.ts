/**
 * The skill-level ladder: per level, a thin rule P10–P90, a box P25–P75 and a dot at the median;
 * optionally a salary being checked, as a vertical rule. The table beside it carries the same
 * figures for screen readers and for readers without JavaScript.
 */
import * as Plot from '@observablehq/plot';
import { formatInt, formatWan } from '../core/format';
import { skillLevelLabel } from '../core/skill-levels';
import type { PercentileCell } from '../core/wage-cell';

export interface LadderDatum extends PercentileCell {
  skill_level: number | null;
}

export interface LadderOptions {
  width: number;
  /** Annual figure to mark, 元/年. */
  salary?: number | null;
  /** For rendering outside a browser (tests). */
  document?: Document;
}


const drawn = (r: LadderDatum) => r.skill_level !== null && !r.suppressed && r.p50 !== null;

/** The chart's height in px, known before it is drawn (so the page can reserve it). */
export const ladderChartHeight = (rows: readonly LadderDatum[]): number => 40 + rows.filter(drawn).length * 34;

export function ladderChart(rows: readonly LadderDatum[], { width, salary = null, document }: LadderOptions): SVGSVGElement | HTMLElement {
  const data = rows.filter(drawn).map((r) => ({ ...r, label: skillLevelLabel(r.skill_level) }));
  return Plot.plot({
    document,
    width,
    height: ladderChartHeight(rows),
    marginLeft: 112,
    marginRight: 24,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: '年工资（元/年）→', grid: true, tickFormat: formatWan, nice: true, zero: false },
    y: { domain: data.map((d) => d.label), label: null },
    marks: [
      Plot.ruleY(data, { y: 'label', x1: (d) => d.p10 ?? d.p25 ?? d.p50, x2: (d) => d.p90 ?? d.p75 ?? d.p50, stroke: '#8a96a3', strokeWidth: 1.5 }),
      Plot.barX(data.filter((d) => d.p25 !== null && d.p75 !== null), { y: 'label', x1: 'p25', x2: 'p75', fill: '#9cc3e6', insetTop: 8, insetBottom: 8 }),
      Plot.dot(data, { y: 'label', x: 'p50', r: 5, fill: '#0f4c81', stroke: 'white', strokeWidth: 1.5, title: (d) => `${d.label} 中位数 ${formatInt(d.p50)} 元/年` }),
      ...(salary !== null && Number.isFinite(salary)
        ? [
            Plot.ruleX([salary], { stroke: '#b3541e', strokeWidth: 2, strokeDasharray: '4 3' }),
            Plot.text([salary], { x: (d) => d, frameAnchor: 'top', dy: -2, text: () => '核对', fill: '#b3541e', lineAnchor: 'bottom' })
          ]
        : [])
    ]
  });
}
