/**
 * Descriptive columns accept the wording registries use and publish what they cannot read as
 * 未注明 with a warning; keys, codes, levels, money, dates and consent stay errors; nothing may
 * be dated after the release.
 */
import { describe, expect, it } from 'vitest';
import { AVAILABILITY, parseEnum } from '../../src/lib/core/enums';
import { publishTables } from '../helpers/publish';
import { baseTables, type Table } from '../helpers/sources';

/** The fixture registry with one person per availability phrasing (all consenting, latest year). */
function registryWith(values: readonly string[], column = 'availability'): Table {
  const t = baseTables().talent;
  const c = t[0].indexOf(column);
  return [
    t[0],
    ...values.map((v, i) => {
      const row = [...t[1]];
      row[0] = i === 0 ? "P0001" : `P${9000 + i}`;
      row[3] = `53250119850312${String(1000 + i)}`;
      row[c] = v;
      return row;
    })
  ];
}

describe('availability', () => {
  it.each([
    ['随时到岗', 'available'],
    ['离职-随时到岗', 'available'],
    ['一周内到岗', 'within_1w'],
    ['1周内到岗', 'within_1w'],
    ['两周内到岗', 'within_2w'],
    ['半个月内到岗', 'within_2w'],
    ['一个月内到岗', 'within_1m'],
    ['1个月内到岗', 'within_1m'],
    ['三个月内到岗', 'within_3m'],
    ['在职看机会', 'open'],
    ['在职 - 考虑机会', 'open'],
    ['在职，看机会', 'open'],
    ['暂不考虑', 'unavailable'],
    ['到岗时间另议', 'negotiable'],
    ['面议', 'negotiable'],
    ['ＯＰＥＮ', 'open']
  ])('reads %s as %s', (raw, code) => {
    expect(parseEnum(AVAILABILITY, raw)).toBe(code);
  });

  it('publishes a registry in its own words, and an unknown phrasing as 未注明 with a warning', async () => {
    const t = baseTables();
    t.talent = registryWith(['一个月内到岗', '在职看机会', '两周内到岗', '到岗时间另议', '待沟通', '']);
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const pool = await p.read<{ availability: string | null }>('talent_pool');
    expect(pool.map((r) => r.availability).sort()).toEqual(['negotiable', 'open', 'unknown', 'within_1m', 'within_2w', null].sort());
    const warning = p.messages.find((m) => m.includes('「待沟通」'))!;
    expect(warning).toMatch(/^talent\.csv:6:18: 警告：求职状态（availability）：「待沟通」无法识别，按「未注明」发布/);
    expect(AVAILABILITY.find((a) => a.code === 'unknown')?.label).toBe('未注明');
  });

  it('reads relocation as 愿意/不接受/可以 …, and an unknown one as not stated', async () => {
    const t = baseTables();
    t.talent = registryWith(['愿意', '不接受', '可以', '看情况'], 'willing_to_relocate');
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const pool = await p.read<{ willing_to_relocate: boolean | null }>('talent_pool');
    expect(pool.map((r) => r.willing_to_relocate).sort()).toEqual([false, null, true, true].sort());
    expect(p.messages.some((m) => m.startsWith('talent.csv:5:19: 警告') && m.includes('「看情况」'))).toBe(true);
  });

  it('reads unit kinds as organisers write them and warns about the rest', async () => {
    const t = baseTables();
    const c = t.competition_results[0].indexOf('unit_kind');
    t.competition_results[1][c] = '国企';
    t.competition_results[2][c] = '某某';
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const results = await p.read<{ unit_kind: string | null }>('competition_results');
    expect(results.map((r) => r.unit_kind)).toEqual(['enterprise', null]);
    expect(p.messages.some((m) => m.startsWith(`competition_results.csv:3:${c + 1}: 警告`))).toBe(true);
  });

  it('still rejects consent, levels and codes it cannot read', async () => {
    const t = baseTables();
    t.talent = registryWith(['愿意'], 'consent_public');
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    expect(p.messages.some((m) => m.startsWith('talent.csv:2:21: 错误') && m.includes('不是是/否值'))).toBe(true);
  });
});

describe('dates against the release', () => {
  it('rejects a survey year after the as-of date, naming the as-of date', async () => {
    const t = baseTables();
    t.wage_survey[4][0] = '2099';
    t.wage_survey[5][0] = '2027';
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    const errors = p.messages.filter((m) => m.includes('错误'));
    expect(errors.some((e) => e.startsWith('wage_survey.csv:5:1: 错误：调查年份（year）：2099 年晚于本次发布的基准日 2026-11-01'))).toBe(true);
    expect(errors.some((e) => e.startsWith('wage_survey.csv:6:1:'))).toBe(true);
  });

  it('rejects a registry updated after the as-of date and a job that expires before it is posted', async () => {
    const t = baseTables();
    t.talent[1][21] = '2026-12-24';
    t.jobs[1][14] = '2026-08-01';
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    const errors = p.messages.filter((m) => m.includes('错误'));
    expect(errors.some((e) => e.startsWith('talent.csv:2:22:') && e.includes('晚于本次发布的基准日'))).toBe(true);
    expect(errors.some((e) => e.startsWith('jobs.csv:2:15:') && e.includes('expires_at (2026-08-01) 早于 posted_at (2026-09-01)'))).toBe(true);
  });

  it('accepts the as-of year itself', async () => {
    const t = baseTables();
    t.region_stats[1][1] = '2026';
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
  });
});
