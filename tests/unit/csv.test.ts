import { describe, expect, it } from 'vitest';
import { csvCell, neutralizeFormula, toCsv } from '../../src/lib/core/csv';

describe('csv', () => {
  it('neutralises cells a spreadsheet would evaluate', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralizeFormula('+1')).toBe(`'+1`);
    expect(neutralizeFormula('-2+3')).toBe(`'-2+3`);
    expect(neutralizeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralizeFormula('焊工')).toBe('焊工');
  });
  it('leaves numbers as numbers, negative ones included', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(65000)).toBe('65000');
  });
  it('quotes separators and joins lists with ;', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(['氩弧焊', '二保焊'])).toBe('"氩弧焊;二保焊"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
  });
  it('starts with a BOM and uses CRLF', () => {
    const s = toCsv(['a', 'b'], [{ a: '=1', b: 2 }], ['列A', '列B']);
    expect(s).toBe(`\ufeff列A,列B\r\n'=1,2\r\n`);
  });
});
