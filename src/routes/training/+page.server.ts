import { occupationDepth } from '$lib/core/occupation-codes';
import { runPlan } from '$lib/core/queries/plan';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { selectCards, widenings } from '$lib/core/training/finder';
import { finderViewCodec } from '$lib/core/training/view';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import { refsFor, trainingRelease } from '$lib/server/training';
import type { PageServerLoad } from './$types';

/**
 * The default view (courses not started by the release date, soonest first) is prerendered, with
 * the wage cells its cards' pay is placed on; the occupations offered are those with courses
 * and their groups, with pinyin for the search.
 */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const { occupations, regions } = await runPlan(await buildEngine(), manifest, { occupations: occupationEntries, regions: regionEntries });
  const release = await trainingRelease();
  if (!release) return { occupations: [], regions: regions ?? [], skills: [], providers: [], first: null };
  const view = finderViewCodec([]).defaults;
  const page = selectCards(release.cards, view, manifest.as_of);
  // The first page's placements read only the cards' target levels and the all-levels rows.
  const needed = new Set(page.cards.flatMap((c) => [`${c.occupation_code}|${c.target_level}`, `${c.occupation_code}|null`]));
  const taught = new Set(release.cards.map((c) => c.occupation_code));
  const offered = (code: string) => [...taught].some((t) => t === code || (occupationDepth(code) < 4 && t.startsWith(`${code}-`)));
  const skills = new Set(release.cards.flatMap((c) => c.skills));
  return {
    occupations: (occupations ?? []).filter((o) => offered(o.code)),
    regions: regions ?? [],
    skills: release.skills.filter((s) => skills.has(s.skill_id)),
    providers: release.providers.map(({ provider_id, name, kind, region_code, status }) => ({ provider_id, name, kind, region_code, status })),
    first: {
      page,
      widenings: page.total ? [] : widenings(release.cards, view, manifest.as_of),
      refs: release.refs ? (refsFor(release, page.cards, manifest) ?? []).filter((r) => needed.has(`${r.occupation_code}|${r.skill_level}`)) : null
    }
  };
};
