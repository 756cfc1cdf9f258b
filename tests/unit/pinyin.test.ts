import { describe, expect, it } from 'vitest';
import { toPinyin } from '../../src/lib/core/pinyin';

describe('toPinyin', () => {
  it('spells occupation names without tones, with initials', () => {
    expect(toPinyin('焊工')).toEqual({ full: 'hangong', initials: 'hg' });
    expect(toPinyin('数控车工')).toEqual({ full: 'shukongchegong', initials: 'skcg' });
  });
  it('uses the trade reading of polyphones: 铣 xǐ, 刨 bào', () => {
    expect(toPinyin('铣工').full).toBe('xigong');
    expect(toPinyin('数控铣工').initials).toBe('skxg');
    expect(toPinyin('刨工').full).toBe('baogong');
  });
  it('keeps Latin letters and digits', () => {
    expect(toPinyin('CAD绘图').full).toBe('cadhuitu');
  });
});
