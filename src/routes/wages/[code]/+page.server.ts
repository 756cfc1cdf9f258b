import { occupationPlan } from '$lib/core/queries/occupation';
import { runPlan } from '$lib/core/queries/plan';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
import { occupationContext } from '$lib/server/occupation';
import { readManifest } from '$lib/server/release';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every occupation and group gets a prerendered page. */
export const entries: EntryGenerator = async () => {
  const rows = await (await buildEngine()).run(occupationEntries);
  return rows.map((r) => ({ code: r.code }));
};

export const load: PageServerLoad = async ({ params }) => {
  const manifest = readManifest();
  const engine = await buildEngine();
  return {
    ...(await occupationContext(engine, params.code)),
    regions: await engine.run(regionEntries),
    ...(await runPlan(engine, manifest, occupationPlan(manifest, params.code)))
  };
};
