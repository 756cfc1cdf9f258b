import { defaultPoolView } from '$lib/core/pool/view';
import { runPlan } from '$lib/core/queries/plan';
import { certificateTerms, poolPage, poolSummary, skillTerms } from '$lib/core/queries/pool';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/**
 * Prerendered: the first page of the default listing and the small vocabularies (occupations with
 * pinyin, counties, skills, certificates). The 40k pool rows stay out of the HTML; the browser
 * engine answers every other view.
 */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  return runPlan(await buildEngine(), manifest, {
    first: poolPage(defaultPoolView(), null),
    summary: poolSummary,
    occupations: occupationEntries,
    regions: regionEntries,
    skills: skillTerms,
    certificates: certificateTerms
  });
};
