/**
 * What reading a written term gives: which canonical id, how it was recognised, and how sure the
 * reading is. The confidences live here, in one place; a reading at or above SURE counts as the
 * skill itself, one below it counts partially (the matcher's weights say how much).
 */

/** How a term was recognised, from surest to least sure. */
export type ReadingHow =
  | 'id'
  | 'name'
  | 'synonym'
  | 'thesaurus'
  | 'abbreviation'
  | 'slang'
  | 'contained'
  | 'related'
  | 'ambiguous'
  | 'typo';

export const CONFIDENCE = {
  /** The canonical id, the bureau's name or one of the bureau's synonyms. */
  id: 1,
  name: 1,
  synonym: 1,
  /** A term of the shipped thesaurus, or one of its Latin abbreviations (MAG焊, PLC). */
  thesaurus: 0.95,
  abbreviation: 0.95,
  /** Trade slang (电焊, 挖机, 打灰). */
  slang: 0.9,
  /** A vocabulary word found inside a longer tag: three characters or a Latin word, or two characters. */
  containedLong: 0.9,
  containedShort: 0.75,
  /** A neighbouring technique when the vocabulary lacks the written one (MIG焊 → 二氧化碳气体保护焊). */
  related: 0.7,
  /** A word with several meanings that nothing decides (the bureau's meaning, else the first). */
  ambiguous: 0.6
} as const;

/** Subtracted when the occupation decides between several meanings (铲车: 叉车 in a warehouse, 装载机 on a site). */
export const AMBIGUITY_PENALTY = 0.05;
/** Multiplies the confidence of the word a same-pinyin typo was read as (电悍 → 电焊). */
export const TYPO_FACTOR = 0.75;
/** A reading at or above this counts as the skill itself; below, it is an inference. */
export const SURE = 0.9;

export interface TermMatch {
  id: string;
  confidence: number;
  how: ReadingHow;
  /** The vocabulary word the term was read as (电焊 for 电悍); the canonical name when read directly. */
  via: string;
}

export interface TermReading {
  /** As written. */
  text: string;
  /** The first match's id; null for an unknown term, a soft quality or an empty one. */
  id: string | null;
  /** The first match's confidence (0 without a match). */
  confidence: number;
  how: ReadingHow | 'soft' | 'unknown';
  /** A personal quality (吃苦耐劳, 责任心强): recognised, and not a skill. */
  soft: boolean;
  /** Every match: a compound tag (焊接及切割) gives several. */
  matches: TermMatch[];
}

export const isSure = (m: Pick<TermMatch, 'confidence'>): boolean => m.confidence >= SURE;
