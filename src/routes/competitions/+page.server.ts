import { competitionViewCodec } from '$lib/core/competitions/view';
import { honoursPlan } from '$lib/core/honours/view';
import { honourYears } from '$lib/core/queries/honours';
import { competitionCounties, competitionGroups, competitionList, competitionsPlan } from '$lib/core/queries/competitions';
import { available, runPlan } from '$lib/core/queries/plan';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/**
 * The default view is prerendered: all years, tiers, groups and counties, the county medal table,
 * the results of the first competition listed (the latest year's highest tier), and the latest
 * honours roll with the counts by year and the newest studios.
 */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const engine = await buildEngine();
  const years = available(manifest, honourYears) ? await engine.run(honourYears) : [];
  // the default view does not depend on the counties
  const view = competitionViewCodec(manifest, [], years).defaults;
  // the selection is the first competition listed, so the list runs first
  const list = available(manifest, competitionList(view)) ? await engine.run(competitionList(view)) : null;
  const selected = list?.[0]?.id ?? null;
  const { list: _, ...rest } = competitionsPlan(view, selected);
  const others = await runPlan(engine, manifest, { ...rest, ...honoursPlan(view, years), groups: competitionGroups, counties: competitionCounties });
  return { selected, results: { list, ...others }, honourYears: years };
};
