import { describe, expect, it } from 'vitest';
import type { CourseCard, WageRef } from '../../src/lib/core/queries/training';
import { coursesToward, evidenceOf, selectCards, widenings } from '../../src/lib/core/training/finder';
import { outcomeRates, payState, withheldOutcomeLabel, type OutcomeRow } from '../../src/lib/core/training/outcomes';
import { cardsWageKeys, inCellUnit, placePay, wageYearFor, WageRefIndex } from '../../src/lib/core/training/pay';
import { finderViewCodec, FINDER_PAGE_SIZE } from '../../src/lib/core/training/view';

const AS_OF = '2026-12-01';
const PREF = '532500';
const defaults = finderViewCodec(['532501', '532503']).defaults;

const outcome = (over: Partial<OutcomeRow> = {}): OutcomeRow =>
  ({
    cohort_year: 2025,
    provider_id: 'P1',
    programme_id: 'X',
    n_enrolled: 20,
    n_completed: 18,
    n_completion_unknown: 0,
    n_certified: 15,
    n_certified_4: 15,
    n_employed_6m: 12,
    n_employment_unknown: 4,
    n_wage: 11,
    wage_after_p25: 5000,
    wage_after_p50: 6000,
    wage_after_p75: 7000,
    wage_withheld: false,
    suppressed: false,
    suppressed_reason: null,
    ...over
  }) as OutcomeRow;

const WITHHELD = outcome({ n_enrolled: null, n_completed: null, n_certified: null, n_employed_6m: null, n_wage: null, wage_after_p25: null, wage_after_p50: null, wage_after_p75: null, suppressed: true, suppressed_reason: 'small' });

let seq = 0;
const card = (over: Partial<CourseCard> = {}): CourseCard => ({
  programme_id: `C${String(++seq).padStart(3, '0')}`,
  provider_id: 'P1',
  name: '焊工培训班',
  occupation_code: '6-18-02-04',
  target_level: 4,
  type: '就业技能培训',
  skills: ['SK001'],
  hours: 120,
  practical_hours: 80,
  mode: '线下',
  start_date: '2027-01-10',
  end_date: '2027-02-20',
  capacity: 30,
  fee: 1500,
  subsidy: 1500,
  shortage_uplift: null,
  shortage_period: null,
  shortage_status: null,
  uplift_applied: false,
  subsidy_total: 1500,
  net_fee: 0,
  eligible_groups: [],
  region_code: '532503',
  year: 2027,
  provider_name: '机构',
  provider_kind: '技工院校',
  provider_status: '正常',
  status_note: null,
  outcome: null,
  previous: null,
  earlier: { runs: 0, withheld: 0 },
  providerYear: null,
  ...over
});

describe('selectCards', () => {
  const weld4 = card({ programme_id: 'W4', start_date: '2027-01-10' });
  const weld3 = card({ programme_id: 'W3', target_level: 3, start_date: '2026-12-15', net_fee: 300, subsidy: 1000, subsidy_total: 1000, fee: 1300 });
  const cook = card({ programme_id: 'K', occupation_code: '4-03-02-01', target_level: 3, region_code: '532501', skills: ['SK003'], start_date: '2027-02-01', subsidy: 0, subsidy_total: 0, net_fee: 900, fee: 900 });
  const past = card({ programme_id: 'OLD', start_date: '2025-04-01', outcome: outcome({ programme_id: 'OLD' }) });
  const undated = card({ programme_id: 'ND', start_date: null, net_fee: null, fee: null });
  const all = [weld4, weld3, cook, past, undated];
  const ids = (patch: Parameters<typeof selectCards>[1] extends infer V ? Partial<V> : never) => selectCards(all, { ...defaults, ...patch }, AS_OF).cards.map((c) => c.programme_id);

  it('lists courses not started by the release date, soonest first, by default (no start date: not listed)', () => {
    expect(ids({})).toEqual(['W3', 'W4', 'K']);
  });
  it('narrows by occupation (a group takes every 细类 under it), level, county, skill and subsidy', () => {
    expect(ids({ occ: '6-18' })).toEqual(['W3', 'W4']);
    expect(ids({ occ: '6-18-02-04', level: 4, county: '532503', subsidy: true })).toEqual(['W4']);
    expect(ids({ skill: 'SK003' })).toEqual(['K']);
    expect(ids({ subsidy: true })).toEqual(['W3', 'W4']);
  });
  it('caps what the trainee pays, leaving out courses whose fee is unknown', () => {
    expect(ids({ fee: 0, when: 'all' })).toEqual(['OLD', 'W4']);
    expect(ids({ fee: 500, when: 'all' })).toEqual(['OLD', 'W3', 'W4']);
  });
  it('windows by start date against the release date', () => {
    expect(ids({ when: 'past' })).toEqual(['OLD']);
    expect(ids({ when: '3m' })).toEqual(['W3', 'W4', 'K']);
    expect(ids({ when: 'all' })).toEqual(['OLD', 'W3', 'W4', 'K', 'ND']);
  });
  it('sorts by fee (cheapest first) and by outcomes (best first), unknowns last, ties by start', () => {
    expect(ids({ when: 'all', sort: 'fee' })).toEqual(['OLD', 'W4', 'W3', 'K', 'ND']);
    const good = card({ programme_id: 'G', previous: { programme_id: 'g0', name: 'g0', type: '就业技能培训', start_date: '2025-03-01', outcome: outcome({ n_employed_6m: 16, n_employment_unknown: 0 }) } });
    const hidden = card({ programme_id: 'H', previous: { programme_id: 'h0', name: 'h0', type: '就业技能培训', start_date: '2025-03-01', outcome: WITHHELD } });
    const byEmployment = selectCards([...all, good, hidden], { ...defaults, when: 'all', sort: 'employment' }, AS_OF).cards.map((c) => c.programme_id);
    expect(byEmployment.slice(0, 2)).toEqual(['G', 'OLD']); // 16/20 = 80 % before 12/16 = 75 %
    expect(byEmployment.indexOf('H')).toBeGreaterThan(1);
  });
  it('pages results and shows the last page for a page past it', () => {
    const many = Array.from({ length: FINDER_PAGE_SIZE * 2 + 3 }, (_, i) => card({ start_date: `2027-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const p2 = selectCards(many, { ...defaults, page: 2 }, AS_OF);
    expect(p2).toMatchObject({ total: 43, page: 2, pages: 3 });
    expect(p2.cards).toHaveLength(FINDER_PAGE_SIZE);
    expect(selectCards(many, { ...defaults, page: 9 }, AS_OF)).toMatchObject({ page: 3, pages: 3 });
    expect(selectCards(many, { ...defaults, page: 9 }, AS_OF).cards).toHaveLength(3);
  });
  it('offers the widenings that would find something, most productive first', () => {
    const w = widenings(all, { ...defaults, occ: '4-03-02-01', county: '532503' }, AS_OF);
    expect(w.map((x) => x.label)).toEqual(['不限县（市）']);
    expect(widenings(all, { ...defaults, occ: '6-18-02-04', level: 5 }, AS_OF).map((x) => [x.label, x.total])).toEqual([['不限培训等级', 2]]);
    expect(widenings(all, { ...defaults, occ: '1' }, AS_OF)).toEqual([]);
  });
});

describe('coursesToward (a rung of /careers/[code])', () => {
  it('lists courses not started yet first, soonest first, then the latest earlier ones', () => {
    const cards = [
      card({ programme_id: 'a', start_date: '2024-03-01' }),
      card({ programme_id: 'b', start_date: '2027-02-01' }),
      card({ programme_id: 'c', start_date: '2025-03-01' }),
      card({ programme_id: 'd', start_date: '2026-12-20' }),
      card({ programme_id: 'e', target_level: 5 })
    ];
    const r = coursesToward(cards, '6-18-02-04', 4, AS_OF, 3);
    expect(r.total).toBe(4);
    expect(r.courses.map((c) => c.programme_id)).toEqual(['d', 'b', 'c']);
  });
});

describe('evidenceOf', () => {
  it('takes the course’s own cohort, else its latest earlier run, else the provider’s year, else nothing', () => {
    const own = outcome();
    const prev = { programme_id: 'p', name: 'p', type: '学徒制', start_date: '2025-01-01', outcome: outcome({ programme_id: 'p' }) };
    const year = outcome({ programme_id: null });
    expect(evidenceOf(card({ outcome: own, previous: prev })).kind).toBe('own');
    expect(evidenceOf(card({ previous: prev, earlier: { runs: 3, withheld: 1 }, providerYear: year }))).toMatchObject({ kind: 'previous', runs: 3, withheld: 1 });
    expect(evidenceOf(card({ providerYear: year })).kind).toBe('provider');
    expect(evidenceOf(card()).kind).toBe('none');
  });
});

describe('outcomeRates', () => {
  it('divides completion and employment by the people whose outcome is known, certification by everyone', () => {
    const r = outcomeRates(outcome({ n_completion_unknown: 2 }))!;
    expect(r.completion).toEqual({ n: 18, of: 18, rate: 1, unknown: 2 });
    expect(r.certification).toEqual({ n: 15, of: 20, rate: 0.75, unknown: 0 });
    expect(r.employment).toEqual({ n: 12, of: 16, rate: 0.75, unknown: 4 });
  });
  it('gives no rate when nobody’s outcome is known, and none at all for a withheld cell', () => {
    expect(outcomeRates(outcome({ n_employed_6m: 0, n_employment_unknown: 20 }))!.employment.rate).toBeNull();
    expect(outcomeRates(WITHHELD)).toBeNull();
  });
  it('says why a cell is withheld, quoting the threshold', () => {
    expect(withheldOutcomeLabel(WITHHELD, 10)).toBe('学员不足 10 人，不公布');
    expect(withheldOutcomeLabel({ suppressed_reason: 'complementary' }, 10)).toMatch(/反推/);
  });
  it('tells withheld pay from missing pay', () => {
    expect(payState(outcome())).toBe('published');
    expect(payState(outcome({ wage_after_p50: null, wage_withheld: true }))).toBe('withheld');
    expect(payState(outcome({ wage_after_p50: null, n_wage: 0 }))).toBe('missing');
  });
});

describe('placing pay after a course among local wages', () => {
  const cell = (region: string, level: number | null, p: [number, number, number, number, number] | null, unit = '元/年'): WageRef => ({
    occupation_code: '6-18-02-04',
    region_code: region,
    year: 2025,
    skill_level: level,
    n_workers: p ? 120 : 12,
    n_enterprises: p ? 9 : 2,
    p10: p?.[0] ?? null,
    p25: p?.[1] ?? null,
    p50: p?.[2] ?? null,
    p75: p?.[3] ?? null,
    p90: p?.[4] ?? null,
    suppressed: p === null,
    quality_flags: null,
    unit
  });
  const names = (code: string) => ({ '532500': '全州', '532503': '蒙自市' })[code] ?? code;
  const course = { occupation_code: '6-18-02-04', target_level: 4, region_code: '532503' };

  it('uses the survey year up to the year after the cohort, else the earliest', () => {
    expect(wageYearFor(2024, [2021, 2022, 2023, 2024, 2025])).toBe(2025);
    expect(wageYearFor(2025, [2021, 2025])).toBe(2025);
    expect(wageYearFor(2019, [2021, 2025])).toBe(2021);
    expect(wageYearFor(2025, [])).toBeNull();
  });
  it('compares monthly pay ×12 with annual cells and as is with monthly ones', () => {
    expect(inCellUnit(6000, '元/年')).toBe(72000);
    expect(inCellUnit(6000, '元/月')).toBe(6000);
    expect(inCellUnit(6000, '万元/年')).toBeNull();
  });
  it('places the median in the county’s cell at the course’s level', () => {
    const index = new WageRefIndex([cell('532503', 4, [40000, 60000, 72000, 84000, 100000]), cell(PREF, 4, [42000, 61000, 75000, 90000, 110000])]);
    const p = placePay(course, outcome(), index, [2024, 2025], PREF, names)!;
    expect(p).toMatchObject({ year: 2025, compared: 72000, position: { kind: 'within', low: 50, high: 50 } });
    expect(p.reference).toMatchObject({ regionName: '蒙自市', level: 4, passed: [] });
  });
  it('names a withheld county cell and falls back to the prefecture', () => {
    const index = new WageRefIndex([cell('532503', 4, null), cell(PREF, 4, [42000, 61000, 72000, 90000, 110000])]);
    const p = placePay(course, outcome(), index, [2025], PREF, names)!;
    expect(p.reference.regionName).toBe('全州');
    expect(p.reference.passed).toEqual([{ regionName: '蒙自市', level: 4, reason: '样本不足 30 人，样本企业不足 3 家，不公布' }]);
  });
  it('compares a course toward no level with all levels, and says when no cell can be used', () => {
    const index = new WageRefIndex([cell(PREF, null, [30000, 50000, 72000, 80000, 90000])]);
    expect(placePay({ ...course, target_level: null }, outcome(), index, [2025], PREF, names)!.reference).toMatchObject({ regionName: '全州', level: null });
    const none = placePay(course, outcome(), new WageRefIndex([]), [2025], PREF, names)!;
    expect(none.reference.cell).toBeNull();
    expect(none.position.kind).toBe('unavailable');
  });
  it('places nothing without published pay, and asks only for the cells the cards need', () => {
    expect(placePay(course, outcome({ wage_after_p50: null }), new WageRefIndex([]), [2025], PREF, names)).toBeNull();
    const cards = [card({ outcome: outcome() }), card({ region_code: PREF, previous: { programme_id: 'p', name: 'p', type: '学徒制', start_date: null, outcome: outcome({ cohort_year: 2021 }) } }), card({ providerYear: outcome() })];
    expect(cardsWageKeys(cards, [2022, 2025], PREF)).toEqual([
      { occupation: '6-18-02-04', region: '532503', year: 2025 },
      { occupation: '6-18-02-04', region: PREF, year: 2025 },
      { occupation: '6-18-02-04', region: PREF, year: 2022 }
    ]);
  });
});
