import { certificationViewCodec } from '$lib/core/certification/view';
import { certificationPlan } from '$lib/core/queries/certification';
import { runPlan } from '$lib/core/queries/plan';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/** The default view (latest year, whole prefecture, all groups, levels and routes) is prerendered. */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const engine = await buildEngine();
  const { occupations, regions } = await runPlan(engine, manifest, { occupations: occupationEntries, regions: regionEntries });
  const names = (occupations ?? []).map((o) => ({ code: o.code, name: o.name }));
  const groups = names.filter((o) => o.code.split('-').length <= 2);
  const view = certificationViewCodec(manifest, groups.map((g) => g.code), (regions ?? []).map((r) => r.code)).defaults;
  return { names, groups, regions: regions ?? [], first: await runPlan(engine, manifest, certificationPlan(manifest, view)) };
};
