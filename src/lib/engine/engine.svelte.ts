/**
 * The page-facing engine: one shared instance, started on demand (runtime/intent.ts starts it on
 * the reader's first sign of intent, a query starts it when it must), with state the UI can show
 * (progress, failure, retry). Pages run queries through `LiveQueries` (runtime/), which calls
 * `engine.run(query)`.
 */
import { base } from '$app/paths';
import type { Manifest } from '../core/manifest';
import type { Query } from '../core/query';
import type { BrowserEngine } from './browser';
import { datasetFile, fetchBytes, type Loader, type LoadProgress } from './fetch-bytes';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

const DATA_URL = () => `${base}/data`;
const loaderOf = (): Loader => (new URLSearchParams(location.search).get('loader') === 'parquet' ? 'parquet' : 'duckdb');

class EngineState {
  status = $state<EngineStatus>('idle');
  progress = $state<LoadProgress | null>(null);
  error = $state<string | null>(null);
  private instance: Promise<BrowserEngine> | null = null;
  private manifest: Manifest | null = null;
  /** Dataset downloads started before the engine could take them (it takes them when it opens). */
  private downloads = new Map<string, Promise<Uint8Array>>();
  private ready: BrowserEngine | null = null;

  /**
   * Starts the engine (once) and the downloads of `datasets` (each once), all in parallel: the
   * datasets a page's queries read download while the wasm compiles.
   */
  start(manifest: Manifest, datasets: readonly string[] = []): Promise<BrowserEngine> {
    this.manifest = manifest;
    this.prefetch(datasets);
    if (this.instance) return this.instance;
    this.status = 'loading';
    this.error = null;
    const loader = loaderOf();
    this.instance = import('./browser')
      .then(({ BrowserEngine }) => BrowserEngine.open(manifest, DATA_URL(), loader, (p) => (this.progress = p), this.downloads))
      .then((e) => {
        this.status = 'ready';
        this.ready = e;
        return e;
      })
      .catch((e: unknown) => {
        this.fail(e);
        throw e;
      });
    return this.instance;
  }

  /** Starts downloading datasets now; the engine attaches them when it is ready (or at once if it is). */
  private prefetch(datasets: readonly string[]) {
    if (!this.manifest) return;
    for (const name of datasets) {
      if (this.ready) {
        this.ready.ensure(name).catch(() => {}); // reported (and retried) by the query that needs it
        continue;
      }
      if (this.downloads.has(name)) continue;
      const file = datasetFile(this.manifest, loaderOf(), name);
      if (file === null) continue;
      const p = fetchBytes(`${DATA_URL()}/${file}`, name, (x) => (this.progress = x));
      p.catch(() => this.downloads.get(name) === p && this.downloads.delete(name));
      this.downloads.set(name, p);
    }
  }

  private fail(e: unknown) {
    this.status = 'error';
    const msg = e instanceof Error ? e.message : String(e);
    this.error = /memory/i.test(msg) ? `内存不足，无法加载分析引擎（${msg}）` : msg;
    this.instance = null;
    this.ready = null;
  }

  /** The engine itself failed (wasm, worker, memory): a retry must start it anew. */
  get broken(): boolean {
    return this.status === 'error';
  }

  retry(): void {
    if (this.manifest) this.start(this.manifest).catch(() => {});
  }

  async run<T>(q: Query<T>): Promise<T> {
    if (!this.manifest) throw new Error('engine not started');
    const e = await this.start(this.manifest, q.datasets);
    try {
      return await e.run(q);
    } catch (err) {
      if (/worker|terminated|memory|RuntimeError/i.test(String(err))) this.fail(err);
      throw err;
    }
  }

  /** Gives the engine the release it will query, without starting anything. */
  use(manifest: Manifest): void {
    this.manifest ??= manifest;
  }
}

export const engine = new EngineState();
