import { error } from '@sveltejs/kit';
import { careerIndex, careerPlan } from '$lib/core/queries/careers';
import { runPlan } from '$lib/core/queries/plan';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every 细类 with a wage or certification cell gets a prerendered career path. */
export const entries: EntryGenerator = async () => {
  const q = careerIndex(readManifest());
  return q ? (await (await buildEngine()).run(q)).map((r) => ({ code: r.code })) : [];
};

export const load: PageServerLoad = async ({ params }) => {
  const manifest = readManifest();
  const engine = await buildEngine();
  const all = await engine.run(occupationEntries);
  const occupation = all.find((o) => o.code === params.code && o.code.split('-').length === 4);
  if (!occupation) error(404, `没有职业编码 ${params.code}`);
  const path = all.filter((o) => params.code.startsWith(`${o.code}-`)).sort((a, b) => a.code.length - b.code.length);
  const maxLevel = (await engine.rows('SELECT max_level::INTEGER AS m FROM occupations WHERE code = ?', [params.code]))[0]?.m ?? null;
  return {
    occupation,
    path,
    maxLevel: maxLevel as number | null,
    regions: await engine.run(regionEntries),
    ...(await runPlan(engine, manifest, careerPlan(manifest, params.code)))
  };
};
