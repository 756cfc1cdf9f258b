/**
 * The honours section's rules: every title of the roll has a tier (the competitions' codes) and
 * an unlock, a tier selects its titles, and the section's view keeps to its own URL parameters.
 */
import { describe, expect, it } from 'vitest';
import { HONOURS } from '../../src/lib/core/contract/career-enums';
import { COMPETITION_TIERS } from '../../src/lib/core/enums';
import { HONOUR_TIER_LABEL, honourTier, honourUnlocks, honoursOfTier } from '../../src/lib/core/honours/titles';
import { honoursPlan, honoursViewCodec, STUDIOS_SHOWN } from '../../src/lib/core/honours/view';

describe('honour titles', () => {
  it('each have a tier the competitions use (or 多级评定) and what they unlock', () => {
    const tiers = new Set([...COMPETITION_TIERS.map((t) => t.code), 'other']);
    for (const h of HONOURS) {
      expect(tiers.has(honourTier(h.code)), h.code).toBe(true);
      expect(HONOUR_TIER_LABEL[honourTier(h.code)], h.code).toBeTruthy();
      expect(honourUnlocks(h.code), h.code).toMatch(/\S{6,}/);
    }
  });
  it('are selected by tier; a tier that confers none selects none, no tier selects all', () => {
    expect(honoursOfTier('national')).toEqual(['中华技能大奖', '全国技术能手', '政府特殊津贴']);
    expect(honoursOfTier('county')).toEqual([]);
    expect(honoursOfTier(null)).toHaveLength(HONOURS.length);
  });
});

describe('honoursViewCodec', () => {
  const codec = honoursViewCodec([2012, 2018, 2025], ['532501']);
  it('defaults to the latest year, every title and county, the newest studios; and owns only its parameters', () => {
    expect(codec.defaults).toEqual({ hyear: 2025, honour: null, hcounty: null, studios: false });
    expect(codec.params).toEqual(['hyear', 'honour', 'hcounty', 'studios']);
    expect(codec.parse(new URLSearchParams('hyear=2019&honour=五一劳动奖章&hcounty=1&studios=yes&year=2024'))).toEqual(codec.defaults);
    expect(codec.serialise({ hyear: 2018, honour: '州技术能手', hcounty: '532501', studios: true }).toString()).toBe('hyear=2018&honour=%E5%B7%9E%E6%8A%80%E6%9C%AF%E8%83%BD%E6%89%8B&hcounty=532501&studios=all');
  });
  it('asks for the year’s roll, the counts by year and the newest studios (all on request)', () => {
    const p = honoursPlan(codec.defaults);
    expect(p.roll.params[0]).toBe(2025);
    expect(p.studios.params.at(-1)).toBe(STUDIOS_SHOWN);
    expect(honoursPlan({ ...codec.defaults, studios: true }).studios.params.at(-1)).toBeGreaterThan(100_000);
  });
});
