/**
 * The county map's class colours: ColorBrewer YlGnBu (sequential) or PuOr (diverging), both
 * colour-blind safe, picked as Observable Plot's threshold scale picks them, without loading
 * Plot (the map is on screen at once; the charts that need Plot load when they come into view).
 */
import { schemePuOr, schemeYlGnBu } from 'd3-scale-chromatic';

/** One colour per class: `breaks.length + 1` of them. */
export function classColors(kind: 'sequential' | 'target' | 'diverging', breaks: readonly number[]): string[] {
  if (!breaks.length) return ['#41b6c4'];
  const n = breaks.length + 1;
  if (kind === 'diverging') return n === 2 ? [schemePuOr[3][0], schemePuOr[3][2]] : [...schemePuOr[Math.max(3, n)]].slice(0, n);
  return n === 2 ? [schemeYlGnBu[3][1], schemeYlGnBu[3][2]] : [...schemeYlGnBu[Math.max(3, n)]].slice(0, n);
}
