/** How the /wages/ search narrows the table. */
import type { OccupationHit } from '../search/occupation-search';

/**
 * A broad query (one letter) would list most of the tree; the most relevant are shown. The table
 * shows the hits and their groups, so this also bounds the rows a keystroke re-renders.
 */
export const MAX_SEARCH_HITS = 25;

/** "找到 3 个职业", or "显示最相关的 25 个职业" when the search was cut at `max`. */
export function searchCountLabel(hits: readonly OccupationHit[], inTable: ReadonlySet<string>, max = MAX_SEARCH_HITS): string {
  const found = hits.filter((h) => inTable.has(h.code)).length;
  return hits.length >= max ? `显示最相关的 ${found} 个职业` : `找到 ${found} 个职业`;
}
