/**
 * What the honours section needs at build time: the roll's years, the counties, and the default
 * view's results (null when the release has no honours).
 */
import { honoursPlan, honoursViewCodec } from '$lib/core/honours/view';
import type { Manifest } from '$lib/core/manifest';
import { honourYears } from '$lib/core/queries/honours';
import { available, runPlan } from '$lib/core/queries/plan';
import { regionEntries } from '$lib/core/queries/wages';
import type { NodeEngine } from '$lib/engine/node';

export async function honoursData(engine: NodeEngine, manifest: Manifest) {
  if (!available(manifest, honourYears)) return { years: [], counties: [], results: null };
  const years = await engine.run(honourYears);
  const counties = (await engine.run(regionEntries)).filter((r) => r.kind === 'county').map((r) => ({ code: r.code, name: r.name }));
  const results = await runPlan(engine, manifest, honoursPlan(honoursViewCodec(years, []).defaults));
  return { years, counties, results };
}
