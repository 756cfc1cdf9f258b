/**
 * Same-pinyin typos, as a pinyin input method makes them (电悍 for 电焊, 亚弧焊 for 氩弧焊): a word
 * of the vocabulary with the same length that differs in exactly one Chinese character, the two
 * characters sharing a reading. The pinyin reader is injected (pinyin-pro in Node; loaded in the
 * browser's matcher worker only when a typed term needs it), so the core ships no dictionary.
 */
import { hasCjk } from './fold';

/** All toneless readings of one character (重 → zhong, chong); [] for a character it does not know. */
export type PinyinReader = (char: string) => readonly string[];

export class HomophoneIndex {
  private readonly byLength = new Map<number, { key: string; chars: string[] }[]>();
  private readonly cache = new Map<string, readonly string[]>();

  constructor(
    keys: Iterable<string>,
    private readonly reader: PinyinReader
  ) {
    for (const key of keys) {
      const chars = [...key];
      if (chars.length < 2 || !hasCjk(key)) continue;
      const list = this.byLength.get(chars.length);
      if (list) list.push({ key, chars });
      else this.byLength.set(chars.length, [{ key, chars }]);
    }
  }

  private readings(ch: string): readonly string[] {
    let r = this.cache.get(ch);
    if (!r) this.cache.set(ch, (r = this.reader(ch)));
    return r;
  }

  private sound(a: string, b: string): boolean {
    if (!hasCjk(a) || !hasCjk(b)) return false;
    const rb = this.readings(b);
    return this.readings(a).some((x) => rb.includes(x));
  }

  /** Vocabulary keys that the term could be a one-character, same-pinyin typo of. */
  near(term: string): string[] {
    const t = [...term];
    if (t.length < 2) return [];
    const out: string[] = [];
    for (const { key, chars } of this.byLength.get(t.length) ?? []) {
      let diff = -1;
      let one = true;
      for (let i = 0; i < t.length; i++) {
        if (t[i] === chars[i]) continue;
        if (diff >= 0) {
          one = false;
          break;
        }
        diff = i;
      }
      if (one && diff >= 0 && this.sound(t[diff], chars[diff])) out.push(key);
    }
    return out;
  }
}
