import { describe, expect, it } from 'vitest';
import { ladderChart, type LadderDatum } from '../../src/lib/charts/ladder-chart';
import { trendChart } from '../../src/lib/charts/trend-chart';
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
