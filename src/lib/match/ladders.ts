/**
 * Wage ladders for the /match page's pay references, through the browser engine, which starts on
 * the first one: one query per (occupation, region), cached for the page's life, since a result
 * list repeats them.
 */
import type { Manifest } from '$lib/core/manifest';
import type { LadderScope } from '$lib/core/pay-reference';
import { ladder } from '$lib/core/queries/occupation';
import { engine } from '$lib/engine/engine.svelte';

const cache = new Map<string, Promise<LadderScope>>();

function scope(manifest: Manifest, code: string, region: string, regionName: string, year: number): Promise<LadderScope> {
  const key = `${code}|${region}|${year}`;
  let p = cache.get(key);
  if (!p) {
    // the engine starts on the first wage reference a result needs (the matcher itself needs no engine)
    engine.use(manifest);
    p = engine.run(ladder(code, region, year)).then((rows) => ({ region, regionName, rows }));
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** The county's ladder (when a county is given) and the prefecture's, for the latest survey year. */
export async function ladderScopes(
  manifest: Manifest,
  code: string,
  county: { code: string; name: string } | null
): Promise<{ county: LadderScope | null; prefecture: LadderScope; year: number } | null> {
  const year = manifest.years.wage.at(-1);
  if (year === undefined || !('wage_prices' in manifest.datasets)) return null;
  const pref = manifest.prefecture;
  const [c, p] = await Promise.all([
    county && county.code !== pref.code ? scope(manifest, code, county.code, county.name, year) : null,
    scope(manifest, code, pref.code, '全州', year)
  ]);
  return { county: c, prefecture: p, year };
}
