/** The /match page's pure parts: the form as URL state, and the pay references next to results. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatchHandler, type JobRow } from '../../src/lib/core/match';
import { levelPremiums, nextLevel } from '../../src/lib/core/level-premium';
import {
  emptyMatchForm,
  formFromJob,
  jobInputOf,
  matchFormCodec,
  matchHref,
  matchFormRules,
  matchQueryOf,
  missingFields,
  formFromPoolEntry,
  seekerInputOf,
  seekerOf,
  type MatchForm
} from '../../src/lib/core/match-form';
import { levelStep, payReference, type LadderScope } from '../../src/lib/core/pay-reference';
import type { LadderRow } from '../../src/lib/core/queries/occupation';
import { CERTIFICATES, SKILLS, welder, world } from '../helpers/match-fixture';

const known = { occupations: ['6-18-02-04', '6-18-01-01'], regions: ['532501', '532503'] };
const codec = matchFormCodec(known);
const parse = (q: string) => codec.parse(new URLSearchParams(q));
const matchFormParams = (f: MatchForm) => codec.serialise(f);

const term = fc.string({ minLength: 1, maxLength: 8 }).filter((t) => t.trim() === t && t !== '');
const forms: fc.Arbitrary<MatchForm> = fc.record({
  mode: fc.constantFrom('job' as const, 'seeker' as const),
  jobId: fc.option(fc.constantFrom('J000012', 'J1'), { nil: null }),
  seekerRef: fc.option(fc.constantFrom('R51FD50D8'), { nil: null }),
  occupation: fc.option(fc.constantFrom(...known.occupations), { nil: null }),
  level: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  skills: fc.uniqueArray(term, { maxLength: 4 }),
  preferred: fc.uniqueArray(term, { maxLength: 3 }),
  certificates: fc.uniqueArray(term, { maxLength: 3 }),
  region: fc.option(fc.constantFrom(...known.regions), { nil: null }),
  payMin: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
  payMax: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
  relocate: fc.option(fc.boolean(), { nil: null }),
  years: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  availableOnly: fc.boolean(),
  top: fc.constantFrom(10, 20, 50)
});

describe('matchFormCodec (the /match/ URL fragment)', () => {
  const job: MatchForm = {
    ...emptyMatchForm('job'),
    occupation: '6-18-02-04',
    level: 4,
    skills: ['氩弧焊', '熟练掌握二保焊'],
    preferred: ['管道焊接'],
    certificates: ['焊工证'],
    region: '532501',
    payMin: 6500,
    payMax: 9000,
    availableOnly: true,
    top: 20
  };

  it('a described job survives the round trip through the URL', () => {
    expect(parse(matchFormParams(job).toString())).toEqual(job);
  });

  it('a described seeker survives the round trip, with relocation and zero years of experience', () => {
    const seeker: MatchForm = { ...emptyMatchForm('seeker'), occupation: '6-18-02-04', level: 3, skills: ['氩弧焊'], region: '532503', payMin: 7000, relocate: false, years: 0 };
    const q = matchFormParams(seeker).toString();
    expect(q).toContain('mode=seeker');
    expect(parse(q)).toEqual(seeker);
  });

  it('links a published job by its id alone, and leaves defaults out', () => {
    expect(matchFormParams({ ...job, jobId: 'J000012', top: 10, availableOnly: false }).toString()).toBe('job=J000012');
    expect(matchFormParams(emptyMatchForm()).toString()).toBe('');
  });

  it('drops what a stale or hand-edited link gets wrong instead of failing', () => {
    const f = parse('occ=9-99-99-99&level=12&region=110000&pmin=-5&pmax=abc&top=7&job=<script>&skill=%20&skill=氩弧焊&skill=氩弧焊');
    expect(f).toEqual({ ...emptyMatchForm('job'), skills: ['氩弧焊'] });
  });

  it('ignores seeker-only fields in job mode and job-only fields in seeker mode', () => {
    expect(parse('reloc=1&years=5&pref=管道焊接&avail=1').relocate).toBeNull();
    const s = parse('mode=seeker&reloc=1&pref=管道焊接&avail=1&job=J1');
    expect([s.relocate, s.preferred, s.availableOnly, s.jobId]).toEqual([true, [], false, null]);
  });

  it('a pool entry’s link (#seeker=R…) opens 求职者找岗位 for that entry, and survives the round trip', () => {
    const f = parse('seeker=R51FD50D8');
    expect(f).toEqual({ ...emptyMatchForm('seeker'), seekerRef: 'R51FD50D8' });
    expect(matchFormParams(f).toString()).toBe('seeker=R51FD50D8');
    expect(parse('seeker=<x>').seekerRef).toBeNull();
    expect(missingFields(f)).toEqual([]);
    expect(seekerOf(f)).toEqual({ ref: 'R51FD50D8' });
  });

  it('keeps each skill and certificate as its own parameter, trimmed, without repeats, at most 20', () => {
    const f = parse(`skill=%20氩弧焊%20&skill=二保焊&skill=氩弧焊&cert=焊工证&${Array.from({ length: 30 }, (_, i) => `pref=p${i}`).join('&')}`);
    expect([f.skills, f.certificates, f.preferred.length]).toEqual([['氩弧焊', '二保焊'], ['焊工证'], 20]);
    expect(matchFormParams({ ...emptyMatchForm(), skills: ['氩弧焊', '二保焊'] }).getAll('skill')).toEqual(['氩弧焊', '二保焊']);
  });

  it('round-trips every form the page can write, whatever the mode', () =>
    fc.assert(
      fc.property(forms, (f) => {
        const read = parse(matchFormParams(f).toString());
        expect(read).toEqual(matchFormRules(f));
        expect(codec.same(read, f)).toBe(true);
      })
    ));

  it('never throws on any fragment, and what it reads round-trips', () =>
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('mode', 'job', 'seeker', 'occ', 'level', 'skill', 'pref', 'cert', 'region', 'pmin', 'pmax', 'reloc', 'years', 'avail', 'top'), fc.string()), { maxLength: 12 }), (pairs) => {
        const f = codec.parse(new URLSearchParams(pairs));
        expect(parse(matchFormParams(f).toString())).toEqual(f);
      })
    ));

  it('asks the matcher nothing until the required fields are there, then exactly what the form says', () => {
    expect(matchQueryOf(emptyMatchForm())).toBeNull();
    expect(matchQueryOf(parse('job=J000012&top=20&avail=1'))).toEqual({ type: 'match-job', job: { job_id: 'J000012' }, options: { top: 20, availableOnly: true } });
    expect(matchQueryOf(parse('seeker=R51FD50D8'))).toEqual({ type: 'match-seeker', seeker: { ref: 'R51FD50D8' }, options: { top: 10 } });
    expect(matchQueryOf(parse('mode=seeker&occ=6-18-02-04&level=4&pmin=7000'))).toMatchObject({ type: 'match-seeker', seeker: { occupation_code: '6-18-02-04', skill_level: 4, expected_salary: 7000 } });
  });

  it('says which required fields are missing, and needs none for a published job', () => {
    expect(missingFields(emptyMatchForm('job'))).toEqual(['职业', '最低技能等级']);
    expect(missingFields({ ...emptyMatchForm('seeker'), occupation: '6-18-02-04' })).toEqual(['技能等级']);
    expect(missingFields({ ...emptyMatchForm('job'), jobId: 'J1' })).toEqual([]);
  });

  it("turns one pay figure into the seeker's lower bound and two into a range", () => {
    const base = { ...emptyMatchForm('seeker'), occupation: '6-18-02-04', level: 4 };
    expect(seekerInputOf({ ...base, payMin: 7000 })).toMatchObject({ expected_salary: 7000 });
    expect(seekerInputOf({ ...base, payMin: 9000, payMax: 7000 })).toMatchObject({ expected_salary_min: 7000, expected_salary_max: 9000 });
  });
});

describe('matching a pool entry as a seeker', () => {
  it('fills the form from the entry the worker returns, and the filled form finds the same jobs', () => {
    const jobs: JobRow[] = [
      { job_id: 'J1', occupation_code: '6-18-02-04', region_code: '532501', min_level: 4, required_skills: ['SK001'], preferred_skills: [], required_certificates: ['TZ01'], salary_min: 7000, salary_max: 9000 },
      { job_id: 'J2', occupation_code: '6-18-02-04', region_code: '532503', min_level: 3, required_skills: ['SK002'], preferred_skills: [], required_certificates: ['TZ01'], salary_min: 6000, salary_max: 8000 }
    ];
    const handle = createMatchHandler(() => 0);
    handle({ type: 'init', id: 1, data: world([welder('R1')], jobs) });
    const byRef = handle({ type: 'match-seeker', id: 2, seeker: { ref: 'R1' } });
    if (byRef.type !== 'jobs' || !byRef.seeker) throw new Error('expected jobs with the entry');
    const names = { skill: (id: string) => SKILLS.find((s) => s.skill_id === id)!.name, certificate: (id: string) => CERTIFICATES.find((c) => c.cert_id === id)!.name };
    const form = formFromPoolEntry(byRef.seeker, names);
    expect(form).toMatchObject({ mode: 'seeker', seekerRef: 'R1', occupation: '6-18-02-04', level: 4, region: '532501', payMin: 7000, payMax: 8000 });
    const described = handle({ type: 'match-seeker', id: 3, seeker: seekerInputOf(form) });
    if (described.type !== 'jobs') throw new Error('expected jobs');
    expect(described.results.map((r) => [r.job_id, r.score])).toEqual(byRef.results.map((r) => [r.job_id, r.score]));
    expect(handle({ type: 'match-seeker', id: 4, seeker: { ref: 'R999' } })).toMatchObject({ type: 'error', message: expect.stringContaining('R999') });
  });
});

describe('picking a published job', () => {
  const row: JobRow = {
    job_id: 'J1',
    enterprise: '个旧某机械厂',
    title: '焊工',
    region_code: '532501',
    occupation_code: '6-18-02-04',
    min_level: 4,
    required_skills: ['SK001', 'SK002'],
    preferred_skills: ['SK007'],
    required_certificates: ['TZ01', 'JN4'],
    salary_min: 6500,
    salary_max: 9000
  };
  const pool = [welder('R1'), welder('R2', { skills: ['SK001'] }), welder('R3', { region_code: '532503', skill_level: 3 }), welder('R4', { certificates: ['JN4'] })];

  it('fills the form with names, and the filled form ranks the same people as the job itself', () => {
    const handle = createMatchHandler(() => 0);
    expect(handle({ type: 'init', id: 1, data: world(pool, [row]) }).type).toBe('ready');
    const names = {
      skill: (id: string) => SKILLS.find((s) => s.skill_id === id)!.name,
      certificate: (id: string) => CERTIFICATES.find((c) => c.cert_id === id)!.name
    };
    const form = formFromJob(row, names);
    expect(form.skills).toEqual(['氩弧焊', '二氧化碳气体保护焊']);
    expect(form.certificates).toEqual(['熔化焊接与热切割作业', '职业技能等级证书(三级/高级工)']);
    const byId = handle({ type: 'match-job', id: 2, job: { job_id: 'J1' } });
    const described = handle({ type: 'match-job', id: 3, job: jobInputOf({ ...form, jobId: null }) });
    if (byId.type !== 'candidates' || described.type !== 'candidates') throw new Error('expected candidates');
    // R4 has no 焊工证, a legal precondition: not a candidate at all
    expect(byId.results.map((r) => r.ref).sort()).toEqual(['R1', 'R2', 'R3']);
    expect(byId.results[0].ref).toBe('R1');
    expect(described.results).toEqual(byId.results);
    expect(described.unknownTerms).toEqual([]);
  });
});

const cell = (level: number | null, p50: number | null, over: Partial<LadderRow> = {}): LadderRow => ({
  skill_level: level,
  p10: p50 && p50 * 0.6,
  p25: p50 && p50 * 0.8,
  p50,
  p75: p50 && p50 * 1.2,
  p90: p50 && p50 * 1.5,
  n_workers: 120,
  n_enterprises: 9,
  suppressed: p50 === null,
  quality_flags: null,
  unit: '元/年',
  ...over
});
const withheld = (level: number | null) => cell(level, null, { n_workers: 12, n_enterprises: 2 });
const scope = (region: string, regionName: string, rows: LadderRow[]): LadderScope => ({ region, regionName, rows });

describe('payReference', () => {
  const pref = scope('532500', '全州', [cell(null, 80_000), cell(3, 70_000), cell(4, 90_000)]);

  it("quotes the county's cell at the level when it is published", () => {
    const r = payReference(scope('532501', '个旧市', [cell(4, 95_000)]), pref, 4);
    expect([r.regionName, r.level, r.cell?.p50, r.passed]).toEqual(['个旧市', 4, 95_000, []]);
  });

  it('names a withheld county cell and why, then quotes the prefecture at the same level', () => {
    const r = payReference(scope('532501', '个旧市', [withheld(4)]), pref, 4);
    expect([r.regionName, r.level, r.cell?.p50]).toEqual(['全州', 4, 90_000]);
    expect(r.passed).toEqual([{ regionName: '个旧市', level: 4, reason: '样本不足 30 人，样本企业不足 3 家，不公布' }]);
  });

  it('falls back to all levels when the prefecture has no cell at the level', () => {
    const r = payReference(null, pref, 6);
    expect([r.regionName, r.level, r.cell?.p50]).toEqual(['全州', null, 80_000]);
    expect(r.passed).toEqual([{ regionName: '全州', level: 6, reason: '无样本' }]);
  });

  it('returns no cell, never a zero, when nothing on the way is published', () => {
    const r = payReference(scope('532501', '个旧市', []), scope('532500', '全州', [withheld(null)]), 4);
    expect(r.cell).toBeNull();
    expect(r.passed.map((p) => p.reason)).toEqual(['无样本', '无样本', '样本不足 30 人，样本企业不足 3 家，不公布']);
  });
});

describe('next level', () => {
  const ladder = [cell(null, 80_000), cell(3, 70_000), cell(4, 90_000), withheld(5), cell(6, 130_000)];

  it("is the premium of each level's median over the next lower published one", () => {
    expect(levelPremiums(ladder.slice(1))).toEqual([null, { level: 4, from: 3, diff: 20_000, ratio: 90_000 / 70_000 }, null, { level: 6, from: 4, diff: 40_000, ratio: 130_000 / 90_000 }]);
  });

  it('skips a withheld level to the next published one, and is null at the top or when the level is withheld', () => {
    expect(nextLevel(ladder, 3)?.premium.diff).toBe(20_000);
    expect(nextLevel(ladder, 4)?.next.skill_level).toBe(6);
    expect(nextLevel(ladder, 6)).toBeNull();
    expect(nextLevel(ladder, 5)).toBeNull();
  });

  it("uses the seeker's county when both medians are published there, else the prefecture", () => {
    const pref = scope('532500', '全州', ladder);
    expect(levelStep(scope('532501', '个旧市', [cell(3, 60_000), cell(4, 75_000)]), pref, 3)).toMatchObject({ regionName: '个旧市', premium: { diff: 15_000 } });
    expect(levelStep(scope('532501', '个旧市', [cell(3, 60_000), withheld(4)]), pref, 3)).toMatchObject({ regionName: '全州', premium: { diff: 20_000 } });
  });
});

describe('matchHref (links into /match/ from other pages)', () => {
  it('writes the form in the fragment, read back by the codec', () => {
    expect(matchHref('/base', { jobId: 'J000012' })).toBe('/base/match/#job=J000012');
    expect(matchHref('', { seekerRef: 'R51FD50D8' })).toBe('/match/#seeker=R51FD50D8');
    const href = matchHref('', { mode: 'seeker', occupation: '6-18-02-04', level: 4 });
    const f = parse(new URL(href, 'http://x').hash.slice(1));
    expect([f.mode, f.occupation, f.level]).toEqual(['seeker', '6-18-02-04', 4]);
    expect(matchHref('', {})).toBe('/match/');
  });
});
