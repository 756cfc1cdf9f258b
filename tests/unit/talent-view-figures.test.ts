/** The /talent/ map's and structure charts' selectors (core/talent/map.ts, core/talent/structure.ts). */
import { describe, expect, it } from 'vitest';
import { SHARE_BREAKS } from '../../src/lib/core/choropleth';
import { belowTarget, employmentCaveat, figureClass, figureText, mapBreaks, metricCut, metricTitle, missingReason, noPreviousYear, regionFigures, scaleNote, standingLine, targetStanding } from '../../src/lib/core/talent/map';
import { breakdownLabeller, occupationValues } from '../../src/lib/core/talent/structure';
import { RegionStats, TalentIndex, metricDef, shareTrend } from '../../src/lib/core/talent-metrics';
import { talentCell } from '../helpers/talent-cells';

const cell = (region: string, cut: 'all' | 'high' | number, n: number | null, dimension = 'total', value: string | null = null, year = 2024) => talentCell(year, region, cut, n, dimension, value);

const A = '532501';
const B = '532502';
const C = '532503';
const totals = new TalentIndex([
  cell(A, 'all', 1000), cell(A, 'high', 400), cell(A, 4, 300),
  cell(B, 'all', 2000), cell(B, 'high', 500), cell(B, 4, null),
  cell(C, 'all', null), cell(C, 'high', 120),
  cell(A, 'all', 800, 'total', null, 2023), cell(A, 'high', 300, 'total', null, 2023)
]);
const stats = new RegionStats([{ region_code: A, year: 2024, population: 100_000, employed: 50_000 }]);
const counties = [{ code: A, name: '个旧市' }, { code: B, name: '开远市' }, { code: C, name: '蒙自市' }];

describe('the talent map', () => {
  it('regionFigures(…) gives each county its figure of the metric, withheld where a cell is', () => {
    const f = regionFigures(totals, stats, metricDef('high_share'), 'all', 2024, counties);
    expect(f.map((r) => r.figure.value)).toEqual([0.4, 0.25, null]);
    expect(f[2].figure.status).toBe('suppressed');
  });
  it('metricCut ignores the level range for metrics that have none', () => {
    expect(metricCut(metricDef('high_share'), 4)).toBe('all');
    expect(metricCut(metricDef('count'), 4)).toBe(4);
  });
  it('metricTitle names the level range only when one is chosen', () => {
    expect(metricTitle(metricDef('count'), 'all')).toBe('在库人数');
    expect(metricTitle(metricDef('count'), 4)).toBe('在库人数（高级工（三级））');
  });
  it('figureText reads a figure with its unit, a share without, and says why a figure is missing', () => {
    expect(figureText(metricDef('per_emp'), { value: 208.14, status: 'ok' })).toBe('208.1 人/万名就业人员');
    expect(figureText(metricDef('high_share'), { value: 0.25, status: 'ok' })).toBe('25.0%');
    expect(figureText(metricDef('count'), { value: null, status: 'suppressed' })).toBe('人数过少，不公布');
    expect(missingReason('missing')).toBe('无数据');
  });
  it('mapBreaks puts the share target on a class boundary, and skips withheld counties for quantiles', () => {
    expect(mapBreaks(metricDef('high_share'), [])).toEqual([...SHARE_BREAKS]);
    const counts = [10, 20, 30, 40, 50].map((value) => ({ value, status: 'ok' as const }));
    expect(mapBreaks(metricDef('count'), [...counts, { value: null, status: 'suppressed' }])).toEqual(mapBreaks(metricDef('count'), counts));
    expect(mapBreaks(metricDef('count_change'), [{ value: -0.05, status: 'ok' }, { value: 0.1, status: 'ok' }])).toContain(0);
  });
  it('figureClass leaves a county without a figure unclassed (hatched), never in the lowest class', () => {
    expect(figureClass({ value: null, status: 'missing' }, [1, 2])).toBeNull();
    expect(figureClass({ value: 0, status: 'ok' }, [1, 2])).toBe(0);
  });
  it('scaleNote states the target it draws, from the constant', () => expect(scaleNote(metricDef('high_share'))).toBe('固定分级，33.3%（三分之一）为目标线'));
  it('employmentCaveat warns that per-employed figures cannot judge the 30 % target', () => {
    expect(employmentCaveat(metricDef('per_emp'))).toContain('技能人才占就业人员 30%');
    expect(employmentCaveat(metricDef('count'))).toBeNull();
  });
  it('targetStanding says how far below the target a share is, in points, or that it is met', () => {
    const [a] = shareTrend(totals, [2024], A);
    const [b] = shareTrend(totals, [2024], B);
    const [c] = shareTrend(totals, [2024], C);
    expect(targetStanding(a)).toBe('已达到目标');
    expect(targetStanding(b)).toBe('低于目标 8.3 个百分点');
    expect(targetStanding(c)).toBeNull();
    expect(standingLine(b)).toBe('在库人才 2,000 人 · 高技能人才占比 25.0%（低于目标 8.3 个百分点）');
    expect(standingLine(c)).toBe('在库人才 人数过少，不公布 · 高技能人才占比 人数过少，不公布');
  });
  it('belowTarget lists the counties behind the target, and apart from them those whose share is not known', () => {
    const r = belowTarget(totals, 2024, counties);
    expect(r.below.map((c) => c.code)).toEqual([B]);
    expect(r.unknown.map((c) => c.code)).toEqual([C]);
  });
  it('noPreviousYear is true for change metrics in the first year only', () => {
    expect(noPreviousYear(metricDef('count_change'), 2021, [2021, 2022])).toBe(true);
    expect(noPreviousYear(metricDef('count_change'), 2022, [2021, 2022])).toBe(false);
    expect(noPreviousYear(metricDef('count'), 2021, [2021, 2022])).toBe(false);
  });
});

describe('the talent structure charts', () => {
  const cells = new TalentIndex([
    cell(A, 'all', 5, 'occupation', '4'), cell(A, 'all', 3, 'occupation', '4-01'), cell(A, 'all', 2, 'occupation', 'unknown'), cell(A, 'all', 9, 'occupation', '6')
  ]);
  it('occupationValues lists the groups of one depth, with 未登记 where it occurs', () => {
    expect(occupationValues(cells, 1)).toEqual(['4', 'unknown', '6']);
    expect(occupationValues(cells, 2)).toEqual(['4-01', 'unknown']);
  });
  it('breakdownLabeller names each dimension’s values, and an unrecorded value 未登记', () => {
    const name = breakdownLabeller([{ code: '4', name: '社会生产服务和生活服务人员' }]);
    expect(name.occupation('4')).toBe('4 社会生产服务和生活服务人员');
    expect(name.occupation('9')).toBe('9');
    expect(name.industry('C')).toBe('C 制造业');
    expect(name.gender('unknown')).toBe('未登记');
    expect(name.age_band('unknown')).toBe('未登记');
  });
});
