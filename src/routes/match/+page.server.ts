import { certificateNames, occupationMaxLevels, openJobsByOccupation, skillNames } from '$lib/core/queries/match-page';
import { runPlan } from '$lib/core/queries/plan';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { occupationDepth } from '$lib/core/occupation-codes';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/** Small vocabularies only (occupations, counties, skill and certificate names); never the pool. */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const r = await runPlan(await buildEngine(), manifest, {
    occupations: occupationEntries,
    regions: regionEntries,
    skills: skillNames,
    certificates: certificateNames,
    openJobs: openJobsByOccupation(),
    maxLevels: occupationMaxLevels
  });
  // People and jobs are recorded at 细类, so only 细类 can be matched.
  return { ...r, occupations: (r.occupations ?? []).filter((o) => occupationDepth(o.code) === 4) };
};
