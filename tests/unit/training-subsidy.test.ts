import { describe, expect, it } from 'vitest';
import { netFee, periodInForce, quarterOf, ShortageList, type ShortageEntry } from '../../src/lib/core/training/subsidy';

const PREF = '532500';
const entry = (period: string, occupation_code: string, status: string, skill_level: number | null = null, region_code: string | null = PREF): ShortageEntry => ({
  period,
  occupation_code,
  status,
  skill_level,
  region_code
});
const course = (over: Partial<{ occupation_code: string; target_level: number | null; region_code: string | null; start_date: string | null }> = {}) => ({
  occupation_code: '6-18-02-04',
  target_level: 4,
  region_code: '532501',
  start_date: '2025-11-10',
  ...over
});

describe('quarterOf', () => {
  it('names the calendar quarter of an ISO date', () => {
    expect(quarterOf('2025-01-01')).toBe('2025Q1');
    expect(quarterOf('2025-03-31')).toBe('2025Q1');
    expect(quarterOf('2025-04-01')).toBe('2025Q2');
    expect(quarterOf('2026-11-09')).toBe('2026Q4');
  });
  it('is null for a missing or malformed date', () => {
    expect(quarterOf(null)).toBeNull();
    expect(quarterOf('')).toBeNull();
    expect(quarterOf('2025-13-01')).toBeNull();
    expect(quarterOf('11/09/2026')).toBeNull();
  });
});

describe('periodInForce', () => {
  const periods = ['2025Q1', '2025Q2', '2025Q4'];
  it('is the quarter’s own list when there is one', () => expect(periodInForce(periods, '2025Q2')).toBe('2025Q2'));
  it('is the latest earlier list when a quarter has none (a list stays in force)', () => expect(periodInForce(periods, '2025Q3')).toBe('2025Q2'));
  it('is the latest list for a course starting after it', () => expect(periodInForce(periods, '2027Q1')).toBe('2025Q4'));
  it('is null before the first list', () => expect(periodInForce(periods, '2024Q4')).toBeNull());
});

describe('ShortageList.statusFor', () => {
  const list = new ShortageList(
    [
      entry('2025Q4', '6-18-02-04', '紧缺', 4),
      entry('2025Q4', '4-03-02-01', '较紧缺', null, '532503'),
      entry('2025Q4', '4-03-02-01', '关注'),
      entry('2025Q4', '6-31-01-03', '关注', null, null),
      entry('2025Q4', '6-31-01-03', '紧缺', null, null)
    ],
    PREF
  );
  it('finds a level-specific entry only for that target level', () => {
    expect(list.statusFor(course())).toEqual({ period: '2025Q4', status: '紧缺' });
    expect(list.statusFor(course({ target_level: 3 }))).toEqual({ period: '2025Q4', status: null });
    expect(list.statusFor(course({ target_level: null }))).toEqual({ period: '2025Q4', status: null });
  });
  it('applies a county’s entry in that county only, prefecture-wide entries everywhere', () => {
    expect(list.statusFor(course({ occupation_code: '4-03-02-01', target_level: 3, region_code: '532503' })).status).toBe('较紧缺');
    expect(list.statusFor(course({ occupation_code: '4-03-02-01', target_level: 3, region_code: '532501' })).status).toBe('关注');
  });
  it('takes the most urgent status when several entries match (an empty region is prefecture-wide)', () => {
    expect(list.statusFor(course({ occupation_code: '6-31-01-03', region_code: '532502' })).status).toBe('紧缺');
  });
  it('uses the list in force at the start and says which', () => {
    expect(list.statusFor(course({ start_date: '2027-02-01' }))).toEqual({ period: '2025Q4', status: '紧缺' });
    expect(list.statusFor(course({ start_date: '2025-06-30' }))).toEqual({ period: null, status: null });
  });
  it('consults no list for a course without a start date', () => {
    expect(list.statusFor(course({ start_date: null }))).toEqual({ period: null, status: null });
  });
});

describe('netFee', () => {
  const base = { fee: 1200, subsidy: 1000, shortage_uplift: 0.2, shortage_status: null };
  it('is the fee less the subsidy when the occupation is not listed', () => {
    expect(netFee(base)).toEqual({ uplift_applied: false, subsidy_total: 1000, net_fee: 200 });
  });
  it('raises the subsidy by the uplift for 紧缺 and 较紧缺', () => {
    expect(netFee({ ...base, shortage_status: '紧缺' })).toEqual({ uplift_applied: true, subsidy_total: 1200, net_fee: 0 });
    expect(netFee({ ...base, fee: 1500, shortage_status: '较紧缺' })).toEqual({ uplift_applied: true, subsidy_total: 1200, net_fee: 300 });
  });
  it('does not raise it for 关注', () => {
    expect(netFee({ ...base, shortage_status: '关注' }).uplift_applied).toBe(false);
  });
  it('never goes below 0 when the subsidy exceeds the fee', () => {
    expect(netFee({ ...base, fee: 1550, subsidy: 1500, shortage_status: '紧缺' })).toEqual({ uplift_applied: true, subsidy_total: 1800, net_fee: 0 });
    expect(netFee({ ...base, fee: 0 }).net_fee).toBe(0);
  });
  it('applies no uplift without an uplift share or without a subsidy', () => {
    expect(netFee({ ...base, shortage_uplift: null, shortage_status: '紧缺' })).toEqual({ uplift_applied: false, subsidy_total: 1000, net_fee: 200 });
    expect(netFee({ ...base, subsidy: 0, shortage_status: '紧缺' })).toEqual({ uplift_applied: false, subsidy_total: 0, net_fee: 1200 });
  });
  it('keeps an unknown fee unknown, never 0', () => {
    expect(netFee({ ...base, fee: null }).net_fee).toBeNull();
  });
  it('charges the whole fee when the subsidy is not stated, and says the subsidy is unknown', () => {
    expect(netFee({ ...base, subsidy: null, shortage_status: '紧缺' })).toEqual({ uplift_applied: false, subsidy_total: null, net_fee: 1200 });
  });
  it('works in 元 and 分 without floating-point residue', () => {
    expect(netFee({ fee: 2000, subsidy: 1333.33, shortage_uplift: 0.3, shortage_status: '紧缺' })).toEqual({ uplift_applied: true, subsidy_total: 1733.33, net_fee: 266.67 });
  });
});
