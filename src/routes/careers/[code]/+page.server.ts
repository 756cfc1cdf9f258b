import { careerIndex, careerPlan } from '$lib/core/queries/careers';
import { runPlan } from '$lib/core/queries/plan';
import { regionEntries } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
import { occupationContext } from '$lib/server/occupation';
import { readManifest } from '$lib/server/release';
import { trainingRelease } from '$lib/server/training';
import { coursesToward } from '$lib/core/training/finder';
import { MAX_LEVEL } from '$lib/core/skill-levels';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every 细类 with a wage or certification cell gets a prerendered career path. */
export const entries: EntryGenerator = async () => {
  const q = careerIndex(readManifest());
  return q ? (await (await buildEngine()).run(q)).map((r) => ({ code: r.code })) : [];
};

export const load: PageServerLoad = async ({ params }) => {
  const manifest = readManifest();
  const engine = await buildEngine();
  const training = await trainingRelease();
  return {
    /** Each rung's courses (the next ones first), by level; null when no training catalogue is published. */
    courses: training
      ? Object.fromEntries(Array.from({ length: MAX_LEVEL }, (_, i) => i + 1).map((l) => [l, coursesToward(training.cards, params.code, l, manifest.as_of, 3)]))
      : null,
    ...(await occupationContext(engine, params.code, true)),
    regions: await engine.run(regionEntries),
    ...(await runPlan(engine, manifest, careerPlan(manifest, params.code)))
  };
};
