import { error } from '@sveltejs/kit';
import { majorWageReferences, schoolEntries, schoolRows, shortageFlags } from '$lib/core/queries/schools';
import { runPlan } from '$lib/core/queries/plan';
import { shortagePeriods } from '$lib/core/queries/shortage';
import { periodInForce } from '$lib/core/shortage/periods';
import { buildEngine } from '$lib/server/engine';
import { readManifest } from '$lib/server/release';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every school gets a prerendered page. */
export const entries: EntryGenerator = async () => {
  const { schools } = await runPlan(await buildEngine(), readManifest(), { schools: schoolEntries });
  return (schools ?? []).map((s) => ({ id: s.school_id }));
};

export const load: PageServerLoad = async ({ params }) => {
  const manifest = readManifest();
  const engine = await buildEngine();
  const { schools, periods } = await runPlan(engine, manifest, { schools: schoolEntries, periods: shortagePeriods });
  const school = schools?.find((s) => s.school_id === params.id);
  if (!school) error(404, `没有学校编号 ${params.id}`);
  const period = periods ? periodInForce(periods, manifest.as_of) : null;
  const wageYear = manifest.years.wage.at(-1) ?? null;
  const plan = {
    rows: schoolRows(school.school_id),
    flags: period === null ? null : shortageFlags(period),
    wages: wageYear === null ? null : majorWageReferences(manifest.prefecture.code, wageYear)
  };
  return { school, period, wageYear, ...(await runPlan(engine, manifest, plan)) };
};
