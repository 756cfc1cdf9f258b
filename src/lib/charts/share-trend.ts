/**
 * The high-skill share over the statistical years against the 1/3 target (dashed line): the
 * selected region, and optionally a reference region (the prefecture, or the compared county)
 * in grey. A year whose share cannot be computed (a withheld cell) is a gap, not a guess.
 */
import * as Plot from '@observablehq/plot';
import { HIGH_SKILL_SHARE_TARGET } from '../core/targets';
import type { ShareYear } from '../core/talent-metrics';

export interface ShareSeries {
  name: string;
  years: readonly ShareYear[];
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

export function shareTrendChart(main: ShareSeries, reference: ShareSeries | null, { width, document }: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const points = (s: ShareSeries) => s.years.map((y) => ({ name: s.name, year: y.year, share: y.share.value }));
  const a = points(main);
  const b = reference ? points(reference) : [];
  const values = [...a, ...b].map((d) => d.share).filter((v): v is number => v !== null);
  const top = Math.max(HIGH_SKILL_SHARE_TARGET * 1.15, ...values.map((v) => v * 1.1));
  return Plot.plot({
    document,
    width,
    height: 240,
    marginLeft: 44,
    marginRight: 80,
    style: { fontSize: '12px', fontFamily: 'inherit' },
    x: { label: '统计年度', tickFormat: (d: number) => String(d), ticks: a.map((d) => d.year), inset: 12 },
    y: { label: '↑ 高技能人才占比', grid: true, tickFormat: pct, domain: [0, top] },
    marks: [
      Plot.ruleY([HIGH_SKILL_SHARE_TARGET], { stroke: '#b3541e', strokeWidth: 1.5, strokeDasharray: '5 4' }),
      Plot.text([HIGH_SKILL_SHARE_TARGET], { y: (d) => d, frameAnchor: 'right', text: () => '目标 1/3', fill: '#b3541e', textAnchor: 'start', dx: 6 }),
      ...(b.length
        ? [
            Plot.lineY(b, { x: 'year', y: 'share', stroke: '#8a96a3', strokeWidth: 1.5 }),
            Plot.dot(b.filter((d) => d.share !== null), { x: 'year', y: 'share', fill: '#8a96a3', r: 3 }),
            Plot.text(b.filter((d) => d.share !== null).slice(-1), { x: 'year', y: 'share', text: 'name', textAnchor: 'start', dx: 6, fill: '#5f6b7a' })
          ]
        : []),
      Plot.lineY(a, { x: 'year', y: 'share', stroke: '#0f4c81', strokeWidth: 2.5 }),
      Plot.dot(a.filter((d) => d.share !== null), { x: 'year', y: 'share', fill: '#0f4c81', r: 4, title: (d) => `${d.name} ${d.year} 年 ${((d.share ?? 0) * 100).toFixed(1)}%` }),
      Plot.text(a.filter((d) => d.share !== null).slice(-1), { x: 'year', y: 'share', text: 'name', textAnchor: 'start', dx: 6, fill: '#0f4c81', fontWeight: 600 })
    ]
  });
}
