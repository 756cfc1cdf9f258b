/**
 * The shipped trade thesaurus (thesaurus.json, documented in README.md): groups of words for one
 * skill or certificate, with their Latin abbreviations and trade slang kept apart because they are
 * read with different confidence; compounds that stand for several skills; soft qualities.
 */
import data from './thesaurus.json';

export interface ThesaurusGroup {
  /** Words that mean exactly this skill; they link the group to a bureau's vocabulary. */
  terms: string[];
  /** Latin abbreviations (MAG焊, PLC, UG); they link too. */
  abbreviations?: string[];
  /** Trade slang (电焊, 挖机); never used to link, since slang is often ambiguous (铲车). */
  slang?: string[];
  /** Where a vocabulary lacks this skill: the neighbouring one it is read as, with less confidence. */
  related?: string[];
}

export interface Thesaurus {
  skills: ThesaurusGroup[];
  /** A word that stands for several skills (车铣 → 车削, 铣削). */
  compounds: Record<string, string[]>;
  certificates: ThesaurusGroup[];
  soft_qualities: string[];
}

export const THESAURUS: Thesaurus = data as Thesaurus;
