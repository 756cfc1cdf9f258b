/**
 * `npm run data`: sources → validated → published release. Either the whole release is written
 * and swapped in, or nothing in --out changes and every problem is listed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import { toCsv } from '../core/csv';
import { TALENT_MIN_COUNT, WAGE_MIN_ENTERPRISES, WAGE_MIN_WORKERS } from '../core/disclosure';
import { BOUNDARIES_FILE, DEMO_MARKER_FILE, REQUIRED_TABLES, TABLE_BY_NAME, TABLES } from '../core/dictionary';
import { DATASET_NAMES, MANIFEST_FILE, MANIFEST_SCHEMA, type Manifest, type MissingDataset, type PublishedDataset } from '../core/manifest';
import { boundariesToTopology, readBoundaries } from './boundaries';
import { checkSources } from './check-sources';
import { buildCompetitions, personAwards } from './competitions';
import { loadTable, openDuckDB, queryRows, writeParquet } from './duck';
import { IssueLog } from './issues';
import { buildJobs } from './jobs';
import { parseTable, releaseCells } from './parse-table';
import { contentHashed, outputProblem, sha256File, stagingDir, swapIn } from './release';
import { buildLookups, type Lookups, type Sources } from './sources';
import { buildOccupationPinyin } from './search-terms';
import { buildTalentPool, buildTalentStats } from './talent';
import { WAGE_PRICE_COLUMNS, computeWagePrices, importOfficialWagePrices } from './wage-prices';

export interface PublishOptions {
  sources: string;
  out: string;
  private: string;
  /** Jobs are open on this date (YYYY-MM-DD). */
  asOf: string;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

export interface PublishResult {
  ok: boolean;
  log: IssueLog;
  manifest?: Manifest;
  timings: Record<string, number>;
}

const IGNORED = /^(\.|~\$)|^readme/i;

/** Which file holds which table; unknown files are warned about, duplicates are errors. */
async function discover(dir: string, log: IssueLog): Promise<{ tables: Map<string, string>; boundaries: string | null; demo: boolean }> {
  const tables = new Map<string, string>();
  let boundaries: string | null = null;
  let demo = false;
  for (const f of (await readdir(dir)).sort()) {
    if (IGNORED.test(f)) continue;
    if (f === DEMO_MARKER_FILE) {
      demo = true;
      continue;
    }
    if (f === BOUNDARIES_FILE) {
      boundaries = join(dir, f);
      continue;
    }
    const m = /^(.+)\.(csv|xlsx)$/i.exec(f);
    const name = m?.[1].toLowerCase();
    if (!m || !name || !TABLE_BY_NAME.has(name)) {
      log.warning(f, 1, 1, `未知文件，已忽略（可识别的表：${TABLES.map((t) => t.name).join('、')}）`);
      continue;
    }
    if (tables.has(name)) log.error(f, 1, 1, `与「${tables.get(name)!.split('/').pop()}」是同一张表 ${name}，请只保留一个`);
    else tables.set(name, join(dir, f));
  }
  for (const t of REQUIRED_TABLES) if (!tables.has(t)) log.error(`${t}.csv`, 1, 1, `缺少必需的表 ${t}（${TABLE_BY_NAME.get(t)!.label}）`);
  return { tables, boundaries, demo };
}

/** package version + commit, e.g. `0.1.0+3f2a9c1`. */
async function codeVersion(): Promise<string> {
  const { version } = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8'));
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return `${version}+${sha}`;
  } catch {
    return version;
  }
}

/** The browser's DuckDB files, written by a fresh process from the public Parquet (see write-databases.mjs). */
function writeDatabases(dir: string, datasets: readonly PublishedDataset[]): void {
  const script = fileURLToPath(new URL('./write-databases.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [script, dir, ...datasets.map((d) => `${d.name}=${d.file}`)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`writing the DuckDB files failed: ${r.stderr || r.error?.message}`);
}

interface DatasetPlan {
  name: (typeof DATASET_NAMES)[number];
  needs: string[];
  select: string;
}

function datasetPlans(src: Sources): DatasetPlan[] {
  const wageNeeds = src.wage_survey ? ['wage_survey'] : ['wage_prices'];
  return [
    {
      name: 'occupation_groups',
      needs: ['occupation_groups'],
      select: `SELECT g.code, g.name, len(string_split(g.code, '-'))::TINYINT AS depth, p.pinyin, p.initials
               FROM occupation_groups g JOIN occupation_pinyin p USING (code) ORDER BY g.code`
    },
    {
      name: 'occupations',
      needs: ['occupations'],
      select: `SELECT o.code, o.name, o.aliases, o.marks, o.max_level, p.pinyin, p.initials
               FROM occupations o JOIN occupation_pinyin p USING (code) ORDER BY o.code`
    },
    { name: 'regions', needs: ['regions'], select: `SELECT code, name, parent_code, kind FROM regions ORDER BY kind DESC, code` },
    { name: 'region_stats', needs: ['region_stats'], select: `SELECT region_code, year, population, employed FROM region_stats ORDER BY year, region_code` },
    { name: 'skills', needs: ['skills'], select: `SELECT skill_id, name, synonyms, occupation_codes FROM skills ORDER BY skill_id` },
    { name: 'certificates', needs: ['certificates'], select: `SELECT cert_id, name, kind, mandatory_for, aliases FROM certificates ORDER BY cert_id` },
    {
      name: 'wage_prices',
      needs: wageNeeds,
      select: `SELECT ${WAGE_PRICE_COLUMNS} FROM wage_cells
               ORDER BY year, region_code, occupation_depth, occupation_code NULLS FIRST, skill_level NULLS FIRST, industry NULLS FIRST, unit`
    },
    { name: 'talent_stats', needs: ['talent'], select: `SELECT * FROM talent_stats_rows ORDER BY year, region_code, dimension, value NULLS FIRST, skill_level NULLS FIRST, high_skill NULLS FIRST` },
    { name: 'talent_pool', needs: ['talent'], select: `SELECT * FROM talent_pool_rows ORDER BY occupation_code, skill_level DESC, region_code, ref` },
    { name: 'competitions', needs: ['competitions'], select: `SELECT * FROM competitions_out` },
    { name: 'competition_results', needs: ['competitions', 'competition_results'], select: `SELECT * FROM competition_results_out` },
    { name: 'jobs', needs: ['jobs'], select: `SELECT * FROM jobs_out` }
  ];
}

/** Cells both computed from the survey and given in an official table would contradict each other. */
async function checkWageOverlap(conn: DuckDBConnection, src: Sources, log: IssueLog): Promise<void> {
  const rows = await queryRows<{ _row: number; year: number; region_code: string; occupation_code: string }>(
    conn,
    `SELECT p._row, p.year::INTEGER AS year, p.region_code, p.occupation_code FROM wage_prices p
     JOIN wage_cells c ON c.year = p.year AND c.region_code = p.region_code AND c.occupation_code = p.occupation_code
      AND c.skill_level IS NOT DISTINCT FROM p.skill_level AND c.industry IS NOT DISTINCT FROM p.industry
     ORDER BY p._row`
  );
  for (const r of rows)
    log.error(src.wage_prices!.file, r._row, 1, `该单元格（${r.year} 年 ${r.region_code} ${r.occupation_code}）已由 wage_survey 计算，不能同时提供`, 'wage-overlap');
}

async function build(conn: DuckDBConnection, src: Sources, l: Lookups, opts: PublishOptions, log: IssueLog, time: (k: string) => void): Promise<{ refs: [string, string][]; talentYears: number[] }> {
  for (const def of TABLES) {
    const t = src[def.name];
    if (t) await loadTable(conn, t);
  }
  // The survey microdata is only read in SQL from here on: free its JavaScript copy before the
  // aggregation needs the memory (10M rows at demo scale 10 hold gigabytes of heap).
  if (src.wage_survey) releaseCells(src.wage_survey);
  await buildOccupationPinyin(conn, src);
  time('load');
  const pref = l.prefecture!.code;
  if (src.wage_survey) await computeWagePrices(conn, pref);
  if (src.wage_prices) {
    if (src.wage_survey) await checkWageOverlap(conn, src, log);
    await importOfficialWagePrices(conn, Boolean(src.wage_survey));
  }
  time('wage_prices');
  const awards = personAwards(src.competition_results, src.competitions);
  let refs: [string, string][] = [];
  let talentYears: number[] = [];
  let refOf = new Map<string, string>();
  if (src.talent) {
    const pool = await buildTalentPool(conn, src.talent, l, awards);
    refOf = pool.refOf;
    refs = [...refOf].map(([person, ref]) => [ref, person]);
    await buildTalentStats(conn, src.talent, l);
    talentYears = (await queryRows<{ y: number }>(conn, 'SELECT DISTINCT year::INTEGER AS y FROM talent_stats_rows ORDER BY y')).map((r) => r.y);
  }
  time('talent');
  if (src.competitions) await buildCompetitions(conn, src.competition_results, refOf);
  if (src.jobs) await buildJobs(conn, src.jobs, l, opts.asOf);
  time('other');
  return { refs, talentYears };
}

const MISSING_REASON: Record<string, string> = {
  wage_prices: '未提供企业薪酬调查数据（wage_survey）或已发布的工资价位表（wage_prices）',
  talent_stats: '未提供技能人才库（talent）',
  talent_pool: '未提供技能人才库（talent）',
  competition_results: '未提供竞赛成绩（competition_results）'
};

export async function publish(opts: PublishOptions): Promise<PublishResult> {
  const log = new IssueLog();
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const time = (k: string) => {
    const now = performance.now();
    timings[k] = Math.round(now - t0);
    t0 = now;
    opts.progress?.(`${k}: ${(timings[k] / 1000).toFixed(1)} s`);
  };

  for (const [flag, dir] of [['--out', opts.out], ['--private', opts.private]] as const) {
    const problem = await outputProblem(dir);
    if (problem) log.error(flag, 0, 0, problem);
  }
  if (!existsSync(opts.sources)) log.error(opts.sources, 0, 0, '源数据目录不存在');
  if (log.errorCount) return { ok: false, log, timings };

  const found = await discover(opts.sources, log);
  const src: Sources = {};
  for (const [name, path] of found.tables) src[name] = await parseTable(TABLE_BY_NAME.get(name)!, path, log);
  time('parse');
  const l = buildLookups(src);
  checkSources(src, l, log);
  const boundaries = found.boundaries ? await readBoundaries(found.boundaries, l, log) : null;
  time('validate');
  if (log.errorCount || !l.prefecture) return { ok: false, log, timings };

  const staging = await stagingDir(opts.out);
  const privateStaging = await stagingDir(opts.private);
  const conn = await openDuckDB();
  try {
    const { refs, talentYears } = await build(conn, src, l, opts, log, time);
    if (log.errorCount) throw new Error('validation');

    const datasets: Record<string, PublishedDataset> = {};
    const missing: MissingDataset[] = [];
    for (const plan of datasetPlans(src)) {
      const absent = plan.needs.filter((n) => !src[n]);
      if (absent.length) {
        missing.push({ name: plan.name, reason: MISSING_REASON[plan.name] ?? `未提供源数据表 ${absent.join('、')}` });
        continue;
      }
      const columns = await queryRows<{ column_name: string; column_type: string }>(conn, `DESCRIBE ${plan.select}`);
      const [{ n }] = await queryRows<{ n: number }>(conn, `SELECT count(*)::INTEGER AS n FROM (${plan.select})`);
      await writeParquet(conn, plan.select, join(staging, `${plan.name}.parquet`));
      const hashed = await contentHashed(staging, `${plan.name}.parquet`);
      const names = columns.map((c) => c.column_name);
      await writeFile(join(staging, `${plan.name}.csv`), toCsv(names, await queryRows(conn, plan.select)));
      const csv = await contentHashed(staging, `${plan.name}.csv`);
      datasets[plan.name] = { name: plan.name, ...hashed, rows: n, columns: columns.map((c) => ({ name: c.column_name, type: c.column_type })), csv };
    }
    writeDatabases(staging, Object.values(datasets));
    for (const d of Object.values(datasets)) d.database = await contentHashed(staging, `${d.name}.duckdb`);
    time('parquet');

    let topology: Manifest['topology'] = null;
    if (boundaries) {
      await writeFile(join(staging, 'region.topo.json'), JSON.stringify(boundariesToTopology(boundaries)));
      const hashed = await contentHashed(staging, 'region.topo.json');
      topology = { ...hashed, object: 'counties' };
    } else missing.push({ name: 'region_boundaries', reason: '未提供县级边界（region_boundaries.geojson），地图不可用' });

    const years = async (sql: string) => (await queryRows<{ y: number }>(conn, sql)).map((r) => r.y);
    const manifest: Manifest = {
      schema: MANIFEST_SCHEMA,
      demo: found.demo,
      built_at: new Date().toISOString(),
      as_of: opts.asOf,
      code_version: await codeVersion(),
      prefecture: l.prefecture,
      datasets,
      missing,
      topology,
      sources: [
        ...[...found.tables.keys()].map((table) => {
          const t = src[table]!;
          return { table, file: t.file, encoding: t.encoding, rows: t.length, sha256: t.sha256 };
        }),
        ...(found.boundaries
          ? [{ table: 'region_boundaries', file: BOUNDARIES_FILE, encoding: 'utf-8', rows: boundaries?.features.length ?? 0, sha256: await sha256File(found.boundaries) }]
          : [])
      ],
      thresholds: { wage_min_workers: WAGE_MIN_WORKERS, wage_min_enterprises: WAGE_MIN_ENTERPRISES, talent_min_count: TALENT_MIN_COUNT },
      years: {
        wage: datasets.wage_prices ? await years('SELECT DISTINCT year::INTEGER AS y FROM wage_cells ORDER BY y') : [],
        talent: talentYears,
        competitions: datasets.competitions ? await years('SELECT DISTINCT year::INTEGER AS y FROM competitions_out ORDER BY y') : []
      }
    };
    await writeFile(join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    // Only the bureau sees this file; CSV with BOM so Excel opens it.
    await writeFile(join(privateStaging, 'talent_refs.csv'), toCsv(['ref', 'person_id'], refs.map(([ref, person_id]) => ({ ref, person_id }))));
    time('write');

    await swapIn(staging, opts.out);
    await swapIn(privateStaging, opts.private);
    return { ok: true, log, manifest, timings };
  } catch (e) {
    if ((e as Error).message !== 'validation') throw e;
    return { ok: false, log, timings };
  } finally {
    conn.closeSync();
    await rm(staging, { recursive: true, force: true });
    await rm(privateStaging, { recursive: true, force: true });
  }
}

