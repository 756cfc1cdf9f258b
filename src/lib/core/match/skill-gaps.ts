/**
 * A seeker's skill gaps, read off the jobs the matcher found: each required skill they lack, with
 * the number of those jobs asking for it, most asked first. /match links each to the courses
 * that teach it.
 */
import type { JobResult } from './types';

export interface SkillGap {
  skill: string;
  /** Of the listed jobs, how many require it. */
  jobs: number;
}

export function skillGaps(results: readonly Pick<JobResult, 'missing_skills'>[], limit = 6): SkillGap[] {
  const count = new Map<string, number>();
  for (const r of results) for (const s of new Set(r.missing_skills)) count.set(s, (count.get(s) ?? 0) + 1);
  return [...count]
    .map(([skill, jobs]) => ({ skill, jobs }))
    .sort((a, b) => b.jobs - a.jobs || a.skill.localeCompare(b.skill))
    .slice(0, limit);
}
