import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countyMapModel } from '$lib/charts/county-map';
import { runPlan } from '$lib/core/queries/plan';
import { talentPlan } from '$lib/core/queries/talent';
import { buildEngine } from '$lib/server/engine';
import { DATA_DIR, readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/**
 * Prerenders the default view (latest year, whole prefecture) and ships what every view needs:
 * the totals of all regions and years, population and employment, names, and the projected map.
 */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const results = await runPlan(await buildEngine(), manifest, talentPlan(manifest));
  const topo = manifest.topology;
  const map = topo ? countyMapModel(JSON.parse(readFileSync(join(DATA_DIR, topo.file), 'utf8')), topo.object) : null;
  return { ...results, map };
};
