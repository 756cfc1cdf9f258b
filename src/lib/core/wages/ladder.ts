/**
 * The occupation page's ladder table, one line per level the occupation's standard defines: the
 * published cell (or none), what it pays over the next lower published level, and how many people
 * the registry holds at that level. And the trend table's year-on-year change of the median.
 */
import { levelPremiums, type LevelPremium } from '../level-premium';
import type { LadderRow, LevelCount, TrendRow } from '../queries/occupation';
import { MAX_LEVEL, MIN_LEVEL } from '../skill-levels';

export interface LadderLine {
  level: number;
  /** Null: no cell at all for this level (missing, not withheld). */
  cell: LadderRow | null;
  premium: LevelPremium | null;
  registered: LevelCount | null;
}

/** Levels 0…maxLevel (every level when the standard's top is unknown). */
export const definedLevels = (maxLevel: number | null): number[] =>
  Array.from({ length: (maxLevel ?? MAX_LEVEL) - MIN_LEVEL + 1 }, (_, i) => MIN_LEVEL + i);

export function ladderLines(rows: readonly LadderRow[], maxLevel: number | null, counts: readonly LevelCount[] = []): LadderLine[] {
  const levelRows = rows.filter((r) => r.skill_level !== null).sort((a, b) => a.skill_level! - b.skill_level!);
  const premiums = levelPremiums(levelRows);
  return definedLevels(maxLevel).map((level) => {
    const i = levelRows.findIndex((r) => r.skill_level === level);
    return {
      level,
      cell: i >= 0 ? levelRows[i] : null,
      premium: i >= 0 ? premiums[i] : null,
      registered: counts.find((c) => c.skill_level === level) ?? null
    };
  });
}

/** The all-levels row of a ladder (skill_level null), if published. */
export const allLevelsRow = (rows: readonly LadderRow[]): LadderRow | null => rows.find((r) => r.skill_level === null) ?? null;

/** Each year's median against the year before (null when either is withheld or absent). */
export const medianChanges = (trend: readonly TrendRow[]): (number | null)[] =>
  trend.map((t, i) => {
    const prev = trend[i - 1];
    return prev?.p50 && t.p50 && !t.suppressed && !prev.suppressed ? t.p50 / prev.p50 - 1 : null;
  });
