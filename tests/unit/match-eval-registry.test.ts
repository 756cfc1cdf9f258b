import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistrySet, publishPerson, publishRegistry, registryVocabularies, REGISTRY_DIR } from '../../scripts/lib/match-eval-registry';
import { publishSources } from '../helpers/publish';
import { baseTables, writeSources } from '../helpers/sources';
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

  it('publishes a person exactly as the real publisher does (skills, inferred skills, certificates, bands)', async () => {
    const ref = set.reference;
    const v = registryVocabularies(ref);
    const counties = new Set(ref.regions.filter((r) => r.kind === 'county').map((r) => r.code));
    // people whose certificates all read (an unreadable one fails the publish, as it should)
    const people = set.people.filter((p) => counties.has(p.region_code) && p.certificates.split(/[;；]/).filter(Boolean).every((c) => v.certificates.resolve(c) !== null)).slice(0, 300);
    const t = baseTables();
    const list = (xs: readonly string[] | null | undefined) => (xs ?? []).join(';');
    t.regions = [['code', 'name', 'parent_code', 'kind'], ...ref.regions.map((r) => [r.code, r.name, r.kind === 'prefecture' ? '530000' : '532500', r.kind])];
    t.occupation_groups = [['code', 'name'], ...ref.occupationGroups!.map((g) => [g.code, g.name])];
    t.occupations = [['code', 'name', 'aliases', 'marks', 'max_level'], ...ref.occupations.map((o) => [o.code, o.name, '', '', ''])];
    t.skills = [['skill_id', 'name', 'synonyms', 'occupation_codes'], ...ref.skills.map((x) => [x.skill_id, x.name, list(x.synonyms), list(x.occupation_codes)])];
    t.certificates = [['cert_id', 'name', 'kind', 'mandatory_for', 'aliases'], ...ref.certificates.map((c) => [c.cert_id, c.name, c.kind, list(c.mandatory_for), list(c.aliases)])];
    t.talent = [
      t.talent[0],
      ...people.map((p, i) => [p.person_id, '2024', p.name, `53250119800101${String(i).padStart(4, '0')}`, `139${String(i).padStart(8, '0')}`, p.gender, String(p.birth_year), p.region_code, p.occupation_code, String(p.skill_level), p.certificates, p.skills, p.years_experience === null ? '' : String(p.years_experience), '某公司', 'C', p.honors, '', p.availability, p.willing_to_relocate === null ? '' : p.willing_to_relocate ? '是' : '否', p.expected_salary === null ? '' : String(p.expected_salary), '是', '2024-06-01'])
    ];
    for (const k of ['jobs', 'competitions', 'competition_results', 'wage_survey', 'wage_prices']) delete t[k];
    const out = await publishSources(await writeSources(t));
    expect(out.result.ok, out.messages.slice(0, 5).join('\n')).toBe(true);
    const refs = new Map((await readFile(join(out.private, 'talent_refs.csv'), 'utf8')).trim().split(/\r?\n/).slice(1).map((l) => l.split(',')).map(([r, pid]) => [r, pid]));
    const pool = await out.read<{ ref: string; skills: string[]; skills_inferred: string[]; certificates: string[]; experience_band: string | null; expected_salary_min: number | null }>('talent_pool');
    expect(pool).toHaveLength(people.length);
    const byId = new Map(people.map((p) => [p.person_id, p]));
    let inferred = 0;
    for (const row of pool) {
      const mine = publishPerson(v, byId.get(refs.get(row.ref)!)!);
      inferred += row.skills_inferred.length;
      expect({ skills: [...row.skills].sort(), skills_inferred: [...row.skills_inferred].sort(), certificates: [...row.certificates].sort(), experience_band: row.experience_band, pay: row.expected_salary_min }).toEqual({
        skills: [...(mine.skills ?? [])].sort(),
        skills_inferred: [...(mine.skills_inferred ?? [])].sort(),
        certificates: [...(mine.certificates ?? [])].sort(),
        experience_band: mine.experience_band,
        pay: mine.expected_salary_min
      });
    }
    expect(inferred).toBeGreaterThan(0);
  });
});
