/** The competitions page's queries, run by the build-time engine against a small published release. */
import { beforeAll, describe, expect, it } from 'vitest';
import { entriesByGroupYear, medalsByTierYear, promotionTotals } from '../../src/lib/core/competition-trends';
import type { Manifest } from '../../src/lib/core/manifest';
import { competitionList, competitionResults, competitionTrends, medalTableQuery, type CompetitionFilter } from '../../src/lib/core/queries/competitions';
import { NodeEngine } from '../../src/lib/engine/node';
import { publishTables } from '../helpers/publish';
import { baseTables } from '../helpers/sources';

const all: CompetitionFilter = { year: null, tier: null, group: null, county: null };
let engine: NodeEngine;

beforeAll(async () => {
  const t = baseTables();
  t.competitions.push(
    ['S2023', '2023年云南省职业技能大赛', '2023', '省级', '云南省人社厅', '2023-09-01'],
    ['S2024', '2024年云南省职业技能大赛', '2024', 'provincial', '云南省人社厅', '2024-09-01'],
    ['X2024', '2024年蒙自市职业技能竞赛', '2024', 'county', '蒙自市人社局', '']
  );
  const h = t.competition_results[0];
  const row = (o: Record<string, string>) => h.map((c) => o[c] ?? '');
  t.competition_results.push(
    row({ competition_id: 'S2023', event: '焊接', occupation_code: '6-18-02-04', contestant_name: '赵大山', unit: '云锡集团', unit_kind: '企业', region_code: '532501', rank: '1', award: '金牌', level_promotion: '高级技师', announced: '是' }),
    row({ competition_id: 'S2023', event: '焊接', occupation_code: '6-18-02-04', contestant_name: '钱二', unit: '红河技师学院', unit_kind: 'school', region_code: '532503', rank: '5', award: '优胜奖', level_promotion: '技师', announced: '是' }),
    row({ competition_id: 'S2023', event: '烹饪（中餐）', occupation_code: '4-03-02-01', contestant_name: '孙三', unit: '个体经营', unit_kind: 'other', region_code: '532503', rank: '2', award: '银牌', level_promotion: '技师', announced: '否' }),
    row({ competition_id: 'S2024', event: '烹饪（中餐）', occupation_code: '4-03-02-01', contestant_name: '李四', unit: '蒙自大酒店', unit_kind: 'enterprise', region_code: '532503', rank: '3', award: 'bronze', level_promotion: '5', announced: '是' }),
    row({ competition_id: 'S2024', event: '焊接', occupation_code: '6-18-02-04', contestant_name: '周五', unit: '开远电厂', unit_kind: 'enterprise', region_code: '532502', rank: '12', award: '未获奖', announced: '否' })
  );
  const p = await publishTables(t);
  expect(p.result.ok, p.messages.join('\n')).toBe(true);
  engine = await NodeEngine.open(p.out, p.manifest as Manifest);
});

describe('medal tables', () => {
  it('count 一等奖 as gold and a gold medal as gold, by county, all years and tiers', async () => {
    const rows = await engine.run(medalTableQuery(all, 'county'));
    expect(rows.map((r) => [r.rank, r.name, r.gold, r.silver, r.bronze, r.excellence, r.points, r.entries, r.promotions])).toEqual([
      // 蒙自市: 二等奖 (no level) + 银牌 + 铜牌 + 优胜奖; 个旧市: 一等奖 (2024 prefecture) + 金牌 (2023 provincial)
      [1, '蒙自市', 0, 2, 1, 1, 3 + 3 + 2 + 1, 4, 3],
      [2, '个旧市', 2, 0, 0, 0, 4 + 4, 2, 2],
      [3, '开远市', 0, 0, 0, 0, 0, 1, 0]
    ]);
  });

  it('answer "which county won most at provincial level" with the tier filter', async () => {
    const rows = await engine.run(medalTableQuery({ ...all, tier: 'provincial' }, 'county'));
    expect(rows.map((r) => [r.name, r.points, r.medals])).toEqual([['蒙自市', 3 + 2 + 1, 3], ['个旧市', 4, 1], ['开远市', 0, 0]]);
  });

  it('list enterprises and schools with a medal by unit, never individuals or units without a medal', async () => {
    const rows = await engine.run(medalTableQuery({ ...all, tier: 'provincial' }, 'unit'));
    expect(rows.map((r) => [r.name, r.kind, r.region_code, r.points])).toEqual([
      ['云锡集团', 'enterprise', '532501', 4],
      ['蒙自大酒店', 'enterprise', '532503', 2],
      ['红河技师学院', 'school', '532503', 1]
    ]);
  });

  it('restrict to one year and one occupation group', async () => {
    expect((await engine.run(medalTableQuery({ ...all, year: 2023 }, 'county'))).map((r) => [r.name, r.points])).toEqual([['个旧市', 4], ['蒙自市', 4]]);
    expect((await engine.run(medalTableQuery({ ...all, group: '4' }, 'county'))).map((r) => [r.name, r.points])).toEqual([['蒙自市', 5]]);
    expect((await engine.run(medalTableQuery({ ...all, group: '6-18' }, 'county'))).map((r) => r.name)).toEqual(['个旧市', '蒙自市', '开远市']);
  });
});

describe('competition list and results', () => {
  it('lists every competition, latest year and highest tier first, including one without results', async () => {
    const rows = await engine.run(competitionList(all));
    expect(rows.map((r) => [r.id, r.entries, r.medals])).toEqual([['S2024', 2, 1], ['K2024-01', 2, 2], ['X2024', 0, 0], ['S2023', 3, 3]]);
  });

  it('with a county filter lists only competitions with a contestant from it, counting only theirs', async () => {
    const rows = await engine.run(competitionList({ ...all, county: '532502' }));
    expect(rows.map((r) => [r.id, r.entries, r.medals])).toEqual([['S2024', 1, 0]]);
  });

  it('gives results by event in rank order, with names as published and pool links', async () => {
    const events = await engine.run(competitionResults('S2023', all));
    // the publisher writes full-width brackets half-width
    expect(events.map((e) => [e.event, e.occupation, e.rows.length])).toEqual([['烹饪(中餐)', '中式烹调师', 1], ['焊接', '焊工', 2]]);
    const weld = events[1].rows;
    expect(weld.map((r) => [r.rank, r.contestant, r.award, r.level_promotion, r.county])).toEqual([[1, '赵大山', 'gold', 6, '个旧市'], [5, '钱二', 'excellence', 5, '蒙自市']]);
    expect(events[0].rows[0].contestant).toBe('孙某');
    const pooled = await engine.run(competitionResults('K2024-01', all));
    expect(pooled[0].rows[0].pool_ref).toMatch(/^R/);
    expect(pooled[0].rows[1].pool_ref).toBeNull();
  });

  it('filters one competition\'s results by county', async () => {
    const events = await engine.run(competitionResults('S2023', { ...all, county: '532503' }));
    expect(events.flatMap((e) => e.rows.map((r) => r.contestant))).toEqual(['孙某', '钱二']);
  });
});

describe('trends', () => {
  it('count medals by tier and year, entries by 大类, and levels granted', async () => {
    const rows = await engine.run(competitionTrends({ ...all, year: 2023 }));
    // the year filter does not apply to trends: they are by year
    expect(medalsByTierYear(rows)).toEqual([
      { year: 2023, series: 'provincial', n: 3 },
      { year: 2024, series: 'provincial', n: 1 },
      { year: 2024, series: 'prefecture', n: 2 }
    ]);
    expect(entriesByGroupYear(rows)).toEqual([
      { year: 2023, series: '4', n: 1 },
      { year: 2023, series: '6', n: 2 },
      { year: 2024, series: '4', n: 1 },
      { year: 2024, series: '6', n: 3 }
    ]);
    expect([...promotionTotals(rows)]).toEqual([[5, 4], [6, 1]]);
  });
});
