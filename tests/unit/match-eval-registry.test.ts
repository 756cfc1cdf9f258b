import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistrySet, publishRegistry, REGISTRY_DIR } from '../../scripts/lib/match-eval-registry';
import { jobRelevance, seekerRelevance, type LabelJob, type LabelPerson } from '../match-eval/registry/label';

const set = loadRegistrySet();
const truth = JSON.parse(readFileSync(join(REGISTRY_DIR, 'truth.json'), 'utf8'));
const adjacency = set.reference.adjacency as Record<string, string[]>;

const labelJob = (id: string): LabelJob => {
  const j = set.jobs.find((x) => x.job_id === id)!;
  return { ...j, ...truth.jobs[id] };
};

describe('the registry evaluation set', () => {
  it('labels every job × person pair by the written rules (an unlisted pair is another trade)', () => {
    const people: [string, LabelPerson][] = set.people.map((p) => [p.person_id, { ...p, ...truth.people[p.person_id] }]);
    for (const q of [...set.split.tune.jobs, ...set.split.heldout.jobs]) {
      const job = labelJob(q);
      const grades = set.jobQueries.get(q)!.grades;
      for (const [id, p] of people) expect(jobRelevance(job, p, adjacency), `${q} × ${id}`).toEqual(grades.get(id) ?? { relevance: 0, hard: 'trade' });
    }
  });

  it('labels every seeker × job pair by the written rules', () => {
    for (const s of set.seekers) {
      const me: LabelPerson = { ...s, skill_level: Number(s.skill_level), region_code: s.region_code!, expected_salary: s.expected_salary ?? null, willing_to_relocate: s.willing_to_relocate ?? null, ...truth.seekers[s.seeker_id] };
      const grades = set.seekerQueries.get(s.seeker_id)!.grades;
      for (const j of set.jobs) expect(seekerRelevance(labelJob(j.job_id), me, adjacency)).toEqual(grades.get(j.job_id) ?? { relevance: 0, hard: 'trade' });
    }
  });

  it('splits the queries into a tuning part and a larger held-out part that share none', () => {
    const { tune, heldout } = set.split;
    expect(tune.jobs.length + heldout.jobs.length).toBe(30);
    expect(heldout.jobs.length).toBeGreaterThan(tune.jobs.length);
    expect(tune.jobs.filter((j) => heldout.jobs.includes(j))).toEqual([]);
    expect(tune.seekers.filter((s) => heldout.seekers.includes(s))).toEqual([]);
    expect(new Set([...tune.seekers, ...heldout.seekers])).toEqual(new Set(set.seekers.map((s) => s.seeker_id)));
  });

  it('publishes the registry rows without the personal fields, through the publisher’s own steps', () => {
    const { pool } = publishRegistry(set);
    expect(pool).toHaveLength(set.people.length);
    for (const key of ['name', 'gender', 'birth_year', 'ethnicity', 'hukou', 'years_experience', 'expected_salary']) expect(Object.keys(pool[0])).not.toContain(key);
    expect(pool.every((p) => p.expected_salary_min === null || p.expected_salary_min % 1000 === 0)).toBe(true);
  });
});
