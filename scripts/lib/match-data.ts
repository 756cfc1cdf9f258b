/**
 * Loads what the matcher needs from a published release folder with the Node DuckDB engine: the
 * same queries the /match page runs in the browser, and the county adjacency from the TopoJSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/core/manifest';
import { countyAdjacency, type MatchData } from '../../src/lib/core/match';
import { matchQueries } from '../../src/lib/core/queries/match';
import { runPlan } from '../../src/lib/core/queries/plan';
import { NodeEngine } from '../../src/lib/engine/node';

export class DataError extends Error {}

export async function loadMatchData(dir: string): Promise<{ manifest: Manifest; data: MatchData; missing: string[] }> {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new DataError(`${dir} 不是已发布的数据目录（缺少 manifest.json）`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const engine = await NodeEngine.open(dir, manifest);
  const queries = matchQueries(manifest);
  const r = await runPlan(engine, manifest, queries);
  const missing = (['pool', 'jobs', 'skills', 'certificates', 'occupations', 'regions'] as const)
    .filter((k) => r[k] === null)
    .map((k) => queries[k].datasets[0]);
  const topo = manifest.topology;
  const adjacency = topo ? countyAdjacency(JSON.parse(readFileSync(join(dir, topo.file), 'utf8')), topo.object) : undefined;
  return {
    manifest,
    missing,
    data: {
      pool: r.pool ?? [],
      jobs: r.jobs ?? [],
      skills: r.skills ?? [],
      certificates: r.certificates ?? [],
      occupations: r.occupations ?? [],
      occupationGroups: r.occupationGroups ?? [],
      regions: r.regions ?? [],
      adjacency
    }
  };
}
