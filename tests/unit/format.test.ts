import { describe, expect, it } from 'vitest';
import {
  formatBytes, formatChange, formatDate, formatDateRange, formatDecimal, formatInt, formatMoneyRange, formatPercent, formatPointChange, formatPointGap, formatPremium, formatRatio, formatScore, formatSigned, formatSignedDecimal, formatWan, formatWithUnit, formatYear
} from '../../src/lib/core/format';

describe('format', () => {
  it('formatInt groups thousands and reads missing values as —', () => {
    expect([formatInt(1234567), formatInt(0), formatInt(null), formatInt(undefined), formatInt(NaN)]).toEqual(['1,234,567', '0', '—', '—', '—']);
  });
  it('formatPremium signs a negative premium with a minus, never "+-"', () => {
    expect(formatPremium({ diff: -6267, ratio: 0.8812 })).toBe('−6,267（0.88×）');
    expect(formatPremium({ diff: 8200, ratio: 1.123 })).toBe('+8,200（1.12×）');
    expect(formatPremium({ diff: 0, ratio: 1 })).toBe('0（1.00×）');
    expect(formatPremium(null)).toBe('—');
  });
  it('formatSigned rounds and signs: +1,234 · −6,267 · 0', () => {
    expect([formatSigned(1234.4), formatSigned(-6267), formatSigned(0), formatSigned(-0.2)]).toEqual(['+1,234', '−6,267', '0', '0']);
  });
  it('formatRatio gives two decimals and ×', () => expect([formatRatio(0.8812), formatRatio(null)]).toEqual(['0.88×', '—']));
  it('formatMoneyRange reads both ends, one end, or the wording for none', () => {
    expect(formatMoneyRange(5000, 8000, '元/月')).toBe('5,000–8,000 元/月');
    expect(formatMoneyRange(6000, 6000, '元/月')).toBe('6,000 元/月');
    expect(formatMoneyRange(5000, null, '元/月')).toBe('5,000 元/月起');
    expect(formatMoneyRange(null, 8000, '元/月')).toBe('最高 8,000 元/月');
    expect(formatMoneyRange(null, null, '元/月')).toBe('面议');
    expect(formatMoneyRange(null, null, '元/月', '未填写')).toBe('未填写');
  });
  it('formatWithUnit puts the unit after the figure', () => expect([formatWithUnit(6500, '元/月'), formatWithUnit(null, '人')]).toEqual(['6,500 元/月', '—']));
  it('percentages, changes and points carry their sign with a minus', () => {
    expect(formatPercent(0.3333)).toBe('33.3%');
    expect([formatChange(0.034), formatChange(-0.01)]).toEqual(['+3.4%', '−1.0%']);
    expect([formatPointChange(0.012), formatPointChange(-0.005)]).toEqual(['+1.2 个百分点', '−0.5 个百分点']);
  });
  it('formatDecimal keeps one decimal; formatSignedDecimal signs it, 0 as +0.0', () => {
    expect([formatDecimal(208.14), formatDecimal(1204), formatDecimal(null)]).toEqual(['208.1', '1,204.0', '—']);
    expect([formatSignedDecimal(1.23), formatSignedDecimal(-0.5), formatSignedDecimal(0)]).toEqual(['+1.2', '−0.5', '+0.0']);
  });
  it('formatPointGap gives the size of a gap in points, unsigned', () => expect([formatPointGap(-0.012), formatPointGap(0.005), formatPointGap(null)]).toEqual(['1.2 个百分点', '0.5 个百分点', '—']));
  it('formatScore keeps up to two decimals, as a source gives scores', () => expect([formatScore(92.5), formatScore(87.25), formatScore(1020), formatScore(null)]).toEqual(['92.5', '87.25', '1,020', '—']));
  it('formatWan writes axis ticks in 万', () => expect([formatWan(65000), formatWan(100000)]).toEqual(['6.5万', '10万']));
  it('formatYear and formatBytes', () => {
    expect([formatYear(2025), formatYear(null)]).toEqual(['2025 年', '—']);
    expect([formatBytes(1.8 * 1024 * 1024), formatBytes(45_000), formatBytes(10)]).toEqual(['1.8 MB', '44 KB', '1 KB']);
  });
});

describe('formatDate and formatDateRange', () => {
  it('write an ISO date in Chinese without a time zone', () => {
    expect(formatDate('2027-03-11')).toBe('2027年3月11日');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('3/11/2027')).toBe('—');
  });
  it('give the year once within a year, twice across years, and say an open end', () => {
    expect(formatDateRange('2027-03-11', '2027-04-04')).toBe('2027年3月11日—4月4日');
    expect(formatDateRange('2026-12-20', '2027-01-15')).toBe('2026年12月20日—2027年1月15日');
    expect(formatDateRange('2027-03-11', null)).toBe('2027年3月11日起');
    expect(formatDateRange(null, null)).toBe('—');
  });
});
