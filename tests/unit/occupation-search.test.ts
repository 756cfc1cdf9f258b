import { describe, expect, it } from 'vitest';
import { toPinyin } from '../../src/lib/core/pinyin';
import type { OccupationEntry } from '../../src/lib/core/queries/wages';
import { OccupationSearch } from '../../src/lib/core/search/occupation-search';

const entry = (code: string, name: string, aliases: string[] = []): OccupationEntry => {
  const p = [name, ...aliases].map(toPinyin);
  return { code, name, aliases, pinyin: p.map((x) => x.full), initials: p.map((x) => x.initials) };
};

const search = new OccupationSearch([
  entry('6', '生产制造及有关人员'),
  entry('6-18', '机械制造基础加工人员'),
  entry('6-18-01-01', '车工', ['数控车工', '普通车工']),
  entry('6-18-01-02', '铣工', ['数控铣工']),
  entry('6-18-02-04', '焊工', ['电焊工', '氩弧焊工', '二保焊工']),
  entry('6-20-03-03', '焊接材料制造工'),
  entry('4-03-02-01', '中式烹调师', ['厨师']),
  entry('4-04-05-05', '人工智能训练师'),
  entry('4-14-01-02', '医疗护理员', ['护工'])
]);

const top = (q: string) => search.search(q)[0];

describe('OccupationSearch', () => {
  it('finds 焊工 by full pinyin and by initials', () => {
    expect(top('hangong').code).toBe('6-18-02-04');
    expect(top('hg').code).toBe('6-18-02-04');
  });
  it('ranks a match on the name above an equally good one through an alias (hg: 焊工 before 护工)', () => {
    expect(search.search('hg').map((h) => h.code).slice(0, 2)).toEqual(['6-18-02-04', '4-14-01-02']);
  });
  it('finds 车工 through its 工种 alias typed in pinyin, and says which alias matched', () => {
    const hit = top('shukong');
    expect(hit.code).toBe('6-18-01-01');
    expect(hit.via).toBe('数控车工');
  });
  it('reads 铣 as xǐ', () => expect(top('xigong').code).toBe('6-18-01-02'));
  it('ranks the exact name above names that merely contain it', () => {
    const codes = search.search('焊工').map((h) => h.code);
    expect(codes[0]).toBe('6-18-02-04');
  });
  it('finds by alias and by code prefix', () => {
    expect(top('厨师').code).toBe('4-03-02-01');
    expect(top('6-18-02').code).toBe('6-18-02-04');
  });
  it('tolerates a typo', () => expect(search.search('人工智能训炼师').map((h) => h.code)).toContain('4-04-05-05'));
  it('adds no fuzzy neighbours once the query matches literally (hangong lists welders, not 护工)', () => {
    expect(search.search('hangong').map((h) => h.code)).toEqual(['6-18-02-04']);
    expect(search.search('hangong').every((h) => h.tier < 3)).toBe(true);
  });
  it('returns nothing for an empty query', () => expect(search.search('  ')).toEqual([]));
});
