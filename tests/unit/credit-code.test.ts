import { describe, expect, it } from 'vitest';
import { creditCode, creditCodeCheckChar, isValidCreditCode, organisationCodeCheckChar } from '../../src/lib/core/contract/credit-code';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the standard’s published example 91350100M000100Y43', () => {
    expect(organisationCodeCheckChar('M000100Y')).toBe('4');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });
  it('rejects a wrong check character, a wrong organisation check, letters outside the alphabet and wrong lengths', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y53')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });
  it('builds codes that validate, from authority, region and organisation body', () => {
    for (const [kind, region, body] of [['12', '532503', '83096124'], ['52', '532501', 'MA85Y7Q1'], ['91', '532524', 'MAEJJ3MJ']]) {
      const code = creditCode(kind, region, body);
      expect(code).toHaveLength(18);
      expect(code.slice(0, 8)).toBe(kind + region);
      expect(isValidCreditCode(code)).toBe(true);
    }
    expect(() => creditCode('91', '532524', 'MAIJJ3MJ')).toThrow(/not a credit code/);
  });
});
