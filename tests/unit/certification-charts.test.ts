import { describe, expect, it } from 'vitest';
import { passBarsChart } from '../../src/lib/charts/pass-bars';
import { promotionTrendChart } from '../../src/lib/charts/promotion-trend';
import { certifiedLevelLabel, passRows, passTable, trendTable, trendYears } from '../../src/lib/core/certification/tables';
import type { YearLevelCount } from '../../src/lib/core/queries/certification';
import { svgSnapshot, testDocument } from '../helpers/svg-snapshot';

const count = (n: number | null, passed: number | null) => ({ n_candidates: n, n_passed: passed, pass_rate: n && passed !== null ? passed / n : null, suppressed: n === null });
const levelCells = [
  { key: 2, ...count(4585, 3576) },
  { key: 3, ...count(6947, 5071) },
  { key: 5, ...count(null, null) },
  { key: 0, ...count(773, 641) }
];
const levels = passRows([2, 3, 4, 5, 0], certifiedLevelLabel, levelCells);
const trendRows: YearLevelCount[] = [
  { year: 2023, skill_level: null, ...count(15110, 10800) },
  { year: 2023, skill_level: 5, ...count(975, 495) },
  { year: 2023, skill_level: 6, ...count(296, 140) },
  { year: 2024, skill_level: null, ...count(17200, 12100) },
  { year: 2024, skill_level: 5, ...count(1112, 560) },
  { year: 2024, skill_level: 6, ...count(null, null) },
  { year: 2025, skill_level: null, ...count(18181, 12886) },
  { year: 2025, skill_level: 5, ...count(1282, 660) },
  { year: 2025, skill_level: 6, ...count(520, 248) }
];

describe('certification tables', () => {
  it('passTable reads 不公布 for a withheld category and 0 for one nobody sat, never a blank', () => {
    expect(passTable(levels, '等级').rows).toEqual([
      ['初级工（五级）', 4585, 3576, 78],
      ['中级工（四级）', 6947, 5071, 73],
      ['高级工（三级）', 0, 0, '—'],
      ['技师（二级）', '不公布', '不公布', '不公布'],
      ['专项职业能力（不定级）', 773, 641, 82.9]
    ]);
  });
  it('trendTable gives every year, new 技师 and 高级技师 as passes, withheld years as 不公布', () => {
    const t = trendTable(trendYears(trendRows, [2022, 2023, 2024, 2025], null), '');
    expect(t.rows[0]).toEqual(['2022', 0, '—', 0, 0]);
    expect(t.rows[2]).toEqual(['2024', 17200, 70.3, 560, '不公布']);
  });
});

describe('certification charts', () => {
  it('passBarsChart draws candidates and passes, 不公布 without a bar, 0 as 0', () => {
    const svg = passBarsChart(levels, { width: 560, document: testDocument() });
    expect(svg.textContent).toContain('不公布');
    expect(svg.textContent).toContain('4,585（通过 78%）');
    const [expected, actual] = svgSnapshot('certification-levels', svg);
    expect(actual).toBe(expected);
  });
  it('promotionTrendChart breaks the 高级技师 line at a withheld year instead of dipping to 0', () => {
    const svg = promotionTrendChart(trendYears(trendRows, [2023, 2024, 2025], null), { width: 560, document: testDocument() });
    expect(svg.querySelector('title')?.textContent ?? svg.textContent).toBeTruthy();
    expect([...svg.querySelectorAll('title')].map((t) => t.textContent)).toContain('2024 年 高级技师（一级）：不公布');
    const [expected, actual] = svgSnapshot('certification-trend', svg);
    expect(actual).toBe(expected);
  });
});
