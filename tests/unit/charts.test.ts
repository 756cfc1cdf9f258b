import { describe, expect, it } from 'vitest';
import { ladderChart, type LadderDatum } from '../../src/lib/charts/ladder-chart';
import { trendChart } from '../../src/lib/charts/trend-chart';
import { yearBarsChart } from '../../src/lib/charts/year-bars-chart';
import { svgSnapshot, testDocument } from '../helpers/svg-snapshot';

const cell = (skill_level: number | null, p50: number | null, suppressed = false): LadderDatum => ({
  skill_level,
  p10: p50 && p50 * 0.6,
  p25: p50 && p50 * 0.8,
  p50,
  p75: p50 && p50 * 1.3,
  p90: p50 && p50 * 1.9,
  suppressed
});

const rows = [cell(null, 70_000), cell(2, 50_000), cell(3, 62_000), cell(4, 78_000), cell(5, 90_000), cell(6, null, true)];

describe('ladderChart', () => {
  it('draws one band per published level, omitting suppressed levels and the all-levels row', () => {
    const svg = ladderChart(rows, { width: 640, document: testDocument() });
    const text = svg.textContent ?? '';
    expect(text).toContain('初级工（五级）');
    expect(text).toContain('技师（二级）');
    expect(text).not.toContain('高级技师');
    expect(svg.querySelectorAll('circle').length).toBe(4);
    const [expected, actual] = svgSnapshot('ladder', svg);
    expect(actual).toBe(expected);
  });
  it('marks a checked salary', () => {
    const svg = ladderChart(rows, { width: 640, salary: 78_000, document: testDocument() });
    expect(svg.textContent).toContain('核对');
    const [expected, actual] = svgSnapshot('ladder-salary', svg);
    expect(actual).toBe(expected);
  });
});

describe('trendChart', () => {
  it('draws the median line with a dot per published year and leaves withheld years out', () => {
    const years = [2021, 2022, 2023, 2024, 2025].map((year, i) => ({ year, p25: 40_000 + i * 2000, p50: 55_000 + i * 2500, p75: 80_000 + i * 3000, suppressed: year === 2023 }));
    const svg = trendChart(years, { width: 640, document: testDocument() });
    expect(svg.querySelectorAll('circle').length).toBe(4);
    expect(svg.textContent).toContain('2023');
    const [expected, actual] = svgSnapshot('trend', svg);
    expect(actual).toBe(expected);
  });
});

describe('yearBarsChart', () => {
  const series = [
    { key: 'provincial', label: '省级', color: '#0f4c81' },
    { key: 'prefecture', label: '州（市）级', color: '#6a9fd4' },
    { key: 'county', label: '县级', color: '#c9a227' }
  ];
  const rows = [
    { year: 2021, series: 'provincial', n: 2 },
    { year: 2021, series: 'county', n: 10 },
    { year: 2023, series: 'prefecture', n: 7 },
    { year: 2023, series: 'county', n: 0 },
    { year: 2023, series: 'world', n: 5 }
  ];

  it('stacks one bar per series and year with a count in its title, and keeps an empty year on the axis', () => {
    const chart = yearBarsChart(rows, { width: 640, years: [2021, 2022, 2023], series, label: '奖牌（枚）', unit: '枚', document: testDocument() });
    const titles = [...chart.querySelectorAll('rect title')].map((t) => t.textContent);
    expect(titles).toEqual(['2021 年 省级：2 枚', '2021 年 县级：10 枚', '2023 年 州（市）级：7 枚']);
    const ticks = [...chart.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['2021', '2022', '2023']);
    // the legend names every series in stacking order
    expect(chart.textContent).toMatch(/省级.*州（市）级.*县级/);
    const [expected, actual] = svgSnapshot('year-bars', chart);
    expect(actual).toBe(expected);
  });

  it('draws numeric series such as the skill level granted', () => {
    const chart = yearBarsChart([{ year: 2024, series: 5, n: 3 }, { year: 2024, series: 6, n: 1 }], {
      width: 360, years: [2024], series: [{ key: 5, label: '技师（二级）', color: '#1d7a46' }, { key: 6, label: '高级技师（一级）', color: '#0f4c81' }], label: '晋升（人次）', unit: '人次', document: testDocument()
    });
    expect([...chart.querySelectorAll('rect title')].map((t) => t.textContent)).toEqual(['2024 年 技师（二级）：3 人次', '2024 年 高级技师（一级）：1 人次']);
  });
});
