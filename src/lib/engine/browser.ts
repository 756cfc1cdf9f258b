/**
 * DuckDB-wasm in the browser, self-hosted. DuckDB runs in its own Web Worker (the duckdb-wasm
 * worker); this module only sends it SQL. Datasets are attached on first use, one file each, so a
 * page downloads only the tables its queries read.
 *
 * Loaders (see docs/architecture.md for the measurements behind the default):
 * - `duckdb`: the publisher also writes each dataset as a small DuckDB database; it is fetched,
 *   registered as a file buffer and ATTACHed read-only. Nothing to decode in JavaScript.
 * - `parquet`: the Parquet file is decoded with hyparquet and inserted as Arrow. Kept for the
 *   load benchmark; DuckDB-wasm's own Parquet reader is an extension it would download from
 *   the internet, which a same-origin site cannot allow.
 *
 * Imported only dynamically, after first paint: a static import would pull the engine into
 * prerendering and into every page's first download.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Manifest } from '../core/manifest';
import { finish, type Query, type QueryEngine } from '../core/query';
import type { Table } from 'apache-arrow';
import { plainValue, type Plain } from '../core/rows';
import { datasetFile, fetchBytes, type Loader, type LoadProgress } from './fetch-bytes';

export type { Loader, LoadProgress };

/** A load that makes no progress for this long is reported as failed (and can be retried). */
const STALL_MS = 20_000;

function datasetUrl(manifest: Manifest, dataUrl: string, loader: Loader, name: string): string | null {
  const file = datasetFile(manifest, loader, name);
  return file === null ? null : `${dataUrl}/${file}`;
}

export class BrowserEngine implements QueryEngine {
  private readonly attached = new Map<string, Promise<void>>();

  private constructor(
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
    private readonly manifest: Manifest,
    private readonly dataUrl: string,
    private readonly loader: Loader,
    private readonly onProgress: (p: LoadProgress) => void,
    private readonly downloads: Map<string, Promise<Uint8Array>>
  ) {}

  /**
   * `downloads` holds the dataset downloads the caller already started (in parallel with
   * fetching and compiling the engine); a dataset not in it is fetched on first use.
   */
  static async open(
    manifest: Manifest,
    dataUrl: string,
    loader: Loader,
    onProgress: (p: LoadProgress) => void,
    downloads: Map<string, Promise<Uint8Array>> = new Map()
  ): Promise<BrowserEngine> {
    if (typeof WebAssembly !== 'object') throw new Error('此浏览器不支持 WebAssembly');
    const duckdb = await import('@duckdb/duckdb-wasm');
    const [mvpWasm, mvpWorker, ehWasm, ehWorker] = await Promise.all([
      import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
      import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
      import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
      import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
    ]);
    const bundle = await duckdb.selectBundle({
      mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default },
      eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default }
    });
    // DuckDB-wasm does not always reject when its wasm cannot be fetched (it throws inside a
    // callback and instantiate() never settles), so reachability is checked alongside (not
    // before: that would cost a round trip) and a stalled load gives up after STALL_MS without
    // progress.
    const reachable = fetch(bundle.mainModule, { method: 'HEAD' }).then(
      (head) => {
        if (!head.ok) throw new Error(`无法获取分析引擎文件（HTTP ${head.status}）`);
      },
      () => {
        throw new Error('无法获取分析引擎文件（网络错误）');
      }
    );
    const compileStart = performance.now();
    const worker = new Worker(bundle.mainWorker!);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await new Promise<void>((resolve, reject) => {
      let watchdog = setTimeout(() => fail(new Error('加载超时')), STALL_MS);
      function fail(e: Error) {
        clearTimeout(watchdog);
        worker.terminate();
        reject(e);
      }
      reachable.catch(fail);
      worker.addEventListener('error', (e) => fail(new Error(`引擎线程出错：${e.message || '未知错误'}`)), { once: true });
      db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => fail(new Error('加载超时')), STALL_MS);
        onProgress({ phase: 'engine', loaded: p.bytesLoaded, total: p.bytesTotal || null, label: '分析引擎' });
      }).then(() => reachable.then(() => (clearTimeout(watchdog), resolve())), fail);
    });
    performance.measure('engine:instantiate', { start: compileStart });
    // Nothing may leave the origin: no extension downloads, no remote files.
    await db.open({ query: { castBigIntToDouble: true } });
    const conn = await db.connect();
    await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`);
    return new BrowserEngine(db, conn, manifest, dataUrl, loader, onProgress, downloads);
  }

  /** Makes table `name` available, downloading it on first use. */
  ensure(name: string): Promise<void> {
    let p = this.attached.get(name);
    if (!p) {
      p = this.load(name);
      this.attached.set(name, p);
      p.catch(() => this.attached.delete(name));
    }
    return p;
  }

  private bytes(name: string): Promise<Uint8Array> {
    const url = datasetUrl(this.manifest, this.dataUrl, this.loader, name);
    if (!url) throw new Error(`数据集 ${name} 未发布`);
    const prefetched = this.downloads.get(name);
    this.downloads.delete(name);
    return prefetched ? prefetched.catch(() => fetchBytes(url, name, this.onProgress)) : fetchBytes(url, name, this.onProgress);
  }

  private async load(name: string): Promise<void> {
    const d = this.manifest.datasets[name];
    if (!d) throw new Error(`数据集 ${name} 未发布`);
    const bytes = await this.bytes(name);
    if (this.loader === 'duckdb' && d.database) {
      await this.db.registerFileBuffer(d.database.file, bytes);
      await this.conn.query(`ATTACH '${d.database.file}' AS "ds_${name}" (READ_ONLY)`);
      await this.conn.query(`CREATE VIEW "${name}" AS SELECT * FROM "ds_${name}"."${name}"`);
      return;
    }
    const { parquetToArrow } = await import('./parquet-arrow');
    await this.conn.insertArrowTable(await parquetToArrow(bytes.buffer as ArrayBuffer, d.columns), { name, create: true });
  }

  /** One connection runs one statement at a time; pages ask for several at once. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Prepared once per SQL text: each worker round trip saved is a millisecond or two per query. */
  private readonly statements = new Map<string, Promise<AsyncPreparedStatement>>();

  rows(sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    const next = this.queue.then(async () => {
      let stmt = this.statements.get(sql);
      if (!stmt) {
        stmt = this.conn.prepare(sql);
        this.statements.set(sql, stmt);
        stmt.catch(() => this.statements.delete(sql));
      }
      return arrowRows(await (await stmt).query(...params));
    });
    this.queue = next.catch(() => {});
    return next;
  }

  /**
   * Each query leaves a `performance` measure named `engine:<query name>` (request to mapped
   * result, including waiting in the queue), so benchmarks can split a page update into query and
   * render time without instrumenting the pages.
   */
  async run<T>(q: Query<T>): Promise<T> {
    const start = performance.now();
    await Promise.all(q.datasets.map((d) => this.ensure(d)));
    const result = finish(q, await this.rows(q.sql, q.params));
    performance.measure(`engine:${q.name}`, { start });
    return result;
  }

  async terminate(): Promise<void> {
    await this.conn.close().catch(() => {});
    await this.db.terminate().catch(() => {});
  }
}

/**
 * Arrow result → plain rows, a column at a time: each column's values are read out in one call
 * and only nulls are checked per cell. Going through Arrow's row proxies (`toArray()` then
 * `toJSON()` per row) took most of the time of large results (40k talent-pool rows).
 */
function arrowRows(table: Table): Record<string, Plain>[] {
  const names = table.schema.fields.map((f) => f.name);
  const out: Record<string, Plain>[] = [];
  for (const batch of table.batches) {
    const columns = names.map((_, i) => {
      const vector = batch.getChildAt(i)!;
      return { vector, values: vector.toArray() as ArrayLike<unknown>, nulls: vector.nullCount > 0 };
    });
    for (let j = 0; j < batch.numRows; j++) {
      const row: Record<string, Plain> = {};
      for (let c = 0; c < names.length; c++) {
        const { vector, values, nulls } = columns[c];
        row[names[c]] = nulls && !vector.isValid(j) ? null : plainValue(values[j]);
      }
      out.push(row);
    }
  }
  return out;
}
