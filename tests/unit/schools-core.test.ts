/**
 * The schools pages' rules: the URL view, the scorecard's order (withheld and unreported values
 * last, never as 0), the comparison, and the §7 criteria, which add up published counts only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutcomeRow, ShortageFlag } from '../../src/lib/core/queries/schools';
import { criterion, schoolFunding } from '../../src/lib/core/schools/funding';
import { RATE_BY_KEY, rateCell, rateOf } from '../../src/lib/core/schools/rates';
import { comparableOccupations, compareRows, scorecardRows, shortageIndex, sortOutcomes } from '../../src/lib/core/schools/scorecard';
import { SCHOOL_SORT_KEYS, schoolViewCodec, type SchoolView } from '../../src/lib/core/schools/view';

const PREF = '532500';
function row(p: Partial<OutcomeRow> & Pick<OutcomeRow, 'school_id' | 'major'>): OutcomeRow {
  const base: OutcomeRow = {
    school: p.school_id, kind: '中职', region_code: '532501', county: '个旧市', cohort: 2025, occupation_code: '6-18-02-04', occupation: '焊工',
    graduates: 40, employed_6m: 30, employed_relevant: 20, further_study: 4, certified_level4plus: 10, certified_any: 30,
    order_class_students: 5, apprentices: 2, median_monthly_wage: 5000, partner_enterprises: [], suppressed: false,
    employment_rate: null, relevant_rate: null, further_study_rate: null, certified_level4plus_rate: null, certified_any_rate: null, ...p
  } as OutcomeRow;
  for (const k of ['employment_rate', 'relevant_rate', 'further_study_rate', 'certified_level4plus_rate', 'certified_any_rate'] as const)
    if (!(k in p)) base[k] = base.suppressed ? null : rateOf(RATE_BY_KEY.get(k)!, base);
  return base;
}
const small = (p: Partial<OutcomeRow> & Pick<OutcomeRow, 'school_id' | 'major'>) =>
  row({ graduates: 6, employed_6m: null, employed_relevant: null, further_study: null, certified_level4plus: null, certified_any: null, median_monthly_wage: null, order_class_students: null, apprentices: null, suppressed: true, ...p });

const codec = schoolViewCodec([2023, 2024, 2025], ['532501', '532503'], ['6-18-02-04', '4-03-02-01']);

describe('schoolViewCodec (the /schools/ URL)', () => {
  it('defaults to the latest cohort and every school, sorted by school, and leaves defaults out', () => {
    expect(codec.defaults).toEqual({ cohort: 2025, kind: null, county: null, shortage: false, occ: null, sort: 'school', desc: false });
    expect(codec.serialise(codec.defaults).toString()).toBe('');
    expect(codec.serialise({ ...codec.defaults, shortage: true, desc: true, sort: 'employment_rate' }).toString()).toBe('only=shortage&sort=employment_rate&dir=desc');
  });
  it('round-trips every view and falls back on anything unknown', () => {
    const views: fc.Arbitrary<SchoolView> = fc.record({
      cohort: fc.constantFrom(2023, 2024, 2025),
      kind: fc.constantFrom(null, '中职', '技师学院'),
      county: fc.constantFrom(null, '532501', '532503'),
      shortage: fc.boolean(),
      occ: fc.constantFrom(null, '6-18-02-04'),
      sort: fc.constantFrom(...SCHOOL_SORT_KEYS),
      desc: fc.boolean()
    });
    fc.assert(
      fc.property(views, (v) => {
        expect(codec.parse(codec.serialise(v))).toEqual(v);
      })
    );
    expect(codec.parse(new URLSearchParams('cohort=2019&kind=大学&county=999999&occ=1-01&sort=x&only=yes'))).toEqual(codec.defaults);
  });
});

describe('the scorecard', () => {
  const rows = [
    row({ school_id: 'SC02', major: '焊接', employed_6m: 35 }),
    small({ school_id: 'SC01', major: '汽修' }),
    row({ school_id: 'SC01', major: '烹饪', occupation_code: '4-03-02-01', further_study: null }),
    row({ school_id: 'SC03', major: '焊接', region_code: '532503', kind: '技师学院' }),
    row({ school_id: 'SC03', major: '电工', cohort: 2024 })
  ];
  it('sorts withheld and unreported values last in either direction, ties by school and major', () => {
    const up = sortOutcomes(rows.filter((r) => r.cohort === 2025), 'employment_rate', false).map((r) => `${r.school_id}${r.major}`);
    const down = sortOutcomes(rows.filter((r) => r.cohort === 2025), 'employment_rate', true).map((r) => `${r.school_id}${r.major}`);
    // 烹饪 (pēng) before 汽修 (qì): ties by major in pinyin order
    expect(up).toEqual(['SC03焊接', 'SC02焊接', 'SC01烹饪', 'SC01汽修']);
    expect(down).toEqual(['SC02焊接', 'SC03焊接', 'SC01烹饪', 'SC01汽修']);
  });
  it('keeps the cohort, kind, county and shortage majors a view asks for', () => {
    const flags: ShortageFlag[] = [{ occupation_code: '6-18-02-04', status: '紧缺', skill_level: 4, region_code: PREF }];
    const shortage = shortageIndex(flags, PREF);
    const v = { ...codec.defaults };
    expect(scorecardRows(rows, v, shortage)).toHaveLength(4);
    expect(scorecardRows(rows, { ...v, county: '532503' }, shortage).map((r) => r.school_id)).toEqual(['SC03']);
    expect(scorecardRows(rows, { ...v, shortage: true }, shortage).map((r) => r.major)).toEqual(['汽修', '焊接', '焊接']);
    expect(scorecardRows(rows, { ...v, kind: '技师学院' }, shortage)).toHaveLength(1);
  });
  it('lists a county-only shortage entry for that county’s schools only', () => {
    const shortage = shortageIndex([{ occupation_code: '4-03-02-01', status: '关注', skill_level: null, region_code: '532503' }], PREF);
    expect(shortage(row({ school_id: 'A', major: 'x', occupation_code: '4-03-02-01', region_code: '532503' }))?.status).toBe('关注');
    expect(shortage(row({ school_id: 'A', major: 'x', occupation_code: '4-03-02-01', region_code: '532501' }))).toBeNull();
  });
  it('compares the majors of one occupation in the cohort, best employment first, and offers occupations by how many schools teach them', () => {
    expect(compareRows(rows, 2025, '6-18-02-04').map((r) => r.school_id)).toEqual(['SC02', 'SC03', 'SC01']);
    expect(comparableOccupations(rows.filter((r) => r.cohort === 2025))).toEqual([
      { code: '6-18-02-04', name: '焊工', schools: 3 },
      { code: '4-03-02-01', name: '焊工', schools: 1 }
    ]);
  });
  it('reads a rate cell as published, withheld or missing (not reported, or nobody in the denominator)', () => {
    const employment = RATE_BY_KEY.get('employment_rate')!;
    expect(rateCell(employment, rows[0])).toEqual({ kind: 'published', value: 0.9722 });
    expect(rateCell(employment, rows[1])).toEqual({ kind: 'withheld' });
    expect(rateCell(employment, rows[2])).toEqual({ kind: 'missing', why: '未报送' });
    expect(rateCell(employment, row({ school_id: 'A', major: 'x', further_study: 40, employed_6m: 0 }))).toEqual({ kind: 'missing', why: '无待就业毕业生' });
  });
});

describe('the §7 funding criteria', () => {
  it('add up the published majors only, and say how many were left out and why', () => {
    const majors = [row({ school_id: 'S', major: 'a' }), row({ school_id: 'S', major: 'b', employed_6m: 20, further_study: 10 }), small({ school_id: 'S', major: 'c' }), row({ school_id: 'S', major: 'd', further_study: null })];
    const c = criterion(majors, 'employment_rate');
    expect(c).toMatchObject({ numerator: 50, denominator: 36 + 30, counted: 2, withheld: 1, unreported: 1 });
    expect(c.value).toBeCloseTo(50 / 66, 4);
    // the small major's graduates count in the school's size, never in a rate
    const [f] = schoolFunding(majors, () => null);
    expect(f.graduates).toBe(40 * 3 + 6);
    expect(f.level4).toMatchObject({ numerator: 30, denominator: 120, counted: 3, withheld: 1 });
    expect(f.orderClass).toBe(15);
  });
  it('is unknown, not 0, when no major could be counted', () => {
    const c = criterion([small({ school_id: 'S', major: 'a' })], 'employment_rate');
    expect(c.value).toBeNull();
    expect(c.withheld).toBe(1);
    expect(schoolFunding([small({ school_id: 'S', major: 'a' })], () => null)[0].orderClass).toBeNull();
  });
  it('counts shortage majors, their related employment and the range of their pay', () => {
    const shortage = shortageIndex([{ occupation_code: '6-18-02-04', status: '紧缺', skill_level: null, region_code: PREF }], PREF);
    const [f] = schoolFunding([row({ school_id: 'S', major: 'a', median_monthly_wage: 4800 }), row({ school_id: 'S', major: 'b', median_monthly_wage: 6100 }), row({ school_id: 'S', major: 'c', occupation_code: '4-03-02-01' })], shortage);
    expect(f.shortage).toMatchObject({ majors: 2, names: ['a', 'b'], graduates: 80, minPay: 4800, maxPay: 6100 });
    expect(f.shortage.relevant).toMatchObject({ numerator: 40, denominator: 60 });
  });
});
