/**
 * `npm run data`: sources → validated → published release. Either the whole release is written
 * and swapped in, or nothing in --out changes and every problem is listed. Either way the staff
 * report (report.html, report.csv) is written to --private.
 *
 * The source rows live only in DuckDB: loaded as text, typed and checked in SQL, aggregated in
 * SQL. JavaScript handles distinct values, the rows that have problems, and aggregates.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BOM, csvCell } from '../core/csv';
import { disclosureThresholds } from '../core/disclosure';
import { BOUNDARIES_FILE, DEMO_MARKER_FILE, REQUIRED_TABLES, TABLE_BY_NAME, TABLES } from '../core/dictionary';
import { DATASET_NAMES, HISTORY_FILE, MANIFEST_FILE, MANIFEST_SCHEMA, type Manifest, type MissingDataset, type PublishedDataset } from '../core/manifest';
import { boundariesToTopology, readBoundaries } from './boundaries';
import { checkSources } from './check-sources';
import type { BuildContext, MinimisationNote, PrivateFile } from './datasets/dataset';
import { DATASETS } from './datasets/index';
import { openDuckDB, queryRows, sqlString, writeParquet } from './duck';
import { compareReleases, readPreviousRelease, type ReleaseDiff } from './history';
import { IssueLog } from './issues';
import { contentHashed, outputProblem, sha256File, stagingDir, swapIn } from './release';
import { writeReport, type DatasetReport } from './report';
import { resolveSkillTerms, type UnmatchedTerm } from './skill-terms';
import { buildLookups, loadSources, type LoadedTable, type Sources } from './sources';

export interface PublishOptions {
  sources: string;
  out: string;
  private: string;
  /** Jobs are open on this date, and no year or event date may be after it (YYYY-MM-DD). */
  asOf: string;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

export interface PublishResult {
  ok: boolean;
  log: IssueLog;
  manifest?: Manifest;
  timings: Record<string, number>;
  /** Where the staff report was written, or null when --private is not writable. */
  report: string | null;
  diff?: ReleaseDiff;
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
      log.warning(f, 1, 1, `未知文件，已忽略（可识别的表：${TABLES.map((t) => t.name).join('、')}）`, 'file:unknown');
      continue;
    }
    if (tables.has(name)) log.error(f, 1, 1, `与「${tables.get(name)!.split('/').pop()}」是同一张表 ${name}，请只保留一个`, 'file:duplicate-table');
    else tables.set(name, join(dir, f));
  }
  for (const t of REQUIRED_TABLES) if (!tables.has(t)) log.error(`${t}.csv`, 1, 1, `缺少必需的表 ${t}（${TABLE_BY_NAME.get(t)!.label}）`, 'file:missing-table');
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

/** One cell as `csvCell` writes it (core/csv.ts), in SQL, by the column's DuckDB type. */
function csvCellSql(column: string, type: string): string {
  const c = `"${column.replace(/"/g, '""')}"`;
  const text = (s: string) => {
    const safe = `CASE WHEN regexp_matches(${s}, '^[=+\\-@\\t\\r]') THEN '''' || ${s} ELSE ${s} END`;
    return `CASE WHEN regexp_matches(${safe}, '[",\\r\\n;]|^[\\s\\x{a0}\\x{3000}\\x{feff}]|[\\s\\x{a0}\\x{3000}\\x{feff}]$') THEN '"' || replace(${safe}, '"', '""') || '"' ELSE ${safe} END`;
  };
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|BOOLEAN)$/.test(type)) return `coalesce(${c}::VARCHAR, '')`;
  if (/^(DOUBLE|FLOAT|DECIMAL)/.test(type))
    return `CASE WHEN ${c} IS NULL OR NOT isfinite(${c}) THEN '' WHEN ${c} = round(${c}) AND abs(${c}) < 1e15 THEN (${c}::HUGEINT)::VARCHAR ELSE ${c}::VARCHAR END`;
  if (type === 'DATE') return `coalesce(strftime(${c}, '%Y-%m-%d'), '')`;
  if (type.endsWith('[]')) return `coalesce(${text(`array_to_string(${c}, ';')`)}, '')`;
  return `coalesce(${text(`${c}::VARCHAR`)}, '')`;
}

/**
 * A query's rows as CSV for spreadsheets, byte for byte what `toCsv` writes (UTF-8 BOM, CRLF,
 * formula-safe), formatted and written by DuckDB: no row passes through JavaScript.
 */
async function writeCsv(conn: DuckDBConnection, select: string, columns: readonly { name: string; type: string }[], path: string, tempDir: string): Promise<void> {
  const body = join(tempDir, 'body.csv');
  const line = columns.map((c) => csvCellSql(c.name, c.type)).join(` || ',' || `);
  await conn.run(`COPY (SELECT ${line} || chr(13) AS line FROM (${select})) TO ${sqlString(body)} (FORMAT CSV, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\x01')`);
  const out = createWriteStream(path);
  out.write(BOM + columns.map((c) => csvCell(c.name)).join(',') + '\r\n');
  await pipeline(createReadStream(body), out);
  await rm(body, { force: true });
}

const describe = async (conn: DuckDBConnection, select: string) =>
  (await queryRows<{ column_name: string; column_type: string }>(conn, `DESCRIBE ${select}`)).map((c) => ({ name: c.column_name, type: c.column_type }));

class ValidationFailed extends Error {}

interface Built {
  minimised: MinimisationNote[];
  privateFiles: PrivateFile[];
}

/** Runs every dataset's build step whose sources are given, in list order. */
async function build(ctx: Omit<BuildContext, 'minimised' | 'privateFiles'>, time: (k: string) => void): Promise<Built> {
  const built: Built = { minimised: [], privateFiles: [] };
  for (const d of DATASETS) {
    if (!d.build || d.needs(ctx.src).some((n) => !ctx.src[n])) continue;
    await d.build({ ...ctx, minimised: built.minimised, privateFiles: built.privateFiles });
    time(d.name);
  }
  return built;
}

export async function publish(opts: PublishOptions): Promise<PublishResult> {
  const log = new IssueLog();
  const timings: Record<string, number> = {};
  const started = new Date();
  let t0 = performance.now();
  const time = (k: string) => {
    const now = performance.now();
    timings[k] = (timings[k] ?? 0) + Math.round(now - t0);
    t0 = now;
    opts.progress?.(`${k}: ${(timings[k] / 1000).toFixed(1)} s`);
  };
  const report = { sources: [] as LoadedTable[], datasets: [] as DatasetReport[], minimised: [] as MinimisationNote[], unmatched: [] as UnmatchedTerm[], diff: undefined as ReleaseDiff | undefined };
  const finish = async (ok: boolean, manifest?: Manifest, privateDir = opts.private): Promise<PublishResult> => {
    const path = await writeReport(privateDir, {
      ok,
      startedAt: started,
      asOf: opts.asOf,
      sourcesDir: opts.sources,
      out: opts.out,
      log,
      sources: report.sources,
      datasets: report.datasets,
      minimised: report.minimised,
      unmatched: report.unmatched,
      diff: report.diff
    }).catch(() => null);
    return { ok, log, manifest, timings, report: path && privateDir !== opts.private ? join(opts.private, 'report.html') : path, diff: report.diff };
  };

  for (const [flag, dir] of [['--out', opts.out], ['--private', opts.private]] as const) {
    const problem = await outputProblem(dir);
    if (problem) log.error(flag, 0, 0, problem, 'output');
  }
  if (!existsSync(opts.sources)) log.error(opts.sources, 0, 0, '源数据目录不存在', 'sources:missing');
  if (log.errorCount) return finish(false);

  const found = await discover(opts.sources, log);
  const db = await openDuckDB();
  const { conn } = db;
  let staging: string | null = null;
  let privateStaging: string | null = null;
  try {
    const src = await loadSources(conn, found.tables, log, { asOf: opts.asOf, tempDir: db.tempDir });
    report.sources = Object.values(src).filter((t): t is LoadedTable => t != null);
    time('load');
    const lookups = await buildLookups(conn);
    await checkSources(conn, src, lookups, log);
    report.unmatched = await resolveSkillTerms(conn, src, lookups.skills, log);
    const boundaries = found.boundaries ? await readBoundaries(found.boundaries, lookups, log) : null;
    time('validate');
    if (log.errorCount || !lookups.prefecture) throw new ValidationFailed();

    const built = await build({ conn, src, lookups, prefecture: lookups.prefecture, asOf: opts.asOf, log }, time);
    report.minimised = built.minimised;
    if (log.errorCount) throw new ValidationFailed();

    staging = await stagingDir(opts.out);
    privateStaging = await stagingDir(opts.private);
    const datasets: Record<string, PublishedDataset> = {};
    const missing: MissingDataset[] = [];
    const years: Record<string, number[]> = {};
    const byName = new Map(DATASETS.map((d) => [d.name, d]));
    for (const name of DATASET_NAMES) {
      const d = byName.get(name)!;
      const absent = d.needs(src).filter((n) => !src[n]);
      if (absent.length) {
        missing.push({ name, reason: d.missing ?? `未提供源数据表 ${absent.join('、')}` });
        continue;
      }
      const columns = await queryRows<{ column_name: string; column_type: string }>(conn, `DESCRIBE ${d.select}`);
      const names = columns.map((c) => c.column_name);
      const [{ n, suppressed }] = await queryRows<{ n: number; suppressed: number | null }>(
        conn,
        `SELECT count(*)::INTEGER AS n, ${names.includes('suppressed') ? 'count(*) FILTER (WHERE suppressed)::INTEGER' : 'NULL'} AS suppressed FROM (${d.select})`
      );
      await writeParquet(conn, d.select, join(staging, `${name}.parquet`));
      const hashed = await contentHashed(staging, `${name}.parquet`);
      await writeCsv(conn, d.select, columns.map((c) => ({ name: c.column_name, type: c.column_type })), join(staging, `${name}.csv`), db.tempDir);
      const csv = await contentHashed(staging, `${name}.csv`);
      datasets[name] = { name, ...hashed, rows: n, columns: columns.map((c) => ({ name: c.column_name, type: c.column_type })), csv };
      report.datasets.push({ name, rows: n, suppressed });
      if (d.years) years[name] = (await queryRows<{ y: number }>(conn, d.years)).map((r) => r.y);
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

    const manifest: Manifest = {
      schema: MANIFEST_SCHEMA,
      demo: found.demo,
      built_at: new Date().toISOString(),
      as_of: opts.asOf,
      code_version: await codeVersion(),
      prefecture: lookups.prefecture,
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
      thresholds: disclosureThresholds(),
      years: { wage: years.wage_prices ?? [], talent: years.talent_stats ?? [], competitions: years.competitions ?? [], certification: years.certification_stats ?? [] }
    };

    // The release it replaces, compared as published (public files only).
    const previous = await readPreviousRelease(opts.out);
    const release = await compareReleases(conn, manifest, staging, previous);
    report.diff = release.diff;
    manifest.release = release.entry;
    await writeFile(join(staging, HISTORY_FILE), JSON.stringify(release.history, null, 2) + '\n');
    manifest.history = await contentHashed(staging, HISTORY_FILE);
    await writeFile(join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');

    // Only the bureau sees these files; CSV with BOM so Excel opens them.
    for (const f of built.privateFiles) {
      await writeCsv(conn, f.select, await describe(conn, f.select), join(privateStaging, f.file), db.tempDir);
    }
    if (release.changedCells) await writeCsv(conn, release.changedCells, await describe(conn, release.changedCells), join(privateStaging, 'release-changes.csv'), db.tempDir);
    const result = await finish(true, manifest, privateStaging);
    time('write');

    await swapIn(staging, opts.out);
    await swapIn(privateStaging, opts.private);
    staging = privateStaging = null;
    return result;
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    return finish(false);
  } finally {
    await db.close();
    if (staging) await rm(staging, { recursive: true, force: true });
    if (privateStaging) await rm(privateStaging, { recursive: true, force: true });
  }
}
