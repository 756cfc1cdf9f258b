/** A seeker's skill gaps over the jobs found: counted once per job, most asked first, ties by id. */
import { describe, expect, it } from 'vitest';
import { skillGaps } from '../../src/lib/core/match/skill-gaps';

describe('skillGaps', () => {
  it('counts each missing skill once per job, most asked first, and keeps the first few', () => {
    const results = [{ missing_skills: ['S2', 'S1'] }, { missing_skills: ['S1', 'S1'] }, { missing_skills: [] }, { missing_skills: ['S3', 'S1', 'S2'] }];
    expect(skillGaps(results)).toEqual([
      { skill: 'S1', jobs: 3 },
      { skill: 'S2', jobs: 2 },
      { skill: 'S3', jobs: 1 }
    ]);
    expect(skillGaps(results, 1)).toEqual([{ skill: 'S1', jobs: 3 }]);
  });
  it('is empty when the seeker holds every required skill', () => {
    expect(skillGaps([{ missing_skills: [] }])).toEqual([]);
  });
});
