/**
 * bench pipeline: the publisher at demo scale 1, 3 and 10 with Node's default heap (rows/s, peak
 * memory, stage times; scale 3 against scale 1 shows whether memory stays flat), and the
 * wage-price aggregation against a naive baseline (one query per cell) in the same process.
 * Demo sources are cached in --data DIR (default bench-results/; scale 10 is 1.4 GB).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLE_BY_NAME } from '../../src/lib/core/dictionary';
import { generateDemoSources } from '../../src/lib/demo/generate';
import { computeWagePrices } from '../../src/lib/pipeline/datasets/wage-prices';
import { openDuckDB, queryRows } from '../../src/lib/pipeline/duck';
import { IssueLog } from '../../src/lib/pipeline/issues';
import { loadSource } from '../../src/lib/pipeline/read-source';
import { typeTable } from '../../src/lib/pipeline/type-table';
import { machine, median } from './machine';

let cache = 'bench-results';

async function sources(scale: number): Promise<string> {
  const dir = join(cache, `sources-scale-${scale}`);
  if (!existsSync(join(dir, 'DEMO.txt'))) {
    console.log(`  generating demo sources at scale ${scale} (cached in ${dir})…`);
    await generateDemoSources({ seed: 1, scale, outDir: dir });
  }
  return dir;
}

interface Run {
  scale: number;
  ms: number;
  maxRssKiB: number;
}

async function fullPublish(scale: number): Promise<Run> {
  const src = await sources(scale);
  const tmp = await mkdtemp(join(tmpdir(), 'bench-publish-'));
  // Node's default heap: the source rows live in DuckDB, so no --max-old-space-size is needed.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/publish-child.ts', src, join(tmp, 'out'), join(tmp, 'private')], {
    encoding: 'utf8',
    maxBuffer: 1 << 26
  });
  await rm(tmp, { recursive: true, force: true });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`publish at scale ${scale} failed:\n${r.stderr.slice(-2000)}`);
  const res = JSON.parse(line) as { ok: boolean; ms: number; timings: Record<string, number>; maxRssKiB: number; rows: number; errors?: string[] };
  if (!res.ok) throw new Error(`publish at scale ${scale} found errors:\n${(res.errors ?? []).join('\n')}`);
  const wageRows = Math.round(1_000_000 * scale);
  console.log(
    `  scale ${String(scale).padEnd(3)} publish ${(res.ms / 1000).toFixed(1).padStart(6)} s · ${Math.round(wageRows / (res.ms / 1000)).toLocaleString('en').padStart(9)} survey rows/s · ` +
      `peak RSS ${(res.maxRssKiB / 1024 / 1024).toFixed(2)} GiB · ${res.rows.toLocaleString('en')} wage cells`
  );
  console.log(`            stages (s): ${Object.entries(res.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(' · ')}`);
  return { scale, ms: res.ms, maxRssKiB: res.maxRssKiB };
}

/** The same cells, one SQL query each: what a straightforward implementation would do. */
async function naiveVersusGroupingSets(): Promise<void> {
  const src = await sources(1);
  const log = new IssueLog();
  const db = await openDuckDB();
  const { conn } = db;
  const l0 = performance.now();
  const raw = await loadSource(conn, join(src, 'wage_survey.csv'), 'wage_survey', db.tempDir);
  const loaded = performance.now() - l0;
  const p0 = performance.now();
  await typeTable(conn, TABLE_BY_NAME.get('wage_survey')!, raw, 'wage_survey.csv', log, { asOf: '2026-11-01' });
  const parsed = performance.now() - p0;
  const [{ rows }] = await queryRows<{ rows: number }>(conn, 'SELECT count(*)::INTEGER AS rows FROM wage_survey');
  const runs: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    await computeWagePrices(conn, '532500');
    runs.push(performance.now() - t0);
  }
  const grouped = median(runs);
  const [{ n }] = await queryRows<{ n: number }>(conn, 'SELECT count(*)::INTEGER AS n FROM wage_cells');
  const sample = await queryRows<{ year: number; region_code: string; occupation_code: string | null; skill_level: number | null; industry: string | null }>(
    conn,
    'SELECT year::INTEGER AS year, region_code, occupation_code, skill_level::INTEGER AS skill_level, industry FROM wage_cells USING SAMPLE 200 ROWS (reservoir, 7)'
  );
  const t1 = performance.now();
  for (const c of sample) {
    await queryRows(
      conn,
      `SELECT count(*)::INTEGER AS n, count(DISTINCT enterprise_id)::INTEGER AS e, quantile_cont(annual_wage, [0.1, 0.25, 0.5, 0.75, 0.9]) AS q, avg(annual_wage) AS m
       FROM wage_survey WHERE year = $year AND ($region = '532500' OR region_code = $region)
         AND ($occ IS NULL OR occupation_code = $occ OR starts_with(occupation_code, $occ || '-'))
         AND ($level IS NULL OR skill_level = $level) AND ($ind IS NULL OR industry = $ind)`,
      { year: c.year, region: c.region_code, occ: c.occupation_code, level: c.skill_level, ind: c.industry }
    );
  }
  const perCell = (performance.now() - t1) / sample.length;
  const naive = perCell * n;
  console.log(
    `  survey rows → all cells: ${((parsed + loaded + runs[0]) / 1000).toFixed(1)} s (load as text ${(loaded / 1000).toFixed(1)} s, type + validate ${(parsed / 1000).toFixed(1)} s, aggregate ${(runs[0] / 1000).toFixed(1)} s)`
  );
  console.log(`  grouping sets: ${n.toLocaleString('en')} cells from ${rows.toLocaleString('en')} rows in ${(grouped / 1000).toFixed(2)} s (median of ${runs.length})`);
  console.log(`  naive baseline: ${perCell.toFixed(1)} ms per cell (${sample.length} cells measured) → ${(naive / 1000).toFixed(0)} s for all cells, extrapolated`);
  console.log(`  ratio: grouping sets are ${(naive / grouped).toFixed(0)}× faster than one query per cell`);
  await db.close();
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--data');
  if (at >= 0 && args[at + 1]) cache = args[at + 1];
  const list = args.indexOf('--scales');
  const scales = list >= 0 ? args[list + 1].split(',').map(Number) : args.includes('--quick') ? [1] : [1, 3, 10];
  console.log(`bench pipeline on ${machine()}`);
  console.log('\n1. full publish (demo sources, every dataset, Node default heap)');
  const runs: Run[] = [];
  for (const s of scales) runs.push(await fullPublish(s));
  const base = runs.find((r) => r.scale === 1);
  if (base)
    for (const r of runs.filter((x) => x.scale !== 1))
      console.log(`  scale ${r.scale} / scale 1: time ${(r.ms / base.ms).toFixed(2)}× · peak RSS ${(r.maxRssKiB / base.maxRssKiB).toFixed(2)}× (rows ${r.scale}×)`);
  console.log('\n2. wage-price aggregation vs. one query per cell (scale 1, same process)');
  await naiveVersusGroupingSets();
}
