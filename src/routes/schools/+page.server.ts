import { majorWageReferences, schoolCohort, schoolCohorts, schoolEntries, schoolOccupations, shortageFlags } from '$lib/core/queries/schools';
import { runPlan } from '$lib/core/queries/plan';
import { shortagePeriods } from '$lib/core/queries/shortage';
import { periodInForce } from '$lib/core/shortage/periods';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { PageServerLoad } from './$types';

/** The latest cohort of every school is prerendered; the shortage list in force and the wage references are fixed for the release. */
export const load: PageServerLoad = async () => {
  const manifest = readManifest();
  const engine = await buildEngine();
  const { cohorts, schools, occupations, periods } = await runPlan(engine, manifest, { cohorts: schoolCohorts, schools: schoolEntries, occupations: schoolOccupations, periods: shortagePeriods });
  const cohort = cohorts?.at(-1) ?? null;
  const period = periods ? periodInForce(periods, manifest.as_of) : null;
  const wageYear = manifest.years.wage.at(-1) ?? null;
  const plan = {
    rows: cohort === null ? null : schoolCohort(cohort),
    flags: period === null ? null : shortageFlags(period),
    wages: wageYear === null ? null : majorWageReferences(manifest.prefecture.code, wageYear)
  };
  return { cohorts: cohorts ?? [], schools: schools ?? [], occupations: occupations ?? [], period, wageYear, ...(await runPlan(engine, manifest, plan)) };
};
