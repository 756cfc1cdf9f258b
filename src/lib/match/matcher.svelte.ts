/**
 * The /match page's matcher in the browser: one Web Worker that fetches the published datasets
 * itself, builds the index and answers queries (worker.ts). This client holds the states a page
 * shows: `idle` until something asks (the reader's first intent on the page, or a request: a
 * `#job=` or `#seeker=` link), `loading` with byte progress, `indexing`, `ready`, or `error`. When
 * the worker fails, every request it had not answered fails with the reason; `retry` starts a new
 * worker. `matcherRunner` lets the page runtime's `Live` drive it like any other query runner, so
 * loading, stale, failed and 重试 read as on every page (runtime/QueryState.svelte).
 * The page's thread receives only the open jobs, the vocabularies' names and the rows of the
 * results it shows. Nothing here runs at prerender.
 */
import { base } from '$app/paths';
import { formatBytes, formatInt } from '$lib/core/format';
import type { Manifest } from '$lib/core/manifest';
import type { JobRow, MatchResponse, PoolRow } from '$lib/core/match';
import type { MatchQuery } from '$lib/core/match-form';
import type { Runner } from '$lib/runtime/live.svelte';
import type { LoadPhase, WorkerRequest, WorkerResponse } from './protocol';

export type MatcherStatus = 'idle' | 'loading' | 'indexing' | 'ready' | 'error';

interface Pending {
  req: MatchQuery;
  resolve: (r: MatchResponse) => void;
  reject: (e: Error) => void;
}

class Matcher {
  status = $state<MatcherStatus>('idle');
  error = $state<string | null>(null);
  /** While loading: bytes received and expected; while indexing, the people being indexed. */
  progress = $state<{ phase: LoadPhase; loaded: number; total: number } | null>(null);
  /** Fetching and decoding the datasets, and building the index, as the worker reports them (ms). */
  loadMs = $state<number | null>(null);
  initMs = $state<number | null>(null);
  counts = $state<{ candidates: number; jobs: number } | null>(null);
  /** The open jobs, for the job picker and for showing what a result is. */
  jobs = $state.raw<readonly JobRow[]>([]);
  /** The pool rows of results shown so far (the worker sends them with each result). */
  readonly pool = new Map<string, PoolRow>();
  /** Canonical id → name, for showing a result's skills and certificates. */
  names = $state.raw<{ skills: ReadonlyMap<string, string>; certificates: ReadonlyMap<string, string> }>({ skills: new Map(), certificates: new Map() });
  /** Datasets that were not published, so one direction cannot run. */
  missing = $state<string[]>([]);

  private worker: Worker | null = null;
  private manifest: Manifest | null = null;
  private nextId = 1;
  private loadId = 0;
  /** Sent to the worker and not answered yet. */
  private inFlight = new Map<number, Pending>();
  /** Waiting for the worker to be ready: asked before it was, or in flight when it failed. */
  private held: Pending[] = [];

  private ready: Promise<void> | null = null;
  private settle: { resolve: () => void; reject: (e: Error) => void } | null = null;

  /** The release to load once something asks (call it when the page is created; nothing is fetched). */
  use(manifest: Manifest): void {
    this.manifest = manifest;
  }

  /** Starts the worker's load (once; on the reader's first intent or the first request); settles when ready or failed. */
  start(manifest: Manifest | null = this.manifest): Promise<void> {
    if (!manifest) return Promise.reject(new Error('matcher has no release'));
    this.manifest = manifest;
    if (this.ready) return this.ready;
    this.ready = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // `matcher:start` and the measure `matcher:ready` (start → ready) let benchmarks split a cold start
    performance.mark('matcher:start');
    this.status = 'loading';
    this.error = null;
    this.progress = null;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.fail(`匹配线程出错：${e.message || '无法启动'}`);
    };
    this.worker = worker;
    this.loadId = this.nextId++;
    this.send({ type: 'load', id: this.loadId, manifest: $state.snapshot(manifest) as Manifest, dataUrl: `${base}/data` });
    return this.ready;
  }

  /** After a failure: a new worker and a new load (the page runtime re-issues what failed). */
  retry(): void {
    if (!this.manifest) return;
    this.stop();
    this.status = 'idle';
    this.start(this.manifest).catch(() => {});
  }

  /** Answered once the matcher is ready (starting it if nobody has); fails if the worker fails first. */
  match(req: MatchQuery): Promise<MatchResponse> {
    if (!this.manifest) return Promise.reject(new Error('matcher has no release'));
    return new Promise((resolve, reject) => {
      const p = { req, resolve, reject };
      if (this.status === 'ready') return this.post(p);
      this.held.push(p);
      if (this.status === 'idle') this.start().catch(() => {});
    });
  }

  /** What it is loading, for the loading line: "人才库与岗位数据 45%", "建立匹配索引（40,135 人）". */
  get progressLabel(): string | null {
    const p = this.progress;
    if (this.status === 'indexing') return `建立匹配索引（${formatInt(p?.total ?? 0)} 人）`;
    if (this.status !== 'loading') return null;
    return p?.total ? `人才库与岗位数据 ${formatBytes(p.loaded)}，${Math.round((p.loaded / p.total) * 100)}%` : '人才库与岗位数据';
  }

  private send(msg: WorkerRequest) {
    this.worker!.postMessage(msg);
  }

  private post(p: Pending) {
    const id = this.nextId++;
    this.inFlight.set(id, p);
    this.send({ ...p.req, id } as WorkerRequest);
  }

  private receive(m: WorkerResponse) {
    if (m.id === this.loadId) {
      if (m.type === 'progress') {
        this.status = m.phase === 'index' ? 'indexing' : 'loading';
        this.progress = { phase: m.phase, loaded: m.loaded, total: m.total };
      } else if (m.type === 'loaded') {
        this.jobs = m.jobs;
        this.names = { skills: new Map(m.names.skills), certificates: new Map(m.names.certificates) };
        this.missing = m.missing;
        this.loadMs = m.loadMs;
        this.initMs = m.indexMs;
        this.counts = { candidates: m.candidates, jobs: m.jobs.length };
        this.progress = null;
        this.status = 'ready';
        performance.measure('matcher:ready', 'matcher:start');
        this.settle?.resolve();
        const held = this.held;
        this.held = [];
        for (const p of held) this.post(p);
      } else if (m.type === 'error') this.fail(m.message);
      return;
    }
    const p = this.inFlight.get(m.id);
    if (!p) return;
    this.inFlight.delete(m.id);
    if (m.type === 'candidates') for (const r of m.people) this.pool.set(r.ref, r);
    if (m.type === 'jobs' && m.seeker) this.pool.set(m.seeker.ref, m.seeker);
    p.resolve(m as MatchResponse);
  }

  /** Ends the worker; what it had not answered is returned. */
  private stop(): Pending[] {
    this.worker?.terminate();
    this.worker = null;
    const unanswered = [...this.held, ...this.inFlight.values()];
    this.held = [];
    this.inFlight.clear();
    return unanswered;
  }

  private fail(message: string) {
    const unanswered = this.stop();
    this.status = 'error';
    this.progress = null;
    this.error = /memory/i.test(message) ? `内存不足，无法加载匹配数据（${message}）` : message;
    const error = new Error(this.error);
    this.settle?.reject(error);
    this.ready = null;
    this.settle = null;
    for (const p of unanswered) p.reject(error);
  }
}

export const matcher = new Matcher();

/** The matcher as a runner of the page runtime's `Live`: requests of one direction replace each other on screen. */
export const matcherRunner: Runner<MatchQuery, MatchResponse> = {
  name: (r) => r.type,
  key: (r) => JSON.stringify(r),
  run: (r) => matcher.match(r),
  get broken() {
    return matcher.status === 'error';
  },
  restart: () => matcher.retry(),
  get progress() {
    return matcher.progressLabel;
  }
};
