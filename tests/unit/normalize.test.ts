import { describe, expect, it } from 'vitest';
import { parseBoolean, parseDate, parseNumber, splitList } from '../../src/lib/core/normalize';

describe('parseNumber', () => {
  it('reads full-width digits and thousands separators', () => {
    expect(parseNumber('８，６００')).toBe(8600);
    expect(parseNumber('8,600')).toBe(8600);
    expect(parseNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseNumber(' 8600 ')).toBe(8600);
  });
  it('rejects malformed numbers instead of guessing', () => {
    expect(parseNumber('86,00')).toBeNull();
    expect(parseNumber('8600元')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('splitList', () => {
  it('splits on ; and ；, trimming and dropping empties', () => {
    expect(splitList('氩弧焊；二保焊; ;TIG焊')).toEqual(['氩弧焊', '二保焊', 'TIG焊']);
  });
});

describe('parseBoolean and parseDate', () => {
  it('reads Chinese booleans', () => {
    expect(parseBoolean('是')).toBe(true);
    expect(parseBoolean('否')).toBe(false);
    expect(parseBoolean('可能')).toBeNull();
  });
  it('reads common date forms and rejects impossible dates', () => {
    expect(parseDate('2024/3/5')).toBe('2024-03-05');
    expect(parseDate('2024年3月5日')).toBe('2024-03-05');
    expect(parseDate('2024-02-30')).toBeNull();
  });
});
