import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TABLES, columnFormatZh, headerKey } from '../../src/lib/core/dictionary';
import { dictionaryMarkdown } from '../../src/lib/core/dictionary-markdown';

describe('data dictionary', () => {
  it('gives every header of a table exactly one meaning', () => {
    for (const t of TABLES) {
      const seen = new Map<string, string>();
      for (const c of t.columns)
        for (const h of [c.name, c.label, ...(c.aliases ?? [])]) {
          const k = headerKey(h);
          expect(seen.get(k) ?? c.name, `${t.name}: header ${h}`).toBe(c.name);
          seen.set(k, c.name);
        }
    }
  });
  it('is rendered into docs/data-dictionary.md (run npm run docs:dictionary after changing it)', async () => {
    expect(await readFile(new URL('../../docs/data-dictionary.md', import.meta.url), 'utf8')).toBe(dictionaryMarkdown());
  });
});

describe('columnFormatZh', () => {
  const col = (table: string, name: string) => TABLES.find((t) => t.name === table)!.columns.find((c) => c.name === name)!;
  it('tells staff in Chinese how to fill a column, with its reference and privacy', () => {
    expect(columnFormatZh(col('wage_survey', 'skill_level'))).toBe('技能等级：0–8 或 初级工、高级工、三级、技师 等');
    expect(columnFormatZh(col('wage_survey', 'region_code'))).toBe('6 位行政区划代码；须为 regions 中的县级区划');
    expect(columnFormatZh(col('wage_survey', 'annual_wage'))).toBe('数字，可含千分位逗号（≥ 1，≤ 10,000,000）；不公开');
    expect(columnFormatZh(col('talent', 'certificates'))).toBe('多项，用 ; 或 ； 分隔；须为 certificates 中的证书（编码、名称或简称）');
  });
});
