import { careerIndex } from '$lib/core/queries/careers';
import { runPlan } from '$lib/core/queries/plan';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/** Every career path, with its latest certification and pay figures (small: shipped in the page). */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const { index } = await runPlan(await buildEngine(), manifest, { index: careerIndex(manifest) });
  return { index };
};
