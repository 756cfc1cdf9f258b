/** The /competitions/ page's selectors and figures (core/competitions/summary.ts, the trend tables, the rule sentences). */
import { describe, expect, it } from 'vitest';
import { awardEquivalences, medalOrderText, medalPointsText } from '../../src/lib/core/awards';
import { entryRows, majorGroups, medalsByTierYear, yearRows, type TrendCount } from '../../src/lib/core/competition-trends';
import {
  competitionKpis, competitionTitle, eventsShown, formatMedalCount, leaderSentence, medalLeaders, promotionLevels, selectedCompetition, shownMedalTable
} from '../../src/lib/core/competitions/summary';
import { competitionViewCodec } from '../../src/lib/core/competitions/view';
import type { Manifest } from '../../src/lib/core/manifest';
import { medalTable, type AwardCount } from '../../src/lib/core/medal-table';
import type { CompetitionListRow, EventResults } from '../../src/lib/core/queries/competitions';

const comp = (id: string, year = 2024): CompetitionListRow => ({ id, name: id, year, tier: 'provincial', organizer: null, date: null, events: 1, entries: 2, medals: 1, promotions: 0 });
const trend = (year: number, award: string, n: number, level_promotion: number | null = null, group: string | null = '6-18', tier = 'provincial'): TrendCount => ({ year, tier, group, award, level_promotion, n });
const defaults = competitionViewCodec({ years: { competitions: [2023, 2024] } } as unknown as Manifest, []).defaults;

describe('selectedCompetition(list, id)', () => {
  it('is the one the URL names, else the first listed, else none', () => {
    const list = [comp('A'), comp('B')];
    expect(selectedCompetition(list, 'B')?.id).toBe('B');
    expect(selectedCompetition(list, 'gone')?.id).toBe('A');
    expect(selectedCompetition([], null)).toBeNull();
    expect(selectedCompetition(null, 'A')).toBeNull();
  });
});

describe('eventsShown(events, event)', () => {
  const events = [{ event: '焊工' }, { event: '车工' }] as EventResults[];
  it('is the one event asked for, or all when none is or the competition does not have it', () => {
    expect(eventsShown(events, '车工').map((e) => e.event)).toEqual(['车工']);
    expect(eventsShown(events, '钳工')).toHaveLength(2);
    expect(eventsShown(events, null)).toHaveLength(2);
    expect(eventsShown(null, null)).toEqual([]);
  });
});

describe('competitionKpis(list, trends, year)', () => {
  const trends = [trend(2023, 'gold', 2, 5), trend(2023, 'none', 10), trend(2024, 'first', 1, 6), trend(2024, 'second', 3), trend(2024, 'none', 6, 4)];
  it('counts entries, results on the medal scale (一等奖 included) and levels granted, in the year shown', () => {
    expect(competitionKpis([comp('A')], trends, 2024)).toEqual({ competitions: 1, entries: 10, awarded: 4, promotions: new Map([[4, 6], [6, 1]]), promoted: 7 });
  });
  it('counts every year when no year is chosen', () => expect(competitionKpis(null, trends, null)).toMatchObject({ competitions: 0, entries: 22, awarded: 6, promoted: 9 }));
});

describe('promotionLevels(promotions)', () => {
  it('lists 技师 and 高级技师 even at 0, with the other levels granted, lowest first', () => {
    expect(promotionLevels(new Map())).toEqual([5, 6]);
    expect(promotionLevels(new Map([[4, 3], [7, 1]]))).toEqual([4, 5, 6, 7]);
  });
});

describe('the medal table', () => {
  const counts: AwardCount[] = [
    { key: 'u1', name: '甲公司', kind: 'enterprise', award: 'gold', n: 1, promotions: 1 },
    { key: 'u2', name: '乙学校', kind: 'school', award: 'first', n: 1, promotions: 0 },
    { key: 'u3', name: '丙公司', kind: 'enterprise', award: 'bronze', n: 2, promotions: 0 }
  ];
  const rows = medalTable(counts);
  it('shownMedalTable keeps one unit kind for the unit table only, in the view’s order', () => {
    expect(shownMedalTable(rows, { by: 'unit', kind: 'enterprise', sort: 'points' }).map((r) => r.key)).toEqual(['u1', 'u3']);
    expect(shownMedalTable(rows, { by: 'county', kind: 'enterprise', sort: 'points' })).toHaveLength(3);
    expect(shownMedalTable(null, { by: 'county', kind: null, sort: 'points' })).toEqual([]);
  });
  it('names one leader with points and medals, and states a tie as a tie', () => {
    const enterprises = shownMedalTable(rows, { by: 'unit', kind: 'enterprise', sort: 'medals' });
    expect(leaderSentence(medalLeaders(enterprises), 'unit')).toBe('奖牌积分最高的单位是 甲公司（4 分：金牌·一等奖 1），其获奖选手中 1 人次因竞赛晋升技能等级。');
    const all = shownMedalTable(rows, { by: 'unit', kind: null, sort: 'points' });
    expect(medalLeaders(all).map((r) => r.key)).toEqual(['u1', 'u2']);
    expect(leaderSentence(medalLeaders(all), 'unit')).toMatch(/^奖牌积分并列最高的有 2 个单位：甲公司、乙学校（各 4 分：金牌·一等奖 1）。$/);
  });
  it('has no leader when nobody scored', () => expect(leaderSentence(medalLeaders(medalTable([{ key: 'x', name: 'x', award: 'none', n: 3, promotions: 0 }])), 'county')).toBeNull());
  it('writes 0 medals as ·', () => expect([formatMedalCount(0), formatMedalCount(1200)]).toEqual(['·', '1,200']));
});

describe('the rule sentences, from the constants that decide them', () => {
  it('medal points, tie-break order and the Chinese prize tiers', () => {
    expect(medalPointsText()).toBe('金牌 4 分、银牌 3 分、铜牌 2 分、优胜奖 1 分');
    expect(medalOrderText()).toBe('金牌、银牌、铜牌和优胜奖');
    expect(awardEquivalences()).toBe('一等奖计为金牌、二等奖计为银牌、三等奖计为铜牌');
  });
});

describe('competitionTitle(view)', () => {
  it('names year, tier, group and county, or says all', () => {
    const name = { group: (c: string) => `组${c}`, county: (c: string) => `县${c}` };
    expect(competitionTitle(defaults, [2021, 2025], name)).toBe('全部年份（2021–2025 年） · 全部级别 · 全部职业 · 全州各县（市）');
    expect(competitionTitle({ ...defaults, year: 2024, tier: 'national', group: '6', county: '532503' }, [2021, 2025], name)).toBe('2024 年 · 国家级 · 组6 · 县532503');
  });
});

describe('trend tables', () => {
  const trends = [trend(2023, 'gold', 2, null, '6-18'), trend(2024, 'silver', 1, null, '6-20'), trend(2024, 'none', 4, null, '4-01', 'national'), trend(2024, 'none', 1, null, null)];
  it('yearRows(rows, years, series) lists every series with 0 in a year without any, and its total', () => {
    expect(yearRows(medalsByTierYear(trends), [2023, 2024], [{ key: 'provincial', label: '省级' }, { key: 'national', label: '国家级' }])).toEqual([
      { label: '省级', counts: [2, 1], total: 3 },
      { label: '国家级', counts: [0, 0], total: 0 }
    ]);
  });
  it('entryRows lists each 大类 with entries, followed by its 中类, and leaves out 大类 without any', () => {
    const majors = [{ key: '4', label: '四' }, { key: '6', label: '六' }, { key: '2', label: '二' }];
    expect(entryRows(trends, [2023, 2024], majors, (g) => `中类${g}`)).toEqual([
      { label: '四', counts: [0, 4], total: 4 },
      { label: '中类4-01', counts: [0, 4], total: 4, sub: true },
      { label: '六', counts: [2, 1], total: 3 },
      { label: '中类6-18', counts: [2, 0], total: 2, sub: true },
      { label: '中类6-20', counts: [0, 1], total: 1, sub: true }
    ]);
  });
  it('majorGroups lists the filter’s 大类 and those in the results, `other` for results without an occupation', () =>
    expect(majorGroups([{ code: '2' }, { code: '2-01' }], trends)).toEqual(['2', '4', '6', 'other']));
});
