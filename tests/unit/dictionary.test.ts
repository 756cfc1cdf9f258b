import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TABLES, headerKey } from '../../src/lib/core/dictionary';
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
