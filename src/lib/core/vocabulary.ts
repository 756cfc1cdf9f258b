/**
 * Kept for the modules that import the vocabulary from here (the publisher's lookups): the
 * normaliser lives in core/terms/, and the publisher's seam in core/terms/publisher.ts, which
 * loads the pinyin dictionary (Node only: nothing the browser bundles imports it).
 */
export { foldTerm, Vocabulary, certificateVocabulary, skillVocabulary, type ReadContext, type TermList, type VocabularyTerm } from './terms';
export { jobTerms, personTerms, publisherVocabularies, type Vocabularies } from './terms/publisher';
