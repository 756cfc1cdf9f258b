/**
 * Reading free-text skill and certificate terms as a recruiter would (README.md):
 *
 *   const skills = skillVocabulary(rows, pinyinReadings);     // the CLI, the tests (the publisher: ./publisher.ts)
 *   skills.read('电悍', { occupation: '6-18-02-04' })          // → { id: 'SK003', how: 'typo', confidence: 0.75, … }
 *   skills.resolveAll(['熟练掌握TIG焊', '吃苦耐劳', '铲车'], { occupation: '4-02-06-01' })
 *     // → { ids, sure, inferred, unknown, soft, readings }
 */
export { foldTerm, splitCompound } from './fold';
export { termForms, certificateCore } from './extra-words';
export { HomophoneIndex, type PinyinReader } from './homophones';
export { CONFIDENCE, SURE, TYPO_FACTOR, AMBIGUITY_PENALTY, isSure, type ReadingHow, type TermMatch, type TermReading } from './readings';
export { isSoftQuality } from './soft-qualities';
export { THESAURUS, type Thesaurus, type ThesaurusGroup } from './thesaurus';
export {
  Vocabulary,
  certificateVocabulary,
  readingWorthSaying,
  skillVocabulary,
  type ReadContext,
  type TermList,
  type VocabularyKind,
  type VocabularyOptions,
  type VocabularyTerm
} from './vocabulary';
