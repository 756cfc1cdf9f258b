/**
 * The normaliser: reads free text (熟练掌握ＴＩＧ焊, 电悍, 铲车, MAG焊, 焊接及切割, 吃苦耐劳) onto a
 * canonical vocabulary of skills or certificates, as a recruiter would. Built once from the
 * vocabulary (the bureau's names and synonyms, extended by the shipped thesaurus); reading a term
 * is a few map lookups, and only a term nothing else recognises is compared for typos.
 *
 * Order of reading: the term or a form of it without extra words is a vocabulary word → a soft
 * quality → a compound (thesaurus compound or separators) whose parts are read → a same-pinyin
 * typo of a vocabulary word → vocabulary words inside it. A word with several meanings (铲车) is
 * decided by the occupation when one is given.
 */
import { occupationAncestor } from '../occupation-codes';
import { certificateCore, termForms } from './extra-words';
import { foldTerm, isLatinWord, isNegated, splitCompound } from './fold';
import { HomophoneIndex, type PinyinReader } from './homophones';
import { AMBIGUITY_PENALTY, CONFIDENCE, isSure, TYPO_FACTOR, type ReadingHow, type TermMatch, type TermReading } from './readings';
import { isSoftQuality } from './soft-qualities';
import { THESAURUS, type Thesaurus, type ThesaurusGroup } from './thesaurus';

export interface VocabularyTerm {
  id: string;
  name: string;
  synonyms?: readonly string[] | null;
  /** Occupations (细类) the term belongs to: decides between meanings of an ambiguous word. */
  occupations?: readonly string[] | null;
}

/**
 * `plain`: the bureau's words only. `skills`: with the thesaurus's skill groups, soft qualities and
 * (given a pinyin reader) typos. `certificates`: with its certificate groups and the usual wordings
 * of certificates (…上岗证, 特种作业操作证（…）); a certificate is a legal document, so it is never
 * read through a typo.
 */
export type VocabularyKind = 'plain' | 'skills' | 'certificates';

export interface VocabularyOptions {
  kind?: VocabularyKind;
  pinyin?: PinyinReader | null;
  thesaurus?: Thesaurus;
}

export interface ReadContext {
  /** The writer's 细类 (a person's, or a job's): decides ambiguous words. */
  occupation?: string | null;
}

/** A list of terms read at once. */
export interface TermList {
  /** Every id read, sure or not, without duplicates, in the order written. */
  ids: string[];
  /** Ids read surely (SURE or more), and ids only inferred (read less surely, and not also surely). */
  sure: string[];
  inferred: string[];
  /** Terms that read as nothing; and those recognised as personal qualities. */
  unknown: string[];
  soft: string[];
  /** One reading per term, in order. */
  readings: TermReading[];
}

interface Candidate extends TermMatch {
  bureau: boolean;
}

const UNIT_GROUP_DEPTH = 3;

export class Vocabulary {
  readonly names: ReadonlyMap<string, string>;
  readonly kind: VocabularyKind;
  private readonly words = new Map<string, Candidate[]>();
  private readonly compounds = new Map<string, string[]>();
  private readonly occupationsOf = new Map<string, readonly string[]>();
  /** Keys for the containment fallback, longest first so 二氧化碳气体保护焊 beats 气体保护焊. */
  private readonly containable: string[];
  private pinyin: PinyinReader | null;
  private homophones: HomophoneIndex | null = null;

  constructor(terms: readonly VocabularyTerm[], options: VocabularyOptions = {}) {
    this.kind = options.kind ?? 'plain';
    this.pinyin = this.kind === 'skills' ? (options.pinyin ?? null) : null;
    const names = new Map<string, string>();
    for (const t of terms) {
      names.set(t.id, t.name);
      if (t.occupations?.length) this.occupationsOf.set(t.id, t.occupations);
      this.add(t.id, { id: t.id, how: 'id', confidence: CONFIDENCE.id, via: t.name, bureau: true });
      this.add(t.name, { id: t.id, how: 'name', confidence: CONFIDENCE.name, via: t.name, bureau: true });
      for (const s of t.synonyms ?? []) this.add(s, { id: t.id, how: 'synonym', confidence: CONFIDENCE.synonym, via: s, bureau: true });
    }
    this.names = names;
    const thesaurus = options.thesaurus ?? THESAURUS;
    if (this.kind === 'skills') {
      this.addGroups(thesaurus.skills);
      for (const [word, parts] of Object.entries(thesaurus.compounds)) this.compounds.set(this.canon(word), parts);
    } else if (this.kind === 'certificates') this.addGroups(thesaurus.certificates);
    this.containable = [...this.words.keys()].filter((k) => (isLatinWord(k) ? k.length >= 3 && !/^\d+$/.test(k) : [...k].length >= 2)).sort((a, b) => b.length - a.length);
  }

  /** The pinyin reader for typos, once it has loaded (the browser loads it only when needed). */
  usePinyin(reader: PinyinReader): void {
    if (this.kind !== 'skills' || this.pinyin) return;
    this.pinyin = reader;
  }

  get readsTypos(): boolean {
    return this.pinyin !== null;
  }

  private canon(s: string): string {
    const f = foldTerm(s);
    if (this.kind === 'certificates') return certificateCore(f);
    return this.kind === 'skills' ? f.replace(/焊接$/, '焊') : f;
  }

  private add(word: string, c: Candidate): void {
    const key = this.canon(word);
    if (!key) return;
    const list = this.words.get(key);
    if (!list) return void this.words.set(key, [c]);
    // the bureau's own meaning of a word comes first; one id per key is kept once, at its best
    const same = list.find((x) => x.id === c.id);
    if (same) return;
    list.push(c);
  }

  /** Thesaurus groups reach the vocabulary through their terms and abbreviations, never through slang. */
  private addGroups(groups: readonly ThesaurusGroup[]): void {
    const idsOf = (words: readonly string[]) => [...new Set(words.flatMap((w) => (this.words.get(this.canon(w)) ?? []).filter((c) => c.bureau).map((c) => c.id)))];
    for (const g of groups) {
      let ids = idsOf([...g.terms, ...(g.abbreviations ?? [])]);
      let related = false;
      if (!ids.length && g.related?.length) {
        ids = idsOf(g.related);
        related = true;
      }
      for (const id of ids) {
        const put = (words: readonly string[] | undefined, how: ReadingHow) => {
          for (const w of words ?? []) this.add(w, { id, how: related ? 'related' : how, confidence: related ? CONFIDENCE.related : CONFIDENCE[how as keyof typeof CONFIDENCE], via: w, bureau: false });
        };
        put(g.terms, 'thesaurus');
        put(g.abbreviations, 'abbreviation');
        put(g.slang, 'slang');
      }
    }
  }

  /** Does the skill belong to the occupation itself (`exact`), or to its 小类? */
  private belongs(id: string, occupation: string, exact: boolean): boolean {
    const occ = this.occupationsOf.get(id);
    if (!occ) return false;
    if (exact) return occ.includes(occupation);
    const unit = occupationAncestor(occupation, UNIT_GROUP_DEPTH);
    return occ.some((o) => occupationAncestor(o, UNIT_GROUP_DEPTH) === unit);
  }

  /** One meaning out of a word's candidates: the only one, the occupation's, the bureau's, or the first. */
  private choose(cands: readonly Candidate[], ctx: ReadContext): TermMatch | null {
    if (!cands.length) return null;
    const best = (xs: readonly Candidate[]): TermMatch => {
      const b = xs.reduce((a, x) => (x.confidence > a.confidence ? x : a));
      return { id: b.id, confidence: b.confidence, how: b.how, via: b.via };
    };
    const ids = new Set(cands.map((c) => c.id));
    if (ids.size === 1) return best(cands);
    if (ctx.occupation) {
      for (const exact of [true, false]) {
        const fit = cands.filter((c) => this.belongs(c.id, ctx.occupation!, exact));
        if (new Set(fit.map((c) => c.id)).size !== 1) continue;
        const b = best(fit);
        return { ...b, confidence: b.confidence - AMBIGUITY_PENALTY };
      }
    }
    // the bureau's own meaning of the word, when it has one (sure, but a choice worth saying); otherwise a guess
    const bureau = cands.filter((c) => c.bureau);
    if (new Set(bureau.map((c) => c.id)).size === 1) {
      const b = best(bureau);
      return { ...b, confidence: b.confidence - AMBIGUITY_PENALTY, how: b.how === 'synonym' ? 'ambiguous' : b.how };
    }
    return { id: cands[0].id, confidence: Math.min(cands[0].confidence, CONFIDENCE.ambiguous), how: 'ambiguous', via: cands[0].via };
  }

  private lookup(key: string, ctx: ReadContext): TermMatch | null {
    const c = this.words.get(key);
    return c ? this.choose(c, ctx) : null;
  }

  private typo(forms: readonly string[], ctx: ReadContext): TermMatch | null {
    if (!this.pinyin) return null;
    this.homophones ??= new HomophoneIndex(this.words.keys(), this.pinyin);
    for (const f of forms) {
      const keys = this.homophones.near(f);
      if (!keys.length) continue;
      const m = this.choose(keys.flatMap((k) => this.words.get(k)!), ctx);
      if (m) return { ...m, confidence: m.confidence * TYPO_FACTOR, how: 'typo' };
    }
    return null;
  }

  /** Vocabulary words inside the tag, longest first, not overlapping (TIG氩弧焊, 五年氩弧焊二保焊经验). */
  private contained(whole: string, ctx: ReadContext): TermMatch[] {
    const out: TermMatch[] = [];
    let rest = whole;
    for (const k of this.containable) {
      if (k.length > rest.length) continue;
      const at = rest.indexOf(k);
      if (at < 0) continue;
      if (isLatinWord(k) && (/[a-z]/.test(rest[at - 1] ?? '') || /[a-z]/.test(rest[at + k.length] ?? ''))) continue;
      const m = this.choose(this.words.get(k)!, ctx);
      if (!m) continue;
      const long = isLatinWord(k) || [...k].length >= 3;
      out.push({ ...m, confidence: Math.min(m.confidence, long ? CONFIDENCE.containedLong : CONFIDENCE.containedShort), how: m.how === 'ambiguous' ? 'ambiguous' : 'contained' });
      rest = rest.slice(0, at) + '|' + rest.slice(at + k.length);
    }
    return out;
  }

  private forms(whole: string): string[] {
    return this.kind === 'plain' || this.kind === 'skills' ? termForms(whole) : [whole, ...termForms(whole).slice(1).map(certificateCore)];
  }

  /** Reads one part; `split` allows a compound to be split into parts (not recursively). */
  private readPart(text: string, ctx: ReadContext, split: boolean): { matches: TermMatch[]; soft: boolean } {
    const whole = this.canon(text);
    if (!whole || isNegated(foldTerm(text))) return { matches: [], soft: false };
    const forms = this.forms(whole);
    for (const f of forms) {
      const m = this.lookup(f, ctx);
      if (m) return { matches: [m], soft: false };
    }
    if (this.kind === 'skills' && isSoftQuality(forms)) return { matches: [], soft: true };
    for (const f of forms) {
      const parts = this.compounds.get(f);
      if (parts) {
        const matches = parts.flatMap((p) => this.lookup(this.canon(p), ctx) ?? []);
        if (matches.length) return { matches, soft: false };
      }
    }
    if (split) {
      const parts = splitCompound(text).map((p) => this.readPart(p, ctx, false));
      const matches = parts.flatMap((p) => p.matches);
      if (matches.length) return { matches, soft: false };
      if (parts.length && parts.every((p) => p.soft)) return { matches: [], soft: true };
    }
    const t = this.typo(forms, ctx);
    if (t) return { matches: [t], soft: false };
    return { matches: this.contained(whole, ctx), soft: false };
  }

  /** Reads one written term. */
  read(text: string, ctx: ReadContext = {}): TermReading {
    const { matches, soft } = this.readPart(text, ctx, this.kind !== 'plain');
    const seen = new Set<string>();
    // a certificate is a legal document: only a sure reading counts as holding it
    const unique = matches.filter((m) => (this.kind !== 'certificates' || isSure(m)) && !seen.has(m.id) && seen.add(m.id));
    const first = unique[0];
    return {
      text,
      id: first?.id ?? null,
      confidence: first?.confidence ?? 0,
      how: first?.how ?? (soft ? 'soft' : 'unknown'),
      soft,
      matches: unique
    };
  }

  /** The canonical id for one written term (its first, for a compound), or null when nothing fits. */
  resolve(text: string, ctx?: ReadContext): string | null {
    return this.read(text, ctx).id;
  }

  /** Reads a list, dropping duplicates; unknown and soft terms are returned separately. */
  resolveAll(texts: readonly string[], ctx?: ReadContext): TermList {
    const readings = texts.map((t) => this.read(t, ctx));
    const best = new Map<string, number>();
    for (const r of readings) for (const m of r.matches) best.set(m.id, Math.max(best.get(m.id) ?? 0, m.confidence));
    const ids = [...best.keys()];
    return {
      ids,
      sure: ids.filter((id) => isSure({ confidence: best.get(id)! })),
      inferred: ids.filter((id) => !isSure({ confidence: best.get(id)! })),
      unknown: readings.filter((r) => !r.matches.length && !r.soft).map((r) => r.text),
      soft: readings.filter((r) => r.soft).map((r) => r.text),
      readings
    };
  }
}

/** The skill vocabulary as the publisher, the CLI and the matcher build it. */
export const skillVocabulary = (terms: readonly VocabularyTerm[], pinyin: PinyinReader | null = null): Vocabulary => new Vocabulary(terms, { kind: 'skills', pinyin });

/** The certificate vocabulary (ids, names and aliases, with the usual wordings of certificates). */
export const certificateVocabulary = (terms: readonly VocabularyTerm[]): Vocabulary => new Vocabulary(terms, { kind: 'certificates' });

/** Does a reading need saying (电悍 → 焊条电弧焊, MAG焊 → 二氧化碳气体保护焊), rather than being the bureau's own word? */
export const readingWorthSaying = (m: TermMatch): boolean => !isSure(m) || !(m.how === 'id' || m.how === 'name' || m.how === 'synonym');
