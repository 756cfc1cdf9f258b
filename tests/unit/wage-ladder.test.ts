import { describe, expect, it } from 'vitest';
import type { LadderRow, TrendRow } from '../../src/lib/core/queries/occupation';
import { allLevelsRow, definedLevels, ladderLines, medianChanges } from '../../src/lib/core/wages/ladder';

const cell = (skill_level: number | null, p50: number | null, suppressed = false): LadderRow => ({
  skill_level, p10: p50, p25: p50, p50, p75: p50, p90: p50, suppressed, n_workers: 100, n_enterprises: 5, quality_flags: null, unit: '元/年'
});

describe('ladderLines(rows, maxLevel, counts)', () => {
  const rows = [cell(null, 60_000), cell(2, 50_000), cell(3, 56_000, true), cell(4, 52_000), cell(5, 70_000)];
  const lines = ladderLines(rows, 6, [{ skill_level: 4, n: 12, suppressed: false }]);

  it('lists every level the standard defines, with no cell (missing) where nothing was published', () => {
    expect(lines.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(lines.filter((l) => l.cell === null).map((l) => l.level)).toEqual([0, 1, 6]);
  });
  it('keeps a withheld cell as withheld, not as missing', () => expect(lines[3].cell?.suppressed).toBe(true));
  it('gives the premium over the next lower published level, skipping withheld ones, negative when the level pays less', () => {
    expect(lines[4].premium).toEqual({ level: 4, from: 2, diff: 2_000, ratio: 1.04 });
    expect(lines[5].premium).toMatchObject({ from: 4, diff: 18_000 });
    expect(ladderLines([cell(4, 58_000), cell(5, 51_733)], 5)[5].premium?.diff).toBe(-6_267);
  });
  it('has no premium for the lowest published level or a withheld one', () => expect([lines[2].premium, lines[3].premium]).toEqual([null, null]));
  it('joins the registry counts by level', () => expect(lines.map((l) => l.registered?.n ?? null)).toEqual([null, null, null, null, 12, null, null]));
  it('lists levels 0–8 when the standard top is unknown', () => expect(definedLevels(null)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]));
  it('finds the all-levels row', () => expect(allLevelsRow(rows)?.p50).toBe(60_000));
});

describe('medianChanges(trend)', () => {
  it('is the median against the year before, null across a withheld year', () => {
    const t = (year: number, p50: number | null, suppressed = false): TrendRow => ({ ...cell(null, p50, suppressed), year });
    expect(medianChanges([t(2023, 50_000), t(2024, 55_000), t(2025, null, true), t(2026, 60_000)])).toEqual([null, 0.10000000000000009, null, null]);
  });
});
