/**
 * Kept for the modules that import the vocabulary from here (the publisher's lookups, search):
 * the normaliser lives in core/terms/.
 */
export {
  foldTerm,
  Vocabulary,
  certificateVocabulary,
  jobTerms,
  personTerms,
  publisherVocabularies,
  skillVocabulary,
  type ReadContext,
  type TermList,
  type Vocabularies,
  type VocabularyTerm
} from './terms';
