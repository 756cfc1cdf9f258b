/**
 * The one seam through which published data reads free text: the vocabularies as the publisher
 * builds them, and a registry row's or a job's terms read in its occupation. The publisher
 * (pipeline/sources.ts, talent.ts, jobs.ts) and the registry evaluation set both go through here.
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
