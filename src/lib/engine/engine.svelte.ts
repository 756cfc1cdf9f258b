/**
 * The page-facing engine: one shared instance, loaded lazily after first paint, with state the
 * UI can show (progress, failure, retry). Pages call `engine.run(query)`.
 */
import { base } from '$app/paths';
import type { Manifest } from '../core/manifest';
import type { Query } from '../core/query';
import type { BrowserEngine, Loader, LoadProgress } from './browser';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

class EngineState {
  status = $state<EngineStatus>('idle');
  progress = $state<LoadProgress | null>(null);
  error = $state<string | null>(null);
  private instance: Promise<BrowserEngine> | null = null;
  private manifest: Manifest | null = null;

  /**
   * Starts loading (once); pages call it from onMount so it never delays first paint, naming the
   * datasets they query first so those download while the engine compiles.
   */
  start(manifest: Manifest, prefetch: readonly string[] = []): Promise<BrowserEngine> {
    this.manifest = manifest;
    if (this.instance) return this.instance;
    this.status = 'loading';
    this.error = null;
    const params = new URLSearchParams(location.search);
    const loader = (params.get('loader') === 'parquet' ? 'parquet' : 'duckdb') as Loader;
    this.instance = import('./browser')
      .then(({ BrowserEngine }) => BrowserEngine.open(manifest, `${base}/data`, loader, (p) => (this.progress = p), prefetch))
      .then((e) => {
        this.status = 'ready';
        return e;
      })
      .catch((e: unknown) => {
        this.fail(e);
        throw e;
      });
    return this.instance;
  }

  private fail(e: unknown) {
    this.status = 'error';
    const msg = e instanceof Error ? e.message : String(e);
    this.error = /memory/i.test(msg) ? `内存不足，无法加载分析引擎（${msg}）` : msg;
    this.instance = null;
  }

  retry(): void {
    if (this.manifest) this.start(this.manifest).catch(() => {});
  }

  async run<T>(q: Query<T>): Promise<T> {
    if (!this.manifest) throw new Error('engine not started');
    const e = await this.start(this.manifest);
    try {
      return await e.run(q);
    } catch (err) {
      if (/worker|terminated|memory|RuntimeError/i.test(String(err))) this.fail(err);
      throw err;
    }
  }
}

export const engine = new EngineState();
