/**
 * The honours section's rules: every title of the roll has a tier (the competitions' codes) and
 * an unlock, a tier selects its titles; the section's fields in the page's view and its queries.
 */
import { describe, expect, it } from 'vitest';
import { HONOURS } from '../../src/lib/core/contract/career-enums';
import { COMPETITION_TIERS } from '../../src/lib/core/enums';
import { HONOUR_TIER_LABEL, honourTier, honourUnlocks, honoursOfTier } from '../../src/lib/core/honours/titles';
import { competitionViewCodec, honourRollHref } from '../../src/lib/core/competitions/view';
import { honoursPlan, rollYear, STUDIOS_SHOWN } from '../../src/lib/core/honours/view';
import type { Manifest } from '../../src/lib/core/manifest';

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

describe('the honours fields of the /competitions/ view', () => {
  const manifest = { prefecture: { code: '532500', name: '红河州' }, years: { wage: [], talent: [], competitions: [2023, 2024, 2025] } } as unknown as Manifest;
  const years = [2012, 2018, 2024, 2025];
  const codec = competitionViewCodec(manifest, ['532501'], years);
  it('default to the latest roll, every title, the newest studios, and read nothing unknown', () => {
    expect(codec.defaults).toMatchObject({ hyear: null, honour: null, studios: false });
    expect(codec.parse(new URLSearchParams('hyear=2019&honour=五一劳动奖章&studios=yes'))).toEqual(codec.defaults);
    expect(codec.serialise({ ...codec.defaults, hyear: 2018, honour: '州技术能手', studios: true }).toString()).toBe('hyear=2018&honour=%E5%B7%9E%E6%8A%80%E6%9C%AF%E8%83%BD%E6%89%8B&studios=all');
  });
  it('link a pool entry to its holder’s year and title on the roll, in the form the page reads', () => {
    const href = honourRollHref('/base', manifest, 2018, '州技术能手');
    expect(href).toMatch(/^\/base\/competitions\/\?.*#roll-title$/);
    expect(codec.parse(new URL(href, 'http://x').searchParams)).toMatchObject({ hyear: 2018, honour: '州技术能手', year: null, tier: null });
  });
  it('show the roll of the year chosen, else of the page’s year when honours were given in it, else the latest', () => {
    expect(rollYear({ ...codec.defaults, hyear: 2012 }, years)).toBe(2012);
    expect(rollYear({ ...codec.defaults, year: 2024 }, years)).toBe(2024);
    expect(rollYear({ ...codec.defaults, year: 2023 }, years)).toBe(2025);
    expect(rollYear(codec.defaults, [])).toBeNull();
  });
  it('ask for the year’s roll under the page’s filter, the counts by year, and the newest studios (all on request)', () => {
    const p = honoursPlan({ ...codec.defaults, county: '532501', tier: 'national' }, years);
    expect(p.honours!.params).toEqual([2025, '中华技能大奖|全国技术能手|政府特殊津贴', '532501', HONOURS.map((h) => h.code).join('|')]);
    expect(p.studios!.params.at(-1)).toBe(STUDIOS_SHOWN);
    expect(honoursPlan({ ...codec.defaults, studios: true }, years).studios!.params.at(-1)).toBeGreaterThan(100_000);
    expect(honoursPlan(codec.defaults, [])).toEqual({ honours: null, honourCounts: null, studios: null });
  });
});
