import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countyMapModel } from '$lib/charts/county-map';
import { classColors } from '$lib/charts/map-colors';
import { quantileBreaks } from '$lib/core/choropleth';
import { runPlan } from '$lib/core/queries/plan';
import { shortageCertifications, shortageCourses, shortageEntries, shortageJobs, shortageMapJobs, shortagePeriods, shortageSupply, shortageWages } from '$lib/core/queries/shortage';
import { occupationEntries, regionEntries } from '$lib/core/queries/wages';
import { buildEngine } from '$lib/server/engine';
import { DATA_DIR, readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/**
 * The whole list (every period) and what the site knows about each entry are fixed for a release,
 * so they are prerendered; a period, status or county change is answered from them. The open jobs
 * of an entry are the page's live query.
 */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const pref = manifest.prefecture.code;
  const wageYear = manifest.years.wage.at(-1);
  const talentYear = manifest.years.talent.at(-1);
  const courseYear = Number(manifest.as_of.slice(0, 4));
  const plan = {
    periods: shortagePeriods,
    entries: shortageEntries(pref),
    occupations: occupationEntries,
    regions: regionEntries,
    jobs: shortageJobs(pref),
    map: shortageMapJobs(pref),
    wages: wageYear === undefined ? null : shortageWages(pref, wageYear),
    supply: talentYear === undefined ? null : shortageSupply(pref, talentYear),
    courses: shortageCourses(courseYear),
    certifications: shortageCertifications(pref)
  };
  const results = await runPlan(await buildEngine(), manifest, plan);
  // The map's classes are fixed for the release: computed here, so the page ships no colour library.
  const counties = (results.regions ?? []).filter((r) => r.kind === 'county').map((r) => r.code);
  const mapClasses = Object.fromEntries(
    (results.periods ?? []).map((p) => {
      const breaks = quantileBreaks(counties.map((c) => results.map?.find((m) => m.period === p && m.region_code === c)?.headcount ?? 0));
      return [p, { breaks, colors: classColors('sequential', breaks) }];
    })
  );
  const topo = manifest.topology;
  const mapModel = topo ? countyMapModel(JSON.parse(readFileSync(join(DATA_DIR, topo.file), 'utf8')), topo.object) : null;
  return {
    ...results,
    // the search needs the 细类 only: the list names occupations, not groups
    occupations: (results.occupations ?? []).filter((o) => o.code.split('-').length === 4),
    mapModel,
    mapClasses,
    wageYear: wageYear ?? null,
    talentYear: talentYear ?? null,
    courseYear
  };
};
