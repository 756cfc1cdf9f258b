/**
 * The /match page's matcher in the browser: one Web Worker that fetches the published datasets
 * itself, builds the index and answers queries (worker.ts). This client holds the states a page
 * (or the page runtime) shows: `loading` with byte progress, `indexing`, `ready`, or `error`
 * with a retry that restarts the worker and re-issues every request that had not been answered.
 * The page's thread receives only the open jobs, the vocabularies' names and the rows of the
 * results it shows. Created from onMount only: nothing here runs at prerender.
 */
import { base } from '$app/paths';
import type { Manifest } from '$lib/core/manifest';
import type { JobRow, MatchRequest, MatchResponse, PoolRow } from '$lib/core/match';
import type { LoadPhase, WorkerRequest, WorkerResponse } from './protocol';

export type MatcherStatus = 'idle' | 'loading' | 'indexing' | 'ready' | 'error';

/** A match request without its id (the client numbers them). */
export type Request = MatchRequest extends infer R ? (R extends { id: number; type: 'match-job' | 'match-seeker' } ? Omit<R, 'id'> : never) : never;

interface Pending {
  req: Request;
  resolve: (r: MatchResponse) => void;
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

  /** Starts the worker's load (once; pages call it from onMount); settles when ready or failed. */
  start(manifest: Manifest): Promise<void> {
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

  /** After a failure: a new worker, a new load, and every request not answered is asked again. */
  retry(): void {
    if (!this.manifest) return;
    this.stop();
    this.status = 'idle';
    this.start(this.manifest).catch(() => {});
  }

  /** Answered once the matcher is ready; a request caught by a failure is kept for the retry. */
  match(req: Request): Promise<MatchResponse> {
    if (!this.manifest) return Promise.reject(new Error('matcher not started'));
    return new Promise((resolve) => {
      const p = { req, resolve };
      if (this.status === 'ready') this.post(p);
      else this.held.push(p);
    });
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

  private stop() {
    this.worker?.terminate();
    this.worker = null;
    this.held = [...this.held, ...this.inFlight.values()];
    this.inFlight.clear();
  }

  private fail(message: string) {
    this.stop();
    this.status = 'error';
    this.progress = null;
    this.error = /memory/i.test(message) ? `内存不足，无法加载匹配数据（${message}）` : message;
    this.settle?.reject(new Error(this.error));
    this.ready = null;
    this.settle = null;
  }
}

export const matcher = new Matcher();
