import { error } from '@sveltejs/kit';
import { readManifest } from '$lib/server/release';
import { trainingRelease } from '$lib/server/training';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => ((await trainingRelease())?.providers ?? []).map((p) => ({ id: p.provider_id }));

/** A provider: its standing, its outcomes by cohort year and every course it ran or will run. */
export const load: PageServerLoad = async ({ params }) => {
  const manifest = readManifest();
  const release = await trainingRelease();
  const provider = release?.providers.find((p) => p.provider_id === params.id);
  if (!release || !provider) error(404, `没有编号为 ${params.id} 的培训机构`);
  const courses = release.cards.filter((c) => c.provider_id === provider.provider_id);
  const upcoming = courses.filter((c) => c.start_date !== null && c.start_date >= manifest.as_of);
  const past = courses.filter((c) => !upcoming.includes(c)).sort((a, b) => (b.start_date ?? '').localeCompare(a.start_date ?? '') || b.programme_id.localeCompare(a.programme_id));
  const occupations = new Set(courses.map((c) => c.occupation_code));
  return {
    provider,
    upcoming,
    past: past.map((c) => ({ programme_id: c.programme_id, name: c.name, start_date: c.start_date, outcome: c.outcome })),
    years: release.years.filter((y) => y.provider_id === provider.provider_id),
    occupations: [...occupations].map((code) => ({ code, name: release.occupations.get(code) ?? code })),
    regions: release.regions
  };
};
