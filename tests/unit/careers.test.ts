import { describe, expect, it } from 'vitest';
import { DEFAULT_EQUIVALENCES, resolveEquivalences } from '../../src/lib/core/careers/equivalence';
import { nextStep, pathAhead } from '../../src/lib/core/careers/next-step';
import { matchSeekerHref, nextRungLevel, nextRungLink } from '../../src/lib/core/careers/next-rung';
import { DEFAULT_REQUIREMENTS, parseAlternative, resolveRequirements, yearsCondition } from '../../src/lib/core/careers/requirements';
import { careerRungs, type CareerData } from '../../src/lib/core/careers/rungs';
import { careerViewCodec } from '../../src/lib/core/careers/view';
import type { Manifest } from '../../src/lib/core/manifest';
import type { LadderRow } from '../../src/lib/core/queries/occupation';
import { matchFormCodec } from '../../src/lib/core/match-form';

const cell = (skill_level: number | null, p50: number | null, suppressed = false): LadderRow => ({
  skill_level, p50, p10: p50 && p50 * 0.6, p25: p50 && p50 * 0.8, p75: p50 && p50 * 1.2, p90: p50 && p50 * 1.5, suppressed, n_workers: 100, n_enterprises: 9, quality_flags: null, unit: '元/年'
});

const PREF = '532500';
const GEJIU = '532501';

function data(overrides: Partial<CareerData> = {}): CareerData {
  return {
    maxLevel: 6,
    ladder: [cell(null, 70000), cell(2, 50000), cell(3, 60000), cell(4, 72000), cell(5, 80000), cell(6, null, true)],
    certification: [
      { year: 2025, skill_level: 4, route: null, n_candidates: 207, n_passed: 137, pass_rate: 137 / 207, suppressed: false },
      { year: 2025, skill_level: 4, route: '院校评价', n_candidates: 79, n_passed: 65, pass_rate: 65 / 79, suppressed: false },
      { year: 2025, skill_level: 4, route: '破格晋升', n_candidates: null, n_passed: null, pass_rate: null, suppressed: true },
      { year: 2024, skill_level: 5, route: null, n_candidates: 57, n_passed: 30, pass_rate: 30 / 57, suppressed: false }
    ],
    bodies: [
      { body_id: 'PJ002', name: '红河州技师学院', kind: '技工院校', region_code: '532503', scope: ['6-18-02'], status: '正常' },
      { body_id: 'PJ010', name: '个旧焊接培训学校', kind: '社会培训评价组织', region_code: GEJIU, scope: ['6-18'], status: '正常' },
      { body_id: 'PJ011', name: '已暂停的机构', kind: '社会培训评价组织', region_code: GEJIU, scope: ['6'], status: '暂停' }
    ],
    volumes: [
      { body_id: 'PJ002', skill_level: 4, n_candidates: 60, n_passed: 50, pass_rate: 50 / 60, suppressed: false },
      { body_id: 'PJ010', skill_level: 4, n_candidates: null, n_passed: null, pass_rate: null, suppressed: true }
    ],
    requirements: resolveRequirements('6-18-02-04', 6, []),
    equivalences: resolveEquivalences([]),
    levelCounts: [{ skill_level: 4, n: 120, suppressed: false }],
    jobs: [{ min_level: 4, jobs: 12, headcount: 30 }],
    promotions: [{ year: 2024, skill_level: 4, n: 3 }, { year: 2025, skill_level: 4, n: 2 }],
    ...overrides
  };
}

describe('careerRungs', () => {
  it('lists 学徒工 to 首席技师, marking levels the standard does not define instead of showing zeros', () => {
    const rungs = careerRungs(data(), [2023, 2024, 2025]);
    expect(rungs.map((r) => r.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rungs.filter((r) => !r.defined).map((r) => r.level)).toEqual([7, 8]);
    expect(rungs.find((r) => r.level === 7)).toMatchObject({ pay: null, premium: null, requirement: null });
  });
  it('gives each rung its pay, premium, requirement, certification by year and route, bodies, equivalence and counts', () => {
    const r = careerRungs(data(), [2023, 2024, 2025]).find((x) => x.level === 4)!;
    expect(r.pay?.p50).toBe(72000);
    expect(r.premium).toMatchObject({ from: 3, diff: 12000 });
    expect(r.requirement).toMatchObject({ from_level: 3, min_years: 5, source: 'default' });
    expect(r.certification.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(r.certification[0].all).toBeNull();
    expect(r.certification[2].routes.map((c) => c.route)).toEqual(['院校评价', '破格晋升']);
    // bodies that assessed the level, largest first (withheld after published); the rest counted
    expect(r.bodies.map((b) => b.body.body_id)).toEqual(['PJ002', 'PJ010']);
    expect(r.otherBodies).toBe(0);
    expect(r.equivalence?.title_equivalent).toBe('助理工程师');
    expect([r.registered?.n, r.jobs?.jobs, r.promotions]).toEqual([120, 12, 5]);
  });
});

describe('nextStep', () => {
  const rungs = careerRungs(data(), [2023, 2024, 2025]);
  const base = { years: null, region: PREF, prefecture: PREF, maxLevel: 6, regionLadder: null, prefectureLadder: data().ladder, rungs };

  it('gives a 中级工 the next rung, its pay change, the requirement, the pass rate, the bodies and what it counts as', () => {
    const s = nextStep({ ...base, level: 3 })!;
    expect([s.from, s.to]).toEqual([3, 4]);
    expect([s.pay.diff, s.pay.region, s.payFallback]).toEqual([12000, PREF, false]);
    expect(s.requirement).toMatchObject({ to_level: 4, min_years: 5 });
    expect(s.passRate).toMatchObject({ year: 2025, n_candidates: 207 });
    expect(s.equivalence?.title_equivalent).toBe('助理工程师');
  });
  it('uses the county ladder when it can compare the two levels, else the prefecture and says so', () => {
    const county = [cell(3, 65000), cell(4, 70000)];
    expect(nextStep({ ...base, level: 3, region: GEJIU, regionLadder: county })!.pay).toMatchObject({ region: GEJIU, diff: 5000 });
    const thin = nextStep({ ...base, level: 3, region: GEJIU, regionLadder: [cell(3, 65000), cell(4, null, true)] })!;
    expect([thin.pay.region, thin.pay.diff, thin.payFallback]).toEqual([PREF, 12000, true]);
  });
  it('puts the reader’s county first among the bodies', () => {
    const s = nextStep({ ...base, level: 3, region: GEJIU, regionLadder: [] })!;
    expect(s.bodies.map((b) => [b.body.body_id, b.local])).toEqual([['PJ010', true], ['PJ002', false]]);
  });
  it('counts the years still missing, and never below zero', () => {
    expect(nextStep({ ...base, level: 3, years: 2 })!.yearsMissing).toBe(3);
    expect(nextStep({ ...base, level: 3, years: 9 })!.yearsMissing).toBe(0);
    expect(nextStep({ ...base, level: 3 })!.yearsMissing).toBeNull();
  });
  it('starts a reader without a level at 初级工, and has no next rung at the standard’s top', () => {
    expect(nextStep({ ...base, level: 0 })!.to).toBe(2);
    expect(nextStep({ ...base, level: 6 })).toBeNull();
  });
  it('says pay cannot be compared when the next rung is withheld everywhere', () => {
    const s = nextStep({ ...base, level: 5 })!;
    expect([s.to, s.pay.diff, s.pay.next?.suppressed]).toEqual([6, null, true]);
  });
});

describe('nextRungLink', () => {
  it('links the next rung of an occupation at a level, for /match', () => {
    expect(nextRungLevel(3, 8)).toBe(4);
    expect(nextRungLevel(5, 5)).toBeNull();
    expect(nextRungLink('6-18-02-04', 3, 8, GEJIU, '/base')).toEqual({ href: `/base/careers/6-18-02-04/?level=3&region=${GEJIU}#next-step`, label: '下一级：高级工（三级）', level: 4 });
    expect(nextRungLink('4-03-02-01', 6, 6)).toBeNull();
  });
  it('links /match as a seeker at the rung, in the form /match reads', () => {
    const href = matchSeekerHref('6-18-02-04', 4);
    expect(href).toMatch(/^\/match\/#/);
    const form = matchFormCodec({ occupations: ['6-18-02-04'], regions: [] }).parse(new URLSearchParams(new URL(href, 'http://x').hash.slice(1)));
    expect([form.mode, form.occupation, form.level]).toEqual(['seeker', '6-18-02-04', 4]);
  });
});

describe('requirements', () => {
  it('resolve a 细类 rule over a group rule over the default, up to the standard’s top', () => {
    const rules = [
      { occupation_code: '6-18', to_level: 5, from_level: null, min_years: 6, alternatives: [], basis: '中类' },
      { occupation_code: '6-18-02-04', to_level: 5, from_level: 4, min_years: 3, alternatives: [], basis: '细类' }
    ];
    const r = resolveRequirements('6-18-02-04', 5, rules);
    expect(r.map((x) => [x.to_level, x.source, x.basis === '细类'])).toEqual([[2, 'default', false], [3, 'default', false], [4, 'default', false], [5, 'bureau', true]]);
    expect(resolveRequirements('6-18-01-01', null, rules).find((x) => x.to_level === 5)).toMatchObject({ rule_code: '6-18', min_years: 6, from_level: 4 });
    expect(resolveRequirements('6-18-01-01', null, []).length).toBe(DEFAULT_REQUIREMENTS.length);
  });
  it('read alternatives in either colon, with the category through its aliases', () => {
    expect(parseAlternative('竞赛：州赛前三')).toEqual({ kind: '竞赛名次', text: '州赛前三' });
    expect(parseAlternative('学历:技师学院毕业')).toEqual({ kind: '学历', text: '技师学院毕业' });
    expect(parseAlternative('业绩突出者')).toEqual({ kind: null, text: '业绩突出者' });
    expect(yearsCondition({ from_level: 4, min_years: 4 })).toBe('取得高级工证书后从事本职业满 4 年');
  });
  it('equivalences keep the default where the bureau is silent', () => {
    const eq = resolveEquivalences([{ skill_level: 4, title_equivalent: '助理工程师', education_equivalent: '大专', uses: ['落户'], basis: '本地' }]);
    expect(eq.map((e) => e.source)).toEqual(DEFAULT_EQUIVALENCES.map((d) => (d.skill_level === 4 ? 'bureau' : 'default')));
  });
});

describe('careerViewCodec', () => {
  const m = { prefecture: { code: PREF } } as Manifest;
  const codec = careerViewCodec(m, [PREF, GEJIU]);
  it('round-trips a level, a county and years, leaving defaults out', () => {
    const v = { level: 3, region: GEJIU, years: 4 };
    expect(codec.parse(codec.serialise(v))).toEqual(v);
    expect(codec.serialise(codec.defaults).toString()).toBe('');
  });
  it('falls back to the default for every bad value', () => {
    expect(codec.parse(new URLSearchParams('level=9&region=999999&years=-1'))).toEqual(codec.defaults);
  });
});

describe('pathAhead', () => {
  const rungs = careerRungs(data(), [2025]);
  it('adds up the fewest years rung by rung, counting the years served against the first', () => {
    expect(pathAhead(3, 2, 6, rungs).map((s) => [s.level, s.minYears])).toEqual([[4, 3], [5, 7], [6, 11]]);
    expect(pathAhead(3, null, 6, rungs).map((s) => s.minYears)).toEqual([5, 9, 13]);
    expect(pathAhead(6, 3, 6, rungs)).toEqual([]);
  });
  it('stops adding up where a rung has no published requirement', () => {
    const thin = careerRungs(data({ requirements: resolveRequirements('6-18-02-04', 6, []).filter((r) => r.to_level !== 5) }), [2025]);
    expect(pathAhead(3, null, 6, thin).map((s) => s.minYears)).toEqual([5, null, null]);
  });
});
