/**
 * The shortage page's rules: which list is in force, how the list changed, the entries a view
 * shows, each entry's history, and the facts looked up per entry (a dataset that is not published
 * is "not available", no job is 0; the pay offered is placed in the wage cell at the level).
 */
import { describe, expect, it } from 'vitest';
import { payReference } from '../../src/lib/core/pay-reference';
import type { LadderRow } from '../../src/lib/core/queries/occupation';
import type { ShortageEntry } from '../../src/lib/core/queries/shortage';
import { ShortageFacts } from '../../src/lib/core/shortage/facts';
import { listChanges } from '../../src/lib/core/shortage/history';
import { entryHistory, openedEntry, timeline, visibleEntries } from '../../src/lib/core/shortage/list';
import { periodInForce, periodLabel, periodStart, previousPeriod } from '../../src/lib/core/shortage/periods';
import { shortageViewCodec } from '../../src/lib/core/shortage/view';

const PREF = '532500';
const e = (period: string, code: string, status: string, extra: Partial<ShortageEntry> = {}): ShortageEntry => ({
  period, occupation_code: code, occupation: code, status, skill_level: null, region_code: PREF, county: null, score: 2, vacancies: 10, applicants: 5, cause: null, benefits: [], ...extra
});
const periods = ['2026Q2', '2026Q3', '2026Q4'];
const all = [
  e('2026Q3', '6-18-02-04', '较紧缺', { skill_level: 4 }),
  e('2026Q3', '4-03-02-01', '关注'),
  e('2026Q3', '6-16-01-01', '紧缺', { region_code: '532501', county: '个旧市' }),
  e('2026Q4', '6-18-02-04', '紧缺', { skill_level: 4, score: 2.4 }),
  e('2026Q4', '6-18-02-04', '关注', { skill_level: 5, score: 1.4 }),
  e('2026Q4', '6-31-01-03', '较紧缺'),
  e('2026Q4', '6-16-01-01', '紧缺', { region_code: '532501', county: '个旧市', score: 2.1 }),
  e('2026Q2', '4-03-02-01', '紧缺')
];

describe('periods', () => {
  it('names a quarter and its first day', () => {
    expect(periodLabel('2025Q4')).toBe('2025年第四季度');
    expect(periodStart('2025Q4')).toBe('2025-10-01');
  });
  it('are in force from their first day; a list published ahead is not yet', () => {
    expect(periodInForce(periods, '2026-11-01')).toBe('2026Q4');
    expect(periodInForce(periods, '2026-09-30')).toBe('2026Q3');
    expect(periodInForce([...periods, '2027Q1'], '2026-12-31')).toBe('2026Q4');
    expect(periodInForce(periods, '2020-01-01')).toBe('2026Q2');
    expect(periodInForce([], '2026-01-01')).toBeNull();
    expect(previousPeriod(periods, '2026Q2')).toBeNull();
    expect(previousPeriod(periods, '2026Q4')).toBe('2026Q3');
  });
});

describe('listChanges', () => {
  it('lists entries added, raised, lowered and removed; an occupation at another level is another entry', () => {
    const changes = listChanges(all.filter((x) => x.period === '2026Q3'), all.filter((x) => x.period === '2026Q4'));
    expect(changes.map((c) => `${c.kind} ${c.entry.occupation_code}${c.entry.skill_level ?? ''}`)).toEqual([
      'added 6-31-01-03',
      'added 6-18-02-045',
      'raised 6-18-02-044',
      'removed 4-03-02-01'
    ]);
  });
});

describe('the list on screen', () => {
  const codec = shortageViewCodec(periods, '2026-11-01', ['532501', '532503'], ['6-18-02-04', '4-03-02-01', '6-31-01-03', '6-16-01-01']);
  const v = codec.defaults;
  it('defaults to the list in force and reads nothing unknown from the URL', () => {
    expect(v).toEqual({ period: '2026Q4', status: null, county: null, q: '', occ: null, level: null });
    expect(codec.parse(new URLSearchParams('period=2019Q1&status=很缺&county=1&occ=9-99&level=12'))).toEqual(v);
    expect(codec.serialise({ ...v, period: '2026Q3', occ: '6-18-02-04', level: 4 }).toString()).toBe('period=2026Q3&occ=6-18-02-04&level=4');
  });
  it('orders a period most urgent first, and a county keeps the prefecture-wide entries and its own', () => {
    expect(visibleEntries(all, v, PREF, null).map((x) => `${x.occupation_code}${x.skill_level ?? ''}`)).toEqual(['6-18-02-044', '6-16-01-01', '6-31-01-03', '6-18-02-045']);
    expect(visibleEntries(all, { ...v, county: '532503' }, PREF, null)).toHaveLength(3);
    expect(visibleEntries(all, { ...v, status: '紧缺' }, PREF, new Set(['6-16-01-01']))).toHaveLength(1);
  });
  it('opens the entry of the occupation at the level asked for, or its most urgent', () => {
    expect(openedEntry(all, { ...v, occ: '6-18-02-04', level: 5 })?.status).toBe('关注');
    expect(openedEntry(all, { ...v, occ: '6-18-02-04' })?.skill_level).toBe(4);
    expect(openedEntry(all, { ...v, occ: '6-18-02-04', level: 6 })).toBeNull();
    expect(openedEntry(all, { ...v, occ: '4-03-02-01' })).toBeNull();
  });
  it('gives an entry’s status in every period, and the timeline puts the current list first', () => {
    expect(entryHistory(all, periods, all[0]).map((h) => h.entry?.status ?? null)).toEqual([null, '较紧缺', '紧缺']);
    const t = timeline(all, periods);
    expect(t.map((r) => `${r.entry.occupation_code}${r.entry.skill_level ?? ''}`)).toEqual(['6-16-01-01', '6-18-02-044', '6-31-01-03', '6-18-02-045', '4-03-02-01']);
    expect(t.at(-1)!.statuses).toEqual(['紧缺', '关注', null]);
  });
});

const cell = (level: number | null, p50: number | null, suppressed = false): LadderRow & { occupation_code: string } => ({
  occupation_code: '6-18-02-04', skill_level: level, n_workers: suppressed ? 12 : 200, n_enterprises: 9, p10: p50 && p50 * 0.6, p25: p50 && p50 * 0.8, p50, p75: p50 && p50 * 1.2, p90: p50 && p50 * 1.5, suppressed, quality_flags: null, unit: '元/年'
});

describe('ShortageFacts', () => {
  const weld = all[3];
  const facts = new ShortageFacts(
    {
      jobs: [
        { occupation_code: '6-18-02-04', skill_level: 4, entry_region: PREF, region_code: PREF, jobs: 12, headcount: 30, offers: 10, offer_p50: 8000 },
        { occupation_code: '6-18-02-04', skill_level: 4, entry_region: PREF, region_code: '532501', jobs: 5, headcount: 9, offers: 5, offer_p50: 7000 }
      ],
      map: [{ period: '2026Q4', region_code: '532501', jobs: 5, headcount: 9 }],
      wages: [cell(null, 70000), cell(4, 80000), cell(5, null, true)],
      supply: [{ occupation_code: '6-18-02-04', skill_level: 4, group_code: '6-18', n: null, suppressed: null }],
      courses: null,
      certifications: null
    },
    PREF
  );
  it('places the median offer (×12) in the wage cell at the level', () => {
    const o = facts.offer(weld, null)!;
    expect(o).toMatchObject({ jobs: 12, headcount: 30, median: 8000 });
    expect(o.position).toEqual({ kind: 'within', low: 75, high: 75 }); // 96,000 = P75 of the 高级工 cell
    expect(facts.offer(weld, '532501')!.median).toBe(7000);
  });
  it('counts no job as 0 and an unpublished dataset as not available', () => {
    expect(facts.offer(weld, '532503')).toEqual({ jobs: 0, headcount: 0, offers: 0, median: null, position: null });
    expect(facts.courses(weld)).toBeNull();
    expect(facts.certifications(weld)).toBeNull();
    expect(new ShortageFacts({ jobs: null, map: null, wages: null, supply: null, courses: null, certifications: null }, PREF).offer(weld, null)).toBeNull();
    expect(facts.supply(weld)).toMatchObject({ n: null, suppressed: null }); // absent cell: nobody registered
    expect(facts.mapOf('2026Q4').get('532501')?.headcount).toBe(9);
  });
  it('falls back to all levels where the level’s cell is withheld, and says so', () => {
    const ref = facts.pay({ ...weld, skill_level: 5 })!;
    expect(ref.level).toBeNull();
    expect(ref.passed).toEqual([{ regionName: '全州', level: 5, reason: '样本不足 30 人，不公布' }]);
  });
});

describe('payReference with no level', () => {
  it('looks at the all-levels cells only: the county first, then the prefecture', () => {
    const rows = [cell(null, 70000), cell(4, 80000)];
    expect(payReference(null, { region: PREF, regionName: '全州', rows }, null).level).toBeNull();
    const county = { region: '532501', regionName: '个旧市', rows: [cell(null, 60000, true)] };
    const r = payReference(county, { region: PREF, regionName: '全州', rows }, null);
    expect(r.regionName).toBe('全州');
    expect(r.passed).toHaveLength(1);
  });
});
