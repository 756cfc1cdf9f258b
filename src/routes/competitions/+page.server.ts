import { competitionViewCodec } from '$lib/core/competitions/view';
import { competitionCounties, competitionGroups, competitionList, competitionsPlan } from '$lib/core/queries/competitions';
import { available, runPlan } from '$lib/core/queries/plan';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/**
 * The default view is prerendered: all years, tiers, groups and counties, the county medal table,
 * and the results of the first competition listed (the latest year's highest tier).
 */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const engine = await buildEngine();
  // the default view does not depend on the counties
  const view = competitionViewCodec(manifest, []).defaults;
  // the selection is the first competition listed, so the list runs first
  const list = available(manifest, competitionList(view)) ? await engine.run(competitionList(view)) : null;
  const selected = list?.[0]?.id ?? null;
  const { list: _, ...rest } = competitionsPlan(view, selected);
  const others = await runPlan(engine, manifest, { ...rest, groups: competitionGroups, counties: competitionCounties });
  return { selected, results: { list, ...others } };
};
