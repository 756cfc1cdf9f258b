import { describe, expect, it } from 'vitest';
import { levelBarsChart } from '../../src/lib/charts/level-bars';
import { levelHeatmapChart } from '../../src/lib/charts/level-heatmap';
import { marginalBarsChart } from '../../src/lib/charts/marginal-bars';
import { shareTrendChart } from '../../src/lib/charts/share-trend';
import { TalentIndex, crossTab, levelDistribution, marginal, shareTrend } from '../../src/lib/core/talent-metrics';
import { talentCell } from '../helpers/talent-cells';
import { svgSnapshot, testDocument } from '../helpers/svg-snapshot';

const R = '532501';
const c = (cut: 'all' | 'high' | number, n: number | null, dimension = 'total', value: string | null = null, year = 2024) => talentCell(year, R, cut, n, dimension, value);

const index = new TalentIndex([
  c('all', 900), c('high', 260), c(1, 40), c(2, 250), c(3, 350), c(4, 180), c(5, 60), c(6, 20), c(7, null), c(8, null),
  c('all', 700, 'total', null, 2022), c('high', 150, 'total', null, 2022), c('all', 800, 'total', null, 2023), c('high', null, 'total', null, 2023),
  c('all', 500, 'occupation', '6'), c(3, 200, 'occupation', '6'), c(4, 120, 'occupation', '6'), c(7, null, 'occupation', '6'), c(8, null, 'occupation', '6'),
  c('all', 400, 'occupation', '4'), c(2, 150, 'occupation', '4'), c(5, 30, 'occupation', '4'),
  c('all', 520, 'gender', 'M'), c('high', 160, 'gender', 'M'), c('all', 380, 'gender', 'F'), c('high', 100, 'gender', 'F'), c('all', null, 'gender', 'unknown'), c('high', null, 'gender', 'unknown')
]);
const doc = () => testDocument();

describe('talent charts', () => {
  it('level bars: a bar per published level, 不公布 for withheld levels', () => {
    const svg = levelBarsChart(levelDistribution(index, 2024, R), { width: 560, document: doc() });
    expect(svg.textContent).toContain('高级技师（一级）');
    expect(svg.textContent!.match(/不公布/g)).toHaveLength(2);
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(7);
    const [expected, actual] = svgSnapshot('talent-levels', svg);
    expect(actual).toBe(expected);
  });

  it('occupation × level heatmap: published cells coloured, withheld cells marked *', () => {
    const svg = levelHeatmapChart(crossTab(index, 2024, R, 'occupation', ['4', '6']), (v) => (v === '4' ? '社会生产服务' : '生产制造'), { width: 560, document: doc() });
    expect(svg.querySelectorAll('g[aria-label="cell"]')[0].querySelectorAll('rect')).toHaveLength(16);
    expect(svg.textContent!.match(/\*/g)).toHaveLength(2);
    const [expected, actual] = svgSnapshot('talent-heatmap', svg);
    expect(actual).toBe(expected);
  });

  it('marginal bars: all people and the high-skill people of each group, 不公布 where withheld', () => {
    const svg = marginalBarsChart(marginal(index, 2024, R, 'gender'), (v) => ({ M: '男', F: '女' })[v] ?? '未登记', { width: 560, document: doc() });
    expect(svg.textContent).toContain('不公布');
    expect(svg.textContent).toContain('520');
    const [expected, actual] = svgSnapshot('talent-marginal', svg);
    expect(actual).toBe(expected);
  });

  it('share trend: the 1/3 target line, and a gap for a year whose share is withheld', () => {
    const years = shareTrend(index, [2022, 2023, 2024], R);
    const svg = shareTrendChart({ name: '个旧市', years }, null, { width: 560, document: doc() });
    expect(svg.textContent).toContain('目标 1/3');
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    const [expected, actual] = svgSnapshot('talent-share-trend', svg);
    expect(actual).toBe(expected);
  });
});
