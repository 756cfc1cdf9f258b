/**
 * What a skill level is worth over the one below it, read off one published ladder (one
 * occupation, region and year): the occupation page's "比下一级高" column and the /match
 * page's "what the next level would add" come from here.
 */
import type { LadderRow } from './queries/occupation';

export interface LevelPremium {
  level: number;
  /** The next lower level with a published median (levels in between may be withheld). */
  from: number;
  diff: number;
  ratio: number;
}

const published = (r: LadderRow | undefined): r is LadderRow & { skill_level: number; p50: number } =>
  !!r && r.skill_level !== null && !r.suppressed && r.p50 !== null;

/** For each level row (sorted by level), its median's premium over the next lower published level. */
export function levelPremiums(levelRows: readonly LadderRow[]): (LevelPremium | null)[] {
  return levelRows.map((r, i) => {
    const below = levelRows.slice(0, i).reverse().find(published);
    if (!published(r) || !below) return null;
    return { level: r.skill_level, from: below.skill_level, diff: r.p50 - below.p50, ratio: r.p50 / below.p50 };
  });
}

export interface NextLevel {
  here: LadderRow;
  next: LadderRow;
  premium: LevelPremium;
}

/** The median at `level` and at the next higher published level, or null when either is withheld or absent. */
export function nextLevel(ladder: readonly LadderRow[], level: number): NextLevel | null {
  const rows = ladder.filter((r) => r.skill_level !== null).sort((a, b) => a.skill_level! - b.skill_level!);
  const premiums = levelPremiums(rows);
  const i = premiums.findIndex((p) => p?.from === level);
  if (i < 0) return null;
  return { here: rows.find((r) => r.skill_level === level)!, next: rows[i], premium: premiums[i]! };
}
