import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/lib/core/vocabulary';

const v = new Vocabulary([
  { id: 'SK001', name: '氩弧焊', synonyms: ['TIG焊', '钨极氩弧焊'] },
  { id: 'SK002', name: '二氧化碳气体保护焊', synonyms: ['二保焊', 'CO2焊'] },
  { id: 'SK003', name: 'PLC编程', synonyms: ['可编程控制器编程'] }
]);

describe('Vocabulary.resolve', () => {
  it('maps names, synonyms and ids', () => {
    expect(v.resolve('氩弧焊')).toBe('SK001');
    expect(v.resolve('二保焊')).toBe('SK002');
    expect(v.resolve('SK003')).toBe('SK003');
  });
  it('folds width and case', () => {
    expect(v.resolve('ｔｉｇ焊')).toBe('SK001');
    expect(v.resolve('ＰＬＣ编程')).toBe('SK003');
    expect(v.resolve('co2焊')).toBe('SK002');
  });
  it('strips surrounding words such as 熟练掌握', () => {
    expect(v.resolve('熟练掌握氩弧焊')).toBe('SK001');
    expect(v.resolve('精通PLC编程技术')).toBe('SK003');
  });
  it('prefers the longest term contained in the text', () => {
    expect(v.resolve('会二氧化碳气体保护焊和其他')).toBe('SK002');
  });
  it('returns null for unknown terms', () => {
    expect(v.resolve('烹饪')).toBeNull();
    expect(v.resolveAll(['烹饪', '氩弧焊', 'TIG焊'])).toMatchObject({ ids: ['SK001'], unknown: ['烹饪'] });
  });
});
