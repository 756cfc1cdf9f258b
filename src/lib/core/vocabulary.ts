/**
 * Maps free text (熟练掌握ＴＩＧ焊, 二保焊, PLC编程) onto a canonical vocabulary of skills or
 * certificates. Built once from the vocabulary; resolving is a few map lookups per term.
 */
import { toHalfWidth } from './normalize';
export interface VocabularyTerm {
  id: string;
  name: string;
  synonyms?: readonly string[];
}

const DECORATION_PREFIX = /^(熟练掌握|熟练运用|熟练使用|熟练操作|熟练|精通|熟悉|掌握|了解|能够|能|会|具备|具有|擅长|持有|取得|有)/;
const DECORATION_SUFFIX = /(相关)?(技术|技能|能力|经验|操作证|资格证|证书|优先)$/;

/** Width- and case-folded, without spaces or punctuation. */
export const foldTerm = (s: string): string =>
  toHalfWidth(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

function stripDecoration(s: string): string {
  let prev = '';
  let cur = s;
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(DECORATION_PREFIX, '').replace(DECORATION_SUFFIX, '');
  }
  return cur;
}

export class Vocabulary {
  private readonly exact = new Map<string, string>();
  /** Keys for the containment fallback, longest first so 二氧化碳气体保护焊 beats 气体保护焊. */
  private readonly keys: string[];
  readonly names: ReadonlyMap<string, string>;

  constructor(terms: readonly VocabularyTerm[]) {
    const names = new Map<string, string>();
    for (const t of terms) {
      names.set(t.id, t.name);
      for (const k of [t.id, t.name, ...(t.synonyms ?? [])]) {
        const f = foldTerm(k);
        if (f && !this.exact.has(f)) this.exact.set(f, t.id);
      }
    }
    this.names = names;
    this.keys = [...this.exact.keys()].filter((k) => [...k].length >= 2).sort((a, b) => b.length - a.length);
  }

  /** The canonical id for one written term, or null when nothing in the vocabulary fits. */
  resolve(text: string): string | null {
    const f = foldTerm(text);
    if (!f) return null;
    const direct = this.exact.get(f) ?? this.exact.get(stripDecoration(f));
    if (direct) return direct;
    for (const k of this.keys) if (f.includes(k)) return this.exact.get(k)!;
    return null;
  }

  /** Resolves a list, dropping duplicates; unresolved terms are returned separately. */
  resolveAll(texts: readonly string[]): { ids: string[]; unknown: string[] } {
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const t of texts) {
      const id = this.resolve(t);
      if (id === null) unknown.push(t);
      else if (!ids.includes(id)) ids.push(id);
    }
    return { ids, unknown };
  }
}
