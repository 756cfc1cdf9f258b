import { describe, expect, it } from 'vitest';
import { isWageCellPublishable, suppressCounts } from '../../src/lib/core/disclosure';

describe('isWageCellPublishable', () => {
  it('needs 30 workers and 3 enterprises', () => {
    expect(isWageCellPublishable(29, 3)).toBe(false);
    expect(isWageCellPublishable(30, 3)).toBe(true);
    expect(isWageCellPublishable(30, 2)).toBe(false);
  });
});

/** Every equation has 0 or ≥ 2 withheld members, and withheld children of a published parent sum to ≥ min. */
function safe(counts: number[], groups: number[][], w: boolean[], min = 5): boolean {
  return groups.every(([p, ...cs]) => {
    const k = [p, ...cs].filter((i) => w[i]).length;
    const sum = cs.filter((i) => w[i]).reduce((a, i) => a + counts[i], 0);
    return k !== 1 && (w[p] || k === 0 || sum >= min);
  });
}

describe('suppressCounts', () => {
  it('withholds counts under the threshold', () => {
    expect(suppressCounts([10, 4, 6], [])).toEqual([false, true, false]);
  });
  it('withholds a second child so a total minus the rest reveals nothing', () => {
    const counts = [30, 3, 12, 15];
    const w = suppressCounts(counts, [[0, 1, 2, 3]]);
    expect(w).toEqual([false, true, true, false]);
  });
  it('keeps withholding until the withheld children add up to the threshold', () => {
    const counts = [40, 1, 2, 6, 31];
    const w = suppressCounts(counts, [[0, 1, 2, 3, 4]]);
    expect(w).toEqual([false, true, true, true, false]);
  });
  it('withholds the parent when its only child is withheld', () => {
    expect(suppressCounts([3, 3], [[0, 1]])).toEqual([true, true]);
  });
  it('propagates across overlapping equations', () => {
    // a 2×2 table with margins: cells a b / c d, row sums r1 r2, column sums k1 k2, total t
    const [a, b, c, d] = [2, 20, 30, 40];
    const counts = [a, b, c, d, a + b, c + d, a + c, b + d, a + b + c + d];
    const groups = [[4, 0, 1], [5, 2, 3], [6, 0, 2], [7, 1, 3], [8, 4, 5], [8, 6, 7]];
    const w = suppressCounts(counts, groups);
    expect(w[0]).toBe(true);
    expect(safe(counts, groups, w)).toBe(true);
  });
});
