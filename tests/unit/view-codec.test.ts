import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../../src/lib/core/industries';
import type { Manifest } from '../../src/lib/core/manifest';
import { checkViewCodec, type CheckView } from '../../src/lib/core/wages/check-view';
import { SORT_KEYS, wageViewCodec, type WageView } from '../../src/lib/core/wages/view';
import { amount, code, codeList, flag, integer, oneOf, optionalText, terms, text, viewCodec, yesNo, type ViewCodec } from '../../src/lib/core/view-codec';
import { competitionViewCodec, filterChange, type CompetitionView } from '../../src/lib/core/competitions/view';
import { HONOURS } from '../../src/lib/core/contract/career-enums';
import { COMPETITION_TIERS } from '../../src/lib/core/enums';
import { MEDAL_SORT_KEYS } from '../../src/lib/core/medal-table';
import { LEVEL_CUTS, METRICS } from '../../src/lib/core/talent-metrics';
import { comparedRegion, talentViewCodec, toggleCounty, type TalentView } from '../../src/lib/core/talent/view';

const manifest = { prefecture: { code: '532500', name: '红河州' }, years: { wage: [2023, 2024, 2025], talent: [2022, 2023, 2024], competitions: [2023, 2024] } } as unknown as Manifest;
const regions = ['532500', '532501', '532503'];
const wages = wageViewCodec(manifest, regions);
const check = checkViewCodec(manifest, regions);
const counties = ['532501', '532503'];
const talent = talentViewCodec(manifest, counties);
const HONOUR_YEARS = [2018, 2024, 2025];
const competitions = competitionViewCodec(manifest, counties, HONOUR_YEARS);

/** Every URL a hand, an old link or a crawler might produce for these parameters. */
const anyParams = (keys: readonly string[]) => fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.constantFrom('', '2', '532501', '532500', 'unit', 'gold')));

const roundTrips = <V>(codec: ViewCodec<V>, v: V): void => {
  expect(codec.parse(codec.serialise(v))).toEqual(v);
};

const wageViews: fc.Arbitrary<WageView> = fc.record({
  year: fc.constantFrom(...manifest.years.wage),
  region: fc.constantFrom(...regions),
  industry: fc.option(fc.constantFrom(...Object.keys(INDUSTRIES)), { nil: null }),
  level: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  sort: fc.constantFrom(...SORT_KEYS),
  desc: fc.boolean(),
  q: fc.string({ maxLength: 50 }),
  open: fc.uniqueArray(fc.constantFrom('1', '6', '6-18', '6-18-02', '4-03'), { maxLength: 4 }).map((a) => a.sort())
});

const checkViews: fc.Arbitrary<CheckView> = fc.record({
  level: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  region: fc.constantFrom(...regions),
  amount: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
  per: fc.constantFrom('month' as const, 'year' as const)
});

describe('wageViewCodec (the /wages/ URL)', () => {
  it('defaults to the latest year, the whole prefecture, all industries and levels, sorted by code', () => {
    expect(wages.defaults).toEqual({ year: 2025, region: '532500', industry: null, level: null, sort: 'code', desc: false, q: '', open: [] });
    expect(wages.parse(new URLSearchParams(''))).toEqual(wages.defaults);
  });
  it('leaves defaults out of the URL', () => expect(wages.serialise(wages.defaults).toString()).toBe(''));
  it('round-trips every view: filters, sort, search text and expanded groups', () => fc.assert(fc.property(wageViews, (v) => roundTrips(wages, v))));
  it('writes the sort direction as dir=desc', () => expect(wages.serialise({ ...wages.defaults, sort: 'p50', desc: true }).toString()).toBe('sort=p50&dir=desc'));
  it('falls back to the default for each malformed or unknown value, keeping the valid ones', () => {
    const v = wages.parse(new URLSearchParams('year=1999&region=999999&industry=Z&level=12&sort=drop&dir=up&open=x,6'));
    expect(v).toEqual({ ...wages.defaults, open: ['6'] });
    for (const bad of ['year=2025.5', 'year=abc', 'year=', 'level=-1', 'level=4x', 'level=9', 'region=', 'industry=c', 'sort=', 'open=6-1,,7-']) {
      expect(wages.parse(new URLSearchParams(bad)), bad).toEqual(wages.defaults);
    }
  });
  it('never throws on any URL, and what it reads is always a valid view', () =>
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('year', 'region', 'industry', 'level', 'sort', 'dir', 'q', 'open'), fc.string()), (params) => {
        const v = wages.parse(new URLSearchParams(params));
        expect(manifest.years.wage).toContain(v.year);
        expect(regions).toContain(v.region);
        expect(v.q.length).toBeLessThanOrEqual(50);
        roundTrips(wages, v);
      })
    ));
  it('cuts search text at 50 characters', () => expect(wages.parse(new URLSearchParams({ q: 'x'.repeat(80) })).q).toHaveLength(50));
  it('reads text typed into a box with the same validation as a URL', () => expect(wages.read('level', '12')).toBeNull());
});

describe('checkViewCodec (the salary check on /wages/[code]/)', () => {
  it('defaults to no level, the whole prefecture, no amount, per month', () => {
    expect(check.defaults).toEqual({ level: null, region: '532500', amount: null, per: 'month' });
    expect(check.serialise(check.defaults).toString()).toBe('');
  });
  it('round-trips every check', () => fc.assert(fc.property(checkViews, (v) => roundTrips(check, v))));
  it('falls back to the default for each bad value', () => {
    for (const bad of ['level=x', 'level=10', 'region=000000', 'amount=-5', 'amount=0', 'amount=6e3', 'amount=abc', 'per=week'])
      expect(check.parse(new URLSearchParams(bad)), bad).toEqual(check.defaults);
  });
  it('accepts an amount written with thousands separators', () => expect(check.read('amount', '6,500')).toBe(6500));
});

const talentViews: fc.Arbitrary<TalentView> = fc
  .record({
    year: fc.constantFrom(...manifest.years.talent),
    metric: fc.constantFrom(...METRICS.map((m) => m.id)),
    level: fc.constantFrom(...LEVEL_CUTS),
    county: fc.option(fc.constantFrom(...counties), { nil: null }),
    vs: fc.option(fc.constantFrom('532500', ...counties), { nil: null }),
    occ: fc.constantFrom(1 as const, 2 as const)
  })
  // only comparisons the page can show: never a region with itself, the prefecture only against a county
  .filter((v) => v.vs === null || (v.vs !== v.county && (v.vs !== '532500' || v.county !== null)));

describe('talentViewCodec (the /talent/ URL)', () => {
  it('defaults to the latest year, the high-skill share of everyone, the whole prefecture, no comparison, 大类', () => {
    expect(talent.defaults).toEqual({ year: 2024, metric: 'high_share', level: 'all', county: null, vs: null, occ: 1 });
    expect(talent.serialise(talent.defaults).toString()).toBe('');
  });
  it('round-trips every view the page can show', () => fc.assert(fc.property(talentViews, (v) => roundTrips(talent, v))));
  it('writes a full view in the order of its fields', () => {
    const v: TalentView = { year: 2023, metric: 'per_emp', level: 4, county: '532501', vs: '532503', occ: 2 };
    expect(talent.serialise(v).toString()).toBe('year=2023&metric=per_emp&level=4&county=532501&vs=532503&occ=2');
  });
  it('falls back to the default for each bad value', () => {
    for (const bad of ['year=1999', 'year=2024.0', 'metric=x', 'metric=', 'level=9', 'level=-1', 'level=high2', 'county=999999', 'county=532500', 'vs=123', 'occ=3', 'occ=x'])
      expect(talent.parse(new URLSearchParams(bad)), bad).toEqual(talent.defaults);
  });
  it('keeps level ranges and single levels: all, high, other, 0–8', () => {
    expect(['high', 'other', '0', '8'].map((l) => talent.parse(new URLSearchParams({ level: l })).level)).toEqual(['high', 'other', 0, 8]);
  });
  it('drops a comparison of a region with itself, and of the prefecture with nothing selected', () => {
    expect(talent.parse(new URLSearchParams('county=532501&vs=532501'))).toEqual({ ...talent.defaults, county: '532501' });
    expect(talent.parse(new URLSearchParams('vs=532500')).vs).toBeNull();
    expect(talent.parse(new URLSearchParams('county=532501&vs=532500')).vs).toBe('532500');
    expect(talent.parse(new URLSearchParams('vs=532503')).vs).toBe('532503');
    // clearing the county drops a comparison with the prefecture from the link too
    expect(talent.serialise({ ...talent.defaults, vs: '532500' }).toString()).toBe('');
  });
  it('never throws on any URL, and what it reads round-trips', () =>
    fc.assert(fc.property(anyParams(['year', 'metric', 'level', 'county', 'vs', 'occ']), (p) => roundTrips(talent, talent.parse(new URLSearchParams(p))))));
  it('toggleCounty(view, code) selects a county, clears it on a second click, and never compares it with itself', () => {
    const v = { ...talent.defaults, vs: '532503' };
    expect(toggleCounty(v, '532501')).toEqual({ county: '532501', vs: '532503' });
    expect(toggleCounty({ ...v, county: '532501' }, '532501')).toEqual({ county: null, vs: '532503' });
    expect(toggleCounty(v, '532503')).toEqual({ county: '532503', vs: null });
  });
  it('comparedRegion(view) is the prefecture once a county is selected, unless another region is chosen', () => {
    expect(comparedRegion({ ...talent.defaults, county: '532501' }, '532500')).toBe('532500');
    expect(comparedRegion({ ...talent.defaults, county: '532501', vs: '532503' }, '532500')).toBe('532503');
    expect(comparedRegion(talent.defaults, '532500')).toBeNull();
  });
});

const competitionViews: fc.Arbitrary<CompetitionView> = fc
  .record({
    year: fc.option(fc.constantFrom(...manifest.years.competitions), { nil: null }),
    tier: fc.option(fc.constantFrom(...COMPETITION_TIERS.map((t) => t.code)), { nil: null }),
    group: fc.option(fc.constantFrom('6', '6-18', '4-03'), { nil: null }),
    county: fc.option(fc.constantFrom(...counties), { nil: null }),
    competition: fc.option(fc.string({ minLength: 1, maxLength: 64 }), { nil: null }),
    event: fc.option(fc.string({ minLength: 1, maxLength: 100 }), { nil: null }),
    by: fc.constantFrom('county' as const, 'unit' as const),
    sort: fc.constantFrom(...MEDAL_SORT_KEYS),
    kind: fc.option(fc.constantFrom('enterprise', 'school'), { nil: null }),
    hyear: fc.option(fc.constantFrom(...HONOUR_YEARS), { nil: null }),
    honour: fc.option(fc.constantFrom(...HONOURS.map((h) => h.code)), { nil: null }),
    studios: fc.boolean()
  })
  .map((v) => (v.by === 'county' ? { ...v, kind: null } : v));

describe('competitionViewCodec (the /competitions/ URL)', () => {
  it('defaults to every year, tier, group and county, the first competition, the county table by points', () => {
    expect(competitions.defaults).toEqual({ year: null, tier: null, group: null, county: null, competition: null, event: null, by: 'county', sort: 'points', kind: null, hyear: null, honour: null, studios: false });
    expect(competitions.serialise(competitions.defaults).toString()).toBe('');
  });
  it('round-trips every filter, the selection and the medal-table settings', () => fc.assert(fc.property(competitionViews, (v) => roundTrips(competitions, v))));
  it('writes the competition as c=', () =>
    expect(competitions.serialise({ ...competitions.defaults, competition: 'C2024P01', event: '焊工' }).toString()).toBe('c=C2024P01&event=%E7%84%8A%E5%B7%A5'));
  it('falls back to the default for each bad value', () => {
    const long = 'x'.repeat(101);
    for (const bad of ['year=1999', 'year=x', 'tier=world', 'group=x', 'group=6-1', 'group=9', 'county=999999', `c=${long}`, 'c=', `event=${long}`, 'by=x', 'sort=drop', 'kind=other', 'kind=x', 'hyear=2011', 'honour=五一劳动奖章', 'studios=1'])
      expect(competitions.parse(new URLSearchParams(bad)), bad).toEqual(competitions.defaults);
  });
  it('keeps a unit kind only for the unit table', () => {
    expect(competitions.parse(new URLSearchParams('kind=school')).kind).toBeNull();
    expect(competitions.parse(new URLSearchParams('by=unit&kind=school')).kind).toBe('school');
    expect(competitions.serialise({ ...competitions.defaults, kind: 'school' }).toString()).toBe('');
  });
  it('never throws on any URL, and what it reads round-trips', () =>
    fc.assert(fc.property(anyParams(['year', 'tier', 'group', 'county', 'c', 'event', 'by', 'sort', 'kind', 'hyear', 'honour', 'studios']), (p) => roundTrips(competitions, competitions.parse(new URLSearchParams(p))))));
  it('filterChange(patch) clears the competition and event chosen', () => expect(filterChange({ tier: 'provincial' })).toEqual({ tier: 'provincial', competition: null, event: null }));
});

describe('fields', () => {
  it('oneOf(values, fallback) accepts only listed values', () => {
    const f = oneOf(['a', 'b'], 'a');
    expect([f.parse('b'), f.parse('c'), f.parse(null)]).toEqual(['b', 'a', 'a']);
    expect([f.format('a'), f.format('b')]).toEqual([null, 'b']);
  });
  it('integer(fallback, valid) rejects fractions, words and numbers the validator refuses', () => {
    const f = integer(null, (n) => n >= 0 && n <= 8);
    expect(['4', ' 4 ', '4.0', 'four', '99', ''].map((s) => f.parse(s))).toEqual([4, 4, null, null, null, null]);
  });
  it('amount() takes positive amounts only', () => expect(['6500', '6500.5', '0', '-1', '1e4'].map((s) => amount().parse(s))).toEqual([6500, 6500.5, null, null, null]));
  it('text(max) keeps the text as typed, cut at max', () => expect(text(3).parse(' abcd')).toBe(' ab'));
  it('code(pattern) keeps one matching code, else none', () => expect(['6-18', '6-1', '', null].map((c) => code(/^\d(-\d{2})?$/).parse(c))).toEqual(['6-18', null, null, null]));
  it('optionalText(max) keeps a name up to max characters, never cut', () => {
    expect([optionalText(3).parse('abc'), optionalText(3).parse('abcd'), optionalText(3).parse(''), optionalText(3).parse(null)]).toEqual(['abc', null, null, null]);
    expect(optionalText(3).format(null)).toBeNull();
  });
  it('viewCodec(fields, params, normalise) applies the rule between fields to every view read and written', () => {
    const c = viewCodec({ a: oneOf(['x', 'y'], 'x'), b: optionalText(5) }, {}, (v) => (v.a === 'x' ? { ...v, b: null } : v));
    expect(c.parse(new URLSearchParams('a=x&b=1'))).toEqual({ a: 'x', b: null });
    expect(c.parse(new URLSearchParams('a=y&b=1'))).toEqual({ a: 'y', b: '1' });
    expect(c.serialise({ a: 'x', b: '1' }).toString()).toBe('');
  });
  it('codeList(pattern) drops codes that do not match and duplicates, and sorts on the way out', () => {
    const f = codeList(/^\d$/);
    expect(f.parse('3,x,1,3')).toEqual(['3', '1']);
    expect(f.format(['3', '1'])).toBe('1,3');
  });
  it('terms(max, maxLength) trims, drops blanks and repeats, and keeps at most max', () => {
    const f = terms(2, 3);
    expect(f.parse([' 氩弧焊 ', '', '氩弧焊', 'abcdef', 'x'])).toEqual(['氩弧焊', 'abc']);
    expect(f.format(['a', 'a', ' b'])).toEqual(['a', 'b']);
  });
  it('yesNo() reads 1 and 0, and anything else as not said', () => {
    expect(['1', '0', 'yes', null].map((s) => yesNo().parse(s))).toEqual([true, false, null, null]);
    expect([true, false, null].map((v) => yesNo().format(v))).toEqual(['1', '0', null]);
  });
  it('code(pattern) keeps only a code matching the pattern', () => expect(['J1', '<x>', null].map((s) => code(/^\w+$/).parse(s))).toEqual(['J1', null, null]));
});

describe('viewCodec', () => {
  const codec = viewCodec<{ skills: string[]; on: boolean; mode: 'a' | 'b' }>(
    { skills: terms(5, 10), on: flag('1'), mode: oneOf(['a', 'b'], 'a') },
    { skills: 'skill' },
    (v) => (v.mode === 'a' ? { ...v, on: false } : v)
  );
  it('reads a repeated parameter from every value and writes one parameter per value', () => {
    expect(codec.parse(new URLSearchParams('skill=a&skill=b&mode=b')).skills).toEqual(['a', 'b']);
    expect(codec.serialise({ skills: ['a', 'b'], on: false, mode: 'a' }).toString()).toBe('skill=a&skill=b');
  });
  it('applies the rule between fields to every view read and written', () => {
    expect(codec.parse(new URLSearchParams('on=1'))).toEqual({ skills: [], on: false, mode: 'a' });
    expect(codec.serialise({ skills: [], on: true, mode: 'a' }).toString()).toBe('');
    expect(codec.parse(new URLSearchParams('on=1&mode=b')).on).toBe(true);
  });
  it('reads text typed into a box for a repeated field as one value', () => expect(codec.read('skills', ' x ')).toEqual(['x']));
});
