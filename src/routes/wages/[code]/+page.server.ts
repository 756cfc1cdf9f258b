import { error } from '@sveltejs/kit';
import { occupationPlan } from '$lib/core/queries/occupation';
import { runPlan } from '$lib/core/queries/plan';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
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
  const all = await engine.run(occupationEntries);
  const occupation = all.find((o) => o.code === params.code);
  if (!occupation) error(404, `没有职业编码 ${params.code}`);
  const path = all.filter((o) => params.code.startsWith(`${o.code}-`)).sort((a, b) => a.code.length - b.code.length);
  const maxLevel = (await engine.rows('SELECT max_level::INTEGER AS m FROM occupations WHERE code = ?', [params.code]))[0]?.m ?? null;
  return {
    occupation,
    path,
    maxLevel: maxLevel as number | null,
    regions: await engine.run(regionEntries),
    ...(await runPlan(engine, manifest, occupationPlan(manifest, params.code)))
  };
};
