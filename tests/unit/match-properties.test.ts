/**
 * The matcher is monotone and blind by construction: property tests (fast-check) over arbitrary
 * people and jobs in the fixture world. A score of −∞ stands for "not a candidate" (a gate failed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex, matchJobQuery, matchSeekerQuery, type JobRow, type PoolRow } from '../../src/lib/core/match';
import { buildCatalogue } from '../../src/lib/core/match/catalogue';
import { combinedFit, employerFit, personFromRow, personFromSeeker, prepareJob, seekerFit } from '../../src/lib/core/match/fit';
import { jobFromRow, normalizeSeeker } from '../../src/lib/core/match/normalize-query';
import { pinyinReadings } from '../../src/lib/core/pinyin';
import { ADJACENCY, CERTIFICATES, OCCUPATIONS, REGIONS, SKILLS, world } from '../helpers/match-fixture';

const cat = buildCatalogue(world([]), pinyinReadings);
const SKILL_IDS = SKILLS.map((s) => s.skill_id);
const CERT_IDS = CERTIFICATES.map((c) => c.cert_id);
const COUNTIES = REGIONS.filter((r) => r.kind === 'county').map((r) => r.code);
const OCCS = OCCUPATIONS.map((o) => o.code);
const RUNS = { numRuns: 300 };

const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const band = fc.option(fc.integer({ min: 2, max: 22 }).map((k) => (k >= 20 ? { min: 20000, max: null } : { min: k * 1000, max: k * 1000 + 1000 })), { nil: null });

const person = fc.record({
  ref: fc.constantFrom('R1', 'R2', 'R3'),
  occupation_code: fc.constantFrom(...OCCS),
  skill_level: fc.integer({ min: 0, max: 8 }),
  region_code: fc.constantFrom(...COUNTIES),
  skills: subset(SKILL_IDS),
  skills_inferred: subset(SKILL_IDS),
  certificates: subset(CERT_IDS),
  honors: subset(['红河州技术能手', '全国技术能手']),
  competition_awards: subset(['2024:provincial:gold', '2023:county:bronze']),
  experience_band: fc.constantFrom('0-2', '3-5', '6-10', '11-15', '16+', null),
  availability: fc.constantFrom('available', 'open', 'unavailable'),
  willing_to_relocate: fc.constantFrom(true, false, null),
  pay: band
}).map(({ pay, ...p }): PoolRow => ({ ...p, expected_salary_min: pay?.min ?? null, expected_salary_max: pay?.max ?? null }));

const job = fc
  .record({
    job_id: fc.constant('J'),
    occupation_code: fc.constantFrom(...OCCS, '6-18-02', '6'),
    min_level: fc.integer({ min: 0, max: 7 }),
    required_skills: subset(SKILL_IDS),
    preferred_skills: subset(SKILL_IDS),
    required_certificates: subset(CERT_IDS),
    region_code: fc.option(fc.constantFrom(...COUNTIES), { nil: null }),
    lo: fc.integer({ min: 3, max: 12 }),
    width: fc.integer({ min: 0, max: 6 })
  })
  .map(({ lo, width, ...j }): JobRow => ({ ...j, salary_min: lo * 1000, salary_max: (lo + width) * 1000 }));

const score = (j: JobRow, p: PoolRow) => employerFit(prepareJob(cat, jobFromRow(cat, j)), personFromRow(cat, p), ADJACENCY)?.score ?? -Infinity;
const inRange = (j: JobRow, p: PoolRow) => p.expected_salary_min !== null && p.expected_salary_max !== null && p.expected_salary_min >= j.salary_min! && p.expected_salary_max <= j.salary_max!;

describe('job → candidates never lowers a score when the person gets better', () => {
  it('adding a required skill (or turning an inferred one into a sure one)', () => {
    fc.assert(
      fc.property(job, person, fc.nat(), (j, p, k) => {
        const s = j.required_skills!.length ? j.required_skills![k % j.required_skills!.length] : SKILL_IDS[k % SKILL_IDS.length];
        expect(score(j, { ...p, skills: [...p.skills!, s] })).toBeGreaterThanOrEqual(score(j, p));
        expect(score(j, { ...p, skills_inferred: [...p.skills_inferred!, s] })).toBeGreaterThanOrEqual(score(j, p));
      }),
      RUNS
    );
  });
  it('raising the level', () => {
    fc.assert(
      fc.property(job, person, (j, p) => {
        expect(score(j, { ...p, skill_level: Math.min(8, p.skill_level + 1) })).toBeGreaterThanOrEqual(score(j, p));
      }),
      RUNS
    );
  });
  it('adding a certificate', () => {
    fc.assert(
      fc.property(job, person, fc.constantFrom(...CERT_IDS), (j, p, c) => {
        expect(score(j, { ...p, certificates: [...p.certificates!, c] })).toBeGreaterThanOrEqual(score(j, p));
      }),
      RUNS
    );
  });
  it('moving expected pay into the job’s range, which raises the score of a candidate whose pay was outside it', () => {
    fc.assert(
      fc.property(
        job.filter((j) => j.salary_max! - j.salary_min! >= 1000),
        person,
        (j, p) => {
          const moved = { ...p, expected_salary_min: j.salary_min, expected_salary_max: j.salary_min! + 1000 };
          const [before, after] = [score(j, p), score(j, moved)];
          expect(after).toBeGreaterThanOrEqual(before);
          if (before > -Infinity && !inRange(j, p)) expect(after).toBeGreaterThan(before);
        }
      ),
      RUNS
    );
  });
  it('moving to the job’s county', () => {
    fc.assert(
      fc.property(job, person, (j, p) => {
        expect(score(j, { ...p, region_code: j.region_code ?? p.region_code })).toBeGreaterThanOrEqual(score(j, p));
      }),
      RUNS
    );
  });
});

describe('job → candidates never changes a score for what must not matter', () => {
  const SPELLINGS: Record<string, string[]> = {
    SK001: ['氩弧焊', 'ＴＩＧ焊', 'tig焊', '熟练掌握氩弧焊', '钨极氩弧焊', '氩弧焊经验', ' 氩 弧焊 '],
    SK002: ['二氧化碳气体保护焊', '二保焊', 'CO2焊', 'ＣＯ２焊', '会二保焊', 'MAG焊'],
    SK003: ['焊条电弧焊', '手工电弧焊', '熟练掌握焊条电弧焊'],
    SK007: ['管道焊接', '管道焊', '管道焊接技术'],
    SK014: ['机械识图', '识图', '会识图'],
    SK016: ['数控车床编程', '数控车编程', '熟练掌握数控车床编程'],
    SK040: ['低压配电', '低压配电经验'],
    SK050: ['滇菜烹饪', '滇菜', '会滇菜']
  };
  it('protected attributes and names, had they reached the row', () => {
    fc.assert(
      fc.property(job, person, fc.string(), fc.constantFrom('F', 'M'), fc.integer({ min: 1950, max: 2005 }), (j, p, name, gender, birth_year) => {
        const leaked = { ...p, display_name: `${name}师傅`, name, gender, birth_year, ethnicity: '彝族', hukou: '农业', marital_status: '已婚' } as PoolRow;
        expect(score(j, leaked)).toBe(score(j, p));
      }),
      RUNS
    );
  });
  it('the spelling and order of the person’s skills', () => {
    fc.assert(
      fc.property(job, person, fc.nat(), (j, p, k) => {
        const ids = p.skills!.filter((s) => SPELLINGS[s]);
        const written = ids.map((s, i) => SPELLINGS[s][(k + i) % SPELLINGS[s].length]).reverse();
        expect(score(j, { ...p, skills: written })).toBe(score(j, { ...p, skills: ids }));
      }),
      RUNS
    );
  });
  it('the order of the pool: the ranking, scores and ties included', () => {
    fc.assert(
      fc.property(job, fc.array(person, { minLength: 1, maxLength: 12 }), fc.nat(), (j, people, seed) => {
        const pool = people.map((p, i) => ({ ...p, ref: `R${i}` }));
        const shuffled = [...pool].sort((a, b) => ((a.ref.charCodeAt(1) * 31 + seed) % 7) - ((b.ref.charCodeAt(1) * 31 + seed) % 7));
        const run = (rows: PoolRow[]) => {
          const index = buildMatchIndex(world(rows));
          return matchJobQuery(index, jobFromRow(index.catalogue, j), { top: rows.length, explain: 0 }).map((r) => [r.ref, r.score]);
        };
        expect(run(shuffled)).toEqual(run(pool));
      }),
      { numRuns: 100 }
    );
  });
});

describe('seeker → jobs never lowers a job’s score when the seeker gets better', () => {
  const seekerScore = (j: JobRow, p: PoolRow) => {
    const prepared = prepareJob(cat, jobFromRow(cat, j));
    const me = personFromSeeker(cat, normalizeSeeker(cat, { ...p, skills: p.skills ?? [], skills_inferred: p.skills_inferred ?? [], certificates: p.certificates ?? [], honors: [], competition_awards: [] }));
    const e = employerFit(prepared, me, ADJACENCY);
    return e ? combinedFit(e.score, seekerFit(prepared, me).score) : -Infinity;
  };
  it('adding a skill or a certificate, or moving to the job’s county', () => {
    fc.assert(
      fc.property(job, person, fc.constantFrom(...SKILL_IDS), fc.constantFrom(...CERT_IDS), (j, p, s, c) => {
        const before = seekerScore(j, p);
        expect(seekerScore(j, { ...p, skills: [...p.skills!, s] })).toBeGreaterThanOrEqual(before);
        expect(seekerScore(j, { ...p, certificates: [...p.certificates!, c] })).toBeGreaterThanOrEqual(before);
        expect(seekerScore(j, { ...p, region_code: j.region_code ?? p.region_code })).toBeGreaterThanOrEqual(before);
      }),
      RUNS
    );
  });
  it('a seeker’s name, gender or birth year, if given, changes nothing', () => {
    fc.assert(
      fc.property(person, fc.string(), (p, name) => {
        const index = buildMatchIndex(world([], [{ job_id: 'J1', occupation_code: p.occupation_code, min_level: Math.max(0, p.skill_level - 1), required_skills: p.skills, preferred_skills: [], required_certificates: [], region_code: COUNTIES[0], salary_min: 5000, salary_max: 9000 }]));
        const q = normalizeSeeker(index.catalogue, { ...p, skills: p.skills ?? [], skills_inferred: p.skills_inferred ?? [], certificates: p.certificates ?? [], honors: [], competition_awards: [] });
        const leaked = { ...q, name, gender: 'F', birth_year: 1980 } as typeof q;
        expect(matchSeekerQuery(index, leaked)).toEqual(matchSeekerQuery(index, q));
      }),
      { numRuns: 100 }
    );
  });
});
