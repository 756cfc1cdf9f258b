import { overviewPlan } from '$lib/core/queries/overview';
import { runPlan } from '$lib/core/queries/plan';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  return { results: await runPlan(await buildEngine(), manifest, overviewPlan(manifest)) };
};
