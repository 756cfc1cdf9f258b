import { error } from '@sveltejs/kit';
import { readManifest } from '$lib/server/release';
import { occupationPath, refsFor, trainingRelease } from '$lib/server/training';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every course gets a prerendered page (its data also feeds /training/compare/, without the engine). */
export const entries: EntryGenerator = async () => ((await trainingRelease())?.cards ?? []).map((c) => ({ programme: c.programme_id }));

export const load: PageServerLoad = async ({ params }) => {
  const manifest = readManifest();
  const release = await trainingRelease();
  const card = release?.byId.get(params.programme);
  if (!release || !card) error(404, `没有编号为 ${params.programme} 的培训项目`);
  /** Runs of a course: the same provider, occupation and target level (of any type, each labelled). */
  const sameCourse = (c: typeof card) => c.provider_id === card.provider_id && c.occupation_code === card.occupation_code && c.target_level === card.target_level;
  const runs = release.cards.filter(sameCourse).sort((a, b) => (b.start_date ?? '').localeCompare(a.start_date ?? '') || b.programme_id.localeCompare(a.programme_id));
  const alternatives = release.cards.filter(
    (c) => !sameCourse(c) && c.occupation_code === card.occupation_code && c.target_level === card.target_level && c.start_date !== null && c.start_date >= manifest.as_of
  );
  return {
    card,
    runs,
    alternatives: alternatives.slice(0, 8),
    provider: release.providers.find((p) => p.provider_id === card.provider_id) ?? null,
    providerYears: release.years.filter((y) => y.provider_id === card.provider_id),
    refs: refsFor(release, [card, ...runs], manifest),
    path: occupationPath(release, card.occupation_code),
    regions: release.regions,
    skills: release.skills.filter((s) => card.skills.includes(s.skill_id))
  };
};
