import { runPlan } from '$lib/core/queries/plan';
import { defaultWageView, occupationEntries, regionEntries, wageTable } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/** The default view (latest year, whole prefecture, all industries and levels) is prerendered. */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const view = defaultWageView(manifest);
  const results = await runPlan(await buildEngine(), manifest, {
    rows: manifest.years.wage.length ? wageTable(view) : null,
    occupations: occupationEntries,
    regions: regionEntries
  });
  return { ...results };
};
