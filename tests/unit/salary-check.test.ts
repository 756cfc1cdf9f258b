import { describe, expect, it } from 'vitest';
import { describePosition, percentilePosition, toAnnual, type PercentileCell } from '../../src/lib/core/salary-check';

const cell: PercentileCell = { p10: 40_000, p25: 50_000, p50: 60_000, p75: 80_000, p90: 100_000, suppressed: false };

describe('percentilePosition', () => {
  it('is exact at the published percentiles', () => {
    expect(percentilePosition(40_000, cell)).toEqual({ kind: 'within', low: 10, high: 10 });
    expect(percentilePosition(60_000, cell)).toEqual({ kind: 'within', low: 50, high: 50 });
    expect(percentilePosition(100_000, cell)).toEqual({ kind: 'within', low: 90, high: 90 });
  });
  it('interpolates linearly between neighbours', () => {
    expect(percentilePosition(55_000, cell)).toEqual({ kind: 'within', low: 38, high: 38 });
    expect(percentilePosition(70_000, cell)).toEqual({ kind: 'within', low: 63, high: 63 });
  });
  it('says below P10 and above P90 instead of extrapolating', () => {
    expect(percentilePosition(39_999, cell)).toEqual({ kind: 'below' });
    expect(percentilePosition(100_001, cell)).toEqual({ kind: 'above' });
  });
  it('gives a range where adjacent percentiles coincide', () => {
    expect(percentilePosition(80_000, { ...cell, p90: 80_000 })).toEqual({ kind: 'within', low: 75, high: 90 });
  });
  it('gives no position for a suppressed cell', () => {
    expect(percentilePosition(60_000, { ...cell, suppressed: true, p10: null, p25: null, p50: null, p75: null, p90: null })).toEqual({ kind: 'unavailable' });
  });
  it('uses only the percentiles an official table published', () => {
    const old = { ...cell, p25: null, p75: null };
    expect(percentilePosition(70_000, old)).toEqual({ kind: 'within', low: 60, high: 60 });
  });
  it('converts monthly to annual pay by twelve months', () => {
    expect(toAnnual(6_500, 'month')).toBe(78_000);
    expect(toAnnual(78_000, 'year')).toBe(78_000);
  });
  it('describes positions in Chinese', () => {
    expect(describePosition({ kind: 'within', low: 62, high: 62 })).toBe('约第 62 百分位');
    expect(describePosition({ kind: 'below' })).toContain('低于低位数');
  });
});
