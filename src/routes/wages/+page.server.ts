import { runPlan } from '$lib/core/queries/plan';
import { occupationEntries, occupationNames, regionEntries, wageTable } from '$lib/core/queries/wages';
import { wageViewCodec } from '$lib/core/wages/view';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/** The default view (latest year, whole prefecture, all industries and levels) is prerendered. */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const view = wageViewCodec(manifest, []).defaults;
  const engine = await buildEngine();
  const { occupations, regions } = await runPlan(engine, manifest, { occupations: occupationEntries, regions: regionEntries });
  const names = occupationNames(occupations ?? []);
  const { rows } = await runPlan(engine, manifest, { rows: manifest.years.wage.length ? wageTable(view, names) : null });
  return { occupations, regions, rows };
};
