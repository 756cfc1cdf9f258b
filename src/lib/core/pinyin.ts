/**
 * Pinyin for search (hangong, hg → 焊工). Computed when a release is published; the browser only
 * matches strings. Occupation words whose common reading differs from pinyin-pro's default are
 * fixed here, in one list.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/** Readings used in trade names: 铣 is xǐ in 铣工/铣床 (milling), 刨 is bào in 刨工 (planing). */
export const PINYIN_OVERRIDES: Readonly<Record<string, string>> = {
  铣: 'xǐ',
  刨工: 'bào gōng',
  刨床: 'bào chuáng',
  刨削: 'bào xiāo'
};

let installed = false;

export function toPinyin(text: string): { full: string; initials: string } {
  if (!installed) {
    customPinyin(PINYIN_OVERRIDES as Record<string, string>);
    installed = true;
  }
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { full, initials };
}

const readingsCache = new Map<string, readonly string[]>();

/** Every toneless reading of one character (重 → zhong, chong): the normaliser's typo reader (core/terms). */
export function pinyinReadings(char: string): readonly string[] {
  let r = readingsCache.get(char);
  if (!r) {
    r = pinyin(char, { multiple: true, type: 'array', toneType: 'none' }).map((x) => x.toLowerCase());
    readingsCache.set(char, r);
  }
  return r;
}
