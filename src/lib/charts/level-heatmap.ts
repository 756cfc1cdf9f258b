/**
 * Occupation groups (大类 or 中类) × skill level as a grid of published counts. Colour follows the
 * count on a square-root scale (a few large groups would otherwise wash out the rest); nobody
 * registered is a pale cell marked 0, a withheld cell is grey with *, a region-year without data
 * shows —.
 */
import * as Plot from '@observablehq/plot';
import { SKILL_LEVELS } from '../core/skill-levels';
import type { CrossRow } from '../core/talent-metrics';
import { fitLabel } from './fit-label';

export function levelHeatmapChart(rows: readonly CrossRow[], name: (code: string) => string, { width, document }: { width: number; document?: Document }): SVGSVGElement | HTMLElement {
  const cells = rows.flatMap((r) => r.levels.map((c, level) => ({ group: name(r.value), level: SKILL_LEVELS[level].short, n: c.n, status: c.status })));
  const published = cells.filter((c) => c.n !== null);
  const withheld = cells.filter((c) => c.status === 'suppressed');
  const none = cells.filter((c) => c.status === 'missing');
  const marginLeft = Math.min(220, width * 0.4);
  // on a phone a column is narrower than a slanted level name: the names stand upright
  const column = (width - marginLeft) / SKILL_LEVELS.length;
  return Plot.plot({
    document,
    width,
    height: 72 + rows.length * 24,
    marginTop: 64,
    marginLeft,
    marginBottom: 8,
    style: { fontSize: '11px', fontFamily: 'inherit' },
    x: { domain: SKILL_LEVELS.map((l) => l.short), label: null, axis: 'top', tickRotate: column < 32 ? -90 : -40 },
    y: { domain: rows.map((r) => name(r.value)), label: null, tickFormat: fitLabel(marginLeft, 11) },
    color: { type: 'sqrt', scheme: 'blues', domain: [0, Math.max(1, ...published.map((c) => c.n!))] },
    marks: [
      Plot.cell(published, { x: 'level', y: 'group', fill: 'n', inset: 0.5 }),
      Plot.cell(withheld, { x: 'level', y: 'group', fill: '#d5d9de', inset: 0.5 }),
      Plot.text(withheld, { x: 'level', y: 'group', text: () => '*', fill: '#1a1f26' }),
      Plot.text(published.filter((c) => c.n === 0), { x: 'level', y: 'group', text: () => '0', fill: '#8a96a3' }),
      Plot.text(none, { x: 'level', y: 'group', text: () => '—', fill: '#8a96a3' })
    ]
  });
}
