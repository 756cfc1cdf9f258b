/**
 * The vocabularies as the publisher builds them (pipeline/sources.ts: with the thesaurus and the
 * pinyin reader, so a registry's typos are read at publication), and a person's or a job's terms
 * read as the publisher reads them in SQL (pipeline/skill-terms.ts and datasets/): each term in
 * the row's occupation, ids read surely in `skills`, the others in `skills_inferred`. The registry
 * evaluation set publishes its people with these, and a test holds them equal to the publisher's
 * output.
 */
import { pinyinReadings } from '../pinyin';
import { certificateVocabulary, skillVocabulary, type Vocabulary, type VocabularyTerm } from './vocabulary';

export interface Vocabularies {
  skills: Vocabulary;
  certificates: Vocabulary;
}

/** With the pinyin reader: a registry's typos are read at publication. */
export const publisherVocabularies = (skills: readonly VocabularyTerm[], certificates: readonly VocabularyTerm[]): Vocabularies => ({
  skills: skillVocabulary(skills, pinyinReadings),
  certificates: certificateVocabulary(certificates)
});

/**
 * A person's terms as `talent_pool` publishes them: `skills` read surely, `skills_inferred` read
 * less surely (never both), certificates read surely.
 */
export function personTerms(v: Vocabularies, skills: readonly string[], certificates: readonly string[], occupation: string | null): { skills: string[]; skills_inferred: string[]; certificates: string[] } {
  const ctx = { occupation };
  const s = v.skills.resolveAll(skills, ctx);
  return { skills: s.sure, skills_inferred: s.inferred, certificates: v.certificates.resolveAll(certificates, ctx).ids };
}

/** A job's terms as `jobs` publishes them: every skill read is asked for, however surely. */
export const jobTerms = (v: Vocabulary, terms: readonly string[], occupation: string | null): string[] => v.resolveAll(terms, { occupation }).ids;
