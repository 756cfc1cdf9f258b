import { describe, expect, it } from 'vitest';
import {
  buildMatchIndex,
  createMatchHandler,
  matchJob,
  matchJobId,
  matchJobQuery,
  matchSeeker,
  matchSeekerQuery,
  matchSeekerRef,
  normalizeJob,
  normalizeSeeker,
  readingSentence,
  WEIGHTS,
  type JobInput,
  type PoolRow
} from '../../src/lib/core/match';
import { buildCatalogue, certificateLevel } from '../../src/lib/core/match/catalogue';
import { salaryFit } from '../../src/lib/core/match/components';
import { personFromRow, prepareJob } from '../../src/lib/core/match/fit';
import { rankCandidates } from '../../src/lib/core/match/score';
import { rankCandidatesByObjects } from '../../src/lib/core/match/object-scorer';
import { TopK } from '../../src/lib/core/match/topk';
import { READ_CREDIT } from '../../src/lib/core/match/weights';
import { gatesWording, levelGateWording } from '../../src/lib/core/match/gate-wording';
import { pinyinReadings } from '../../src/lib/core/pinyin';
import { rng, syntheticJobs, syntheticPool } from '../../scripts/lib/synthetic-pool';
import { CERTIFICATES, OCCUPATIONS, SKILLS, WELDING_JOB, welder, world } from '../helpers/match-fixture';

/** The person's score for the job, or null when a gate keeps them out. */
function scoreOf(p: PoolRow, job: JobInput = WELDING_JOB): number | null {
  return matchJob(buildMatchIndex(world([p])), job, { top: 1 })[0]?.score ?? null;
}

describe('weights', () => {
  it('sum to 1, so a perfect fit scores 1', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(scoreOf(welder('R1', { skill_level: 6, experience_band: '16+', honors: ['中华技能大奖'] }))).toBe(1);
  });
});

describe('gates', () => {
  it('let a person one level below the minimum through, and not two', () => {
    expect(scoreOf(welder('R1', { skill_level: 3 }))).not.toBeNull();
    expect(scoreOf(welder('R1', { skill_level: 2 }))).toBeNull();
  });
  it('one level below scores less than at the minimum', () => {
    expect(scoreOf(welder('R1', { skill_level: 3 }))!).toBeLessThan(scoreOf(welder('R1'))!);
  });
  it('keep out a person without a legally mandatory 特种作业 certificate, even when the job does not list it', () => {
    expect(scoreOf(welder('R1', { certificates: ['JN4'] }))).toBeNull();
    const unlisted = { ...WELDING_JOB, required_certificates: [] };
    expect(scoreOf(welder('R1', { certificates: [] }), unlisted)).toBeNull();
    expect(scoreOf(welder('R1', { certificates: ['TZ01'] }), unlisted)).not.toBeNull();
  });
  it('score, not gate, a required certificate that is no legal precondition', () => {
    const without = scoreOf(welder('R1', { certificates: ['TZ01'] }));
    expect(without).not.toBeNull();
    expect(without!).toBeLessThan(scoreOf(welder('R1'))!);
  });
  it('count a higher skill-level certificate as holding the lower one', () => {
    expect(scoreOf(welder('R1', { certificates: ['TZ01', 'JN5'] }))).toBe(scoreOf(welder('R1')));
    expect(scoreOf(welder('R1', { certificates: ['TZ01', 'JN3'] }))!).toBeLessThan(scoreOf(welder('R1'))!);
  });
  it('admit the same 小类 and related occupations, not other groups', () => {
    const base = { certificates: ['TZ01', 'JN4'] };
    const same = scoreOf(welder('R1', base))!;
    const unitGroup = scoreOf(welder('R1', { ...base, occupation_code: '6-18-02-01' }))!;
    const related = scoreOf(welder('R1', { ...base, occupation_code: '6-29-03-02' }))!;
    expect(unitGroup).toBeLessThan(related);
    expect(related).toBeLessThan(same);
    expect(scoreOf(welder('R1', { ...base, occupation_code: '6-18-01-01' }))).toBeNull();
    expect(scoreOf(welder('R1', { ...base, occupation_code: '4-03-02-01' }))).toBeNull();
  });
  it('treat a job that names a group as covering every 细类 in it', () => {
    const groupJob = { ...WELDING_JOB, occupation_code: '6-18-02' };
    expect(scoreOf(welder('R1'), groupJob)).toBe(scoreOf(welder('R1')));
    expect(scoreOf(welder('R1', { occupation_code: '6-18-02-01' }), groupJob)).toBe(scoreOf(welder('R1'), groupJob));
    expect(scoreOf(welder('R1', { certificates: ['JN4'] }), groupJob)).toBeNull();
  });
});

describe('components are monotone', () => {
  it('one more required skill never lowers the score', () => {
    const job = { ...WELDING_JOB, required_skills: ['SK001', 'SK002', 'SK003'] };
    let prev = -1;
    for (const skills of [[], ['SK001'], ['SK001', 'SK002'], ['SK001', 'SK002', 'SK003']]) {
      const s = scoreOf(welder('R1', { skills }), job)!;
      expect(s).toBeGreaterThan(prev);
      prev = s;
    }
  });
  it('a skill outside the job never changes the score', () => {
    expect(scoreOf(welder('R1', { skills: ['SK001', 'SK002', 'SK007', 'SK050', 'SK016'] }))).toBe(scoreOf(welder('R1')));
  });
  it('a preferred skill raises the score', () => {
    expect(scoreOf(welder('R1', { skills: ['SK001', 'SK002'] }))!).toBeLessThan(scoreOf(welder('R1'))!);
  });
  it('a higher level never lowers the score', () => {
    let prev = -1;
    for (let level = 3; level <= 8; level++) {
      const s = scoreOf(welder('R1', { skill_level: level }))!;
      expect(s).toBeGreaterThanOrEqual(prev);
      prev = s;
    }
  });
  it('location: same county > adjacent > elsewhere; willing to relocate never hurts', () => {
    const at = (region_code: string, willing_to_relocate: boolean | null) => scoreOf(welder('R1', { region_code, willing_to_relocate }))!;
    expect(at('532501', false)).toBeGreaterThan(at('532503', false));
    expect(at('532503', false)).toBeGreaterThan(at('532524', false));
    for (const r of ['532501', '532503', '532524']) {
      expect(at(r, true)).toBeGreaterThanOrEqual(at(r, null));
      expect(at(r, null)).toBeGreaterThanOrEqual(at(r, false));
    }
  });
  it('salary is flat inside the range and decays outside, faster above than below', () => {
    expect(salaryFit(6500, 7500, 6500, 9000)).toBe(1);
    expect(salaryFit(8000, 9000, 6500, 9000)).toBe(1);
    // a band that straddles the maximum is partly above it, so moving it into the range raises the fit
    expect(salaryFit(9000, 10000, 6500, 9000)).toBeLessThan(1);
    expect(salaryFit(9000, 10000, 6500, 9000)).toBeGreaterThan(salaryFit(10000, 11000, 6500, 9000));
    const above = [10000, 11000, 12000, 13000].map((e) => salaryFit(e, e + 1000, 6500, 9000));
    expect(above).toEqual([...above].sort((a, b) => b - a));
    expect(above.at(-1)).toBe(0);
    expect(salaryFit(3000, 4000, 6500, 9000)).toBeGreaterThanOrEqual(0.5);
    expect(salaryFit(3000, 4000, 6500, 9000)).toBeLessThan(1);
  });
  it('experience counts up to the cap and no further', () => {
    const s = ['0-2', '3-5', '6-10', '11-15', '16+'].map((experience_band) => scoreOf(welder('R1', { experience_band }))!);
    expect(s).toEqual([...s].sort((a, b) => a - b));
    expect(s[4]).toBe(s[3]);
  });
  it('honours and competition awards raise the score', () => {
    const plain = scoreOf(welder('R1'))!;
    expect(scoreOf(welder('R1', { honors: ['云南省技术能手'] }))!).toBeGreaterThan(plain);
    expect(scoreOf(welder('R1', { competition_awards: ['2024:provincial:gold'] }))!).toBeGreaterThan(plain);
    expect(scoreOf(welder('R1', { honors: ['不认识的称号'] }))).toBe(plain);
  });
});

describe('fairness and invariance', () => {
  const pool = syntheticPool({ occupations: OCCUPATIONS.map((o) => o.code), counties: ['532501', '532503', '532524'], skills: SKILLS.map((s) => ({ ...s, occupation_codes: s.skill_id < 'SK010' ? ['6-18-02-04'] : ['6-18-01-01'] })), certificates: CERTIFICATES }, 400, 9);
  const ranking = (rows: PoolRow[], job: JobInput = WELDING_JOB) => matchJob(buildMatchIndex(world(rows)), job, { top: 50 }).map((r) => [r.ref, r.score]);

  it('a display name, and any attribute the pool does not publish, changes no score', () => {
    const named = pool.map((r, i) => ({ ...r, display_name: i % 2 ? '王师傅' : '欧阳师傅', gender: 'F', birth_year: 1970 + (i % 30) }) as PoolRow);
    expect(ranking(named)).toEqual(ranking(pool));
  });
  it('the order of the pool rows changes nothing (ties go to the reference)', () => {
    const shuffled = [...pool].sort(() => 0).reverse();
    expect(ranking(shuffled)).toEqual(ranking(pool));
  });
  it('the order and spelling of a job’s skills and certificates change no score', () => {
    const spelled = { ...WELDING_JOB, required_skills: ['二保焊', '熟练掌握ＴＩＧ焊'], preferred_skills: ['管道焊接技术'], required_certificates: ['高级工证', '焊工证'] };
    expect(ranking(pool, spelled)).toEqual(ranking(pool));
  });
  it('a person’s skills written as names or synonyms in any order score as their ids', () => {
    const p = welder('R1');
    expect(scoreOf({ ...p, skills: ['管道焊', 'CO2焊', '钨极氩弧焊'], certificates: ['高级工证', '电焊证'] })).toBe(scoreOf(p));
  });
  it('a seeker’s name, gender, birth year or origin, if given, changes nothing', () => {
    const index = buildMatchIndex(world([], [{ ...WELDING_JOB, job_id: 'J1', region_code: '532501', salary_min: 6500, salary_max: 9000, required_skills: ['SK001'], preferred_skills: [], required_certificates: ['TZ01'], min_level: 4 }]));
    const seeker = { occupation_code: '6-18-02-04', skill_level: 4, skills: ['SK001'], certificates: ['TZ01'], region_code: '532503', years_experience: 12 };
    const extra = { ...seeker, name: '张建国', gender: 'F', birth_year: 1962, hukou: '农村', ethnicity: '彝族' } as typeof seeker;
    expect(matchSeeker(index, seeker)).toHaveLength(1);
    expect(matchSeeker(index, extra)).toEqual(matchSeeker(index, seeker));
  });
  it('experience beyond the cap scores like the cap: a 40-year career is no better than 11 years', () => {
    const index = buildMatchIndex(world([], [{ job_id: 'J1', occupation_code: '6-18-02-04', region_code: '532501', min_level: 4, required_skills: [], preferred_skills: [], required_certificates: [], salary_min: null, salary_max: null }]));
    const at = (years_experience: number) => matchSeeker(index, { occupation_code: '6-18-02-04', skill_level: 4, certificates: ['焊工证'], years_experience })[0].score;
    expect(at(40)).toBe(at(11));
    expect(at(11)).toBeGreaterThan(at(4));
  });
  it('the normalised job lists unknown terms instead of guessing', () => {
    const q = normalizeJob(buildCatalogue(world([])), { ...WELDING_JOB, required_skills: ['氩弧焊', '开挖掘机'] });
    expect(q.required_skills).toEqual(['SK001']);
    expect(q.unknown_terms).toEqual(['开挖掘机']);
  });
});

describe('columnar scorer', () => {
  const cat = { occupations: OCCUPATIONS.map((o) => o.code), counties: ['532501', '532503', '532524'], skills: SKILLS.map((s) => ({ ...s, occupation_codes: ['6-18-02-04', '6-29-03-02'] })), certificates: CERTIFICATES };
  const pool = syntheticPool(cat, 3000, 3);
  const jobs = syntheticJobs(cat, 25, 4);
  const index = buildMatchIndex(world(pool, jobs));
  const people = pool.map((r) => personFromRow(index.catalogue, r));

  it('ranks exactly as the object scorer, scores and ties included', () => {
    for (const j of index.jobs) {
      for (const availableOnly of [false, true]) {
        const columnar = rankCandidates(index, j, 40, availableOnly).map(({ id, score }) => ({ ref: index.candidates.refs[id], score }));
        expect(columnar).toEqual(rankCandidatesByObjects(people, j, index.adjacency, 40, availableOnly));
      }
    }
  });
  it('returns the components that make up the score', () => {
    const [r] = matchJobId(index, jobs[0].job_id, { top: 1 })!;
    const sum = Object.entries(r.components).reduce((a, [k, v]) => a + WEIGHTS[k as keyof typeof WEIGHTS] * v, 0);
    expect(sum).toBeCloseTo(r.score, 3);
  });
  it('leaves out people who are not looking when asked to', () => {
    const unavailable = new Set(pool.filter((p) => p.availability === 'unavailable').map((p) => p.ref));
    const refs = (availableOnly: boolean) => matchJobQuery(index, index.jobs[0].query, { top: 100, availableOnly }).map((r) => r.ref);
    expect(refs(false).some((r) => unavailable.has(r))).toBe(true);
    expect(refs(true).length).toBeGreaterThan(0);
    expect(refs(true).some((r) => unavailable.has(r))).toBe(false);
  });
});

describe('TopK', () => {
  it('keeps the k best, ties to the smaller order, whatever the arrival order', () => {
    const r = rng(5);
    const items = Array.from({ length: 500 }, (_, i) => ({ id: i, score: Math.floor(r() * 20) / 20, order: (i * 7919) % 500 }));
    const heap = new TopK(25);
    for (const it of items) heap.push(it.score, it.id, it.order);
    const expected = [...items].sort((a, b) => b.score - a.score || a.order - b.order).slice(0, 25);
    expect(heap.sorted()).toEqual(expected.map(({ id, score }) => ({ id, score })));
  });
});

describe('explanations', () => {
  it('say what fits and what is missing, in Chinese, for the top results only', () => {
    const index = buildMatchIndex(world([welder('R1'), welder('R2', { skill_level: 3, skills: ['SK001'], certificates: ['TZ01'], region_code: '532524', willing_to_relocate: false, expected_salary_min: 11000, expected_salary_max: 12000 })]));
    const [best, second] = matchJob(index, WELDING_JOB, { top: 2, explain: 2 });
    expect(best.reasons!.fits).toContain('职业对口：焊工');
    expect(best.reasons!.fits).toContain('同在个旧市');
    expect(best.reasons!.gaps).toEqual([]);
    expect(second.reasons!.gaps).toEqual([
      '技能等级中级工，低于要求（高级工）一级',
      '缺必备技能：二氧化碳气体保护焊',
      '无优先技能：管道焊接',
      '缺证书：职业技能等级证书(三级/高级工)',
      '在建水县，不愿异地工作',
      '期望月薪 11,000–12,000 元/月，高于岗位上限 9,000 元/月'
    ]);
    expect(matchJob(index, WELDING_JOB, { top: 2, explain: 1 })[1].reasons).toBeUndefined();
  });
});

describe('seeker → jobs', () => {
  const jobs = [
    { job_id: 'PAYS', occupation_code: '6-18-02-04', region_code: '532501', min_level: 4, required_skills: ['SK001'], preferred_skills: [], required_certificates: ['TZ01'], salary_min: 7000, salary_max: 9000 },
    { job_id: 'CHEAP', occupation_code: '6-18-02-04', region_code: '532501', min_level: 4, required_skills: ['SK001'], preferred_skills: [], required_certificates: ['TZ01'], salary_min: 3000, salary_max: 4500 },
    { job_id: 'LOW', occupation_code: '6-18-02-04', region_code: '532501', min_level: 2, required_skills: ['SK001'], preferred_skills: [], required_certificates: ['TZ01'], salary_min: 7000, salary_max: 9000 },
    { job_id: 'COOK', occupation_code: '4-03-02-01', region_code: '532501', min_level: 2, required_skills: [], preferred_skills: [], required_certificates: [], salary_min: 7000, salary_max: 9000 }
  ];
  const index = buildMatchIndex(world([welder('R1')], jobs));

  it('ranks a job far below the seeker’s expected pay, or far below their level, under one that fits', () => {
    const r = matchSeeker(index, { occupation_code: '6-18-02-04', skill_level: '高级工', skills: ['氩弧焊'], certificates: ['焊工证'], region_code: '532501', expected_salary: 7200 }, { top: 10 });
    expect(r.map((x) => x.job_id)).toEqual(['PAYS', 'LOW', 'CHEAP']);
    const [pays, low, cheap] = r;
    expect(low.fit.seeker).toBeLessThan(pays.fit.seeker);
    expect(low.reasons!.gaps).toContain('岗位只要求初级工，低于您的等级（高级工）');
    expect(cheap.fit.seeker).toBeLessThan(pays.fit.seeker);
    expect(cheap.reasons!.gaps).toContain('岗位月薪最高 4,500 元/月，低于期望 7,000 元/月');
    expect(r.find((x) => x.job_id === 'COOK')).toBeUndefined();
  });
  it('names the required skills the seeker lacks, which /match links to courses', () => {
    const withSkill = matchSeeker(index, { occupation_code: '6-18-02-04', skill_level: 4, skills: ['TIG焊'], certificates: ['焊工证'], region_code: '532501' }, { top: 10 });
    expect(withSkill.map((x) => x.missing_skills)).toEqual([[], [], []]);
    const without = matchSeeker(index, { occupation_code: '6-18-02-04', skill_level: 4, skills: ['二保焊'], certificates: ['焊工证'], region_code: '532501' }, { top: 10 });
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((x) => x.missing_skills.join() === 'SK001')).toBe(true);
  });
  it('the order of the job rows changes nothing', () => {
    const seeker = { occupation_code: '6-18-02-04', skill_level: 4, certificates: ['TZ01'], skills: ['SK001'], region_code: '532501', expected_salary: 7000 };
    const reversed = buildMatchIndex(world([welder('R1')], [...jobs].reverse()));
    const same = [...jobs.slice(0, 1), { ...jobs[0], job_id: 'PAYS2' }];
    const a = buildMatchIndex(world([], same));
    const b = buildMatchIndex(world([], [...same].reverse()));
    expect(matchSeeker(reversed, seeker)).toEqual(matchSeeker(index, seeker));
    expect(matchSeeker(b, seeker).map((r) => r.job_id)).toEqual(matchSeeker(a, seeker).map((r) => r.job_id));
  });
  it('a pool entry matches as a seeker by its reference', () => {
    expect(matchSeekerRef(index, 'R1', { top: 3 })!.map((x) => x.job_id)[0]).toBe('PAYS');
    expect(matchSeekerRef(index, 'nobody')).toBeNull();
  });
  it('reads a seeker’s typos, slang and abbreviations as a recruiter would, counts a typo partially and says so', () => {
    const typed = buildMatchIndex(world([welder('R1')], jobs), pinyinReadings);
    const seeker = { occupation_code: '6-18-02-04', skill_level: 4, certificates: ['电焊证'], region_code: '532501', expected_salary: 7200 };
    const q = normalizeSeeker(typed.catalogue, { ...seeker, skills: ['亚弧焊', 'MAG焊', '吃苦耐劳'] });
    expect(q).toMatchObject({ skills: ['SK002'], skills_inferred: ['SK001'], soft_terms: ['吃苦耐劳'], unknown_terms: [] });
    expect(q.readings.map((n) => readingSentence({ skills: typed.catalogue.skills.names, certificates: typed.catalogue.certificates.names }, n))).toEqual([
      '按“亚弧焊”理解为 氩弧焊（部分计分）',
      '按“MAG焊”理解为 二氧化碳气体保护焊'
    ]);
    const [pays] = matchSeekerQuery(typed, q);
    expect(pays.reasons!.fits).toContain('必备技能 1/1：氩弧焊（按“亚弧焊”理解，部分计分）');
    const sure = matchSeeker(typed, { ...seeker, skills: ['氩弧焊'] })[0];
    expect(pays.components.required_skills).toBe(READ_CREDIT.inferred);
    expect(sure.components.required_skills).toBe(1);
  });
  it('without the 特种作业 certificate, no welding job is offered', () => {
    expect(matchSeeker(index, { occupation_code: '6-18-02-04', skill_level: 4, skills: ['氩弧焊'] })).toEqual([]);
  });
});

describe('certificate levels', () => {
  it('are read from the skill-level certificate names', () => {
    expect(CERTIFICATES.map(certificateLevel)).toEqual([3, 4, 5, null, null, null]);
    expect(certificateLevel({ cert_id: 'X', name: '特级技师证书', kind: 'skill_level' })).toBe(7);
  });
});

describe('worker handler', () => {
  it('answers init and both directions, and reports errors with the request id', () => {
    const handle = createMatchHandler();
    expect(handle({ type: 'match-job', id: 1, job: { job_id: 'J' } })).toMatchObject({ type: 'error', id: 1 });
    expect(handle({ type: 'init', id: 2, data: world([welder('R1')], []) })).toMatchObject({ type: 'ready', id: 2, candidates: 1, jobs: 0 });
    const r = handle({ type: 'match-job', id: 3, job: { ...WELDING_JOB, required_skills: ['氩弧焊', '不存在的技能'] } });
    expect(r).toMatchObject({ type: 'candidates', id: 3, unknownTerms: ['不存在的技能'] });
    expect(handle({ type: 'match-seeker', id: 4, seeker: { ref: 'R1' } })).toMatchObject({ type: 'jobs', id: 4, results: [] });
    expect(handle({ type: 'match-job', id: 5, job: { ...WELDING_JOB, min_level: '特高级' } })).toMatchObject({ type: 'error', id: 5 });
  });
});

describe('the hard gates in words', () => {
  it('gatesWording() says each gate from the constants that decide it', () => {
    expect(gatesWording()).toBe('职业相同或相近（同属一个小类，或为相关职业）、技能等级最多低一级、持有法定必备证书（特种作业操作证、准入类职业资格）');
  });
  it('levelGateWording(n) says the largest shortfall the level gate lets through', () => {
    expect([0, 1, 2].map((n) => levelGateWording(n))).toEqual(['技能等级达到要求', '技能等级最多低一级', '技能等级最多低两级']);
  });
});
