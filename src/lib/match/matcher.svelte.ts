/**
 * The /match page's matcher in the browser: loads the rows through the DuckDB-wasm engine (the
 * same queries as the CLI, core/queries/match.ts) and the county adjacency from the published
 * TopoJSON, hands them to the matcher's Web Worker once, then sends one message per query.
 * Created from onMount only: nothing here runs at prerender.
 */
import { base } from '$app/paths';
import type { Manifest } from '$lib/core/manifest';
import { countyAdjacency, type JobRow, type MatchData, type MatchRequest, type MatchResponse, type PoolRow } from '$lib/core/match';
import { matchQueries } from '$lib/core/queries/match';
import { planDatasets, runPlan } from '$lib/core/queries/plan';
import { engine } from '$lib/engine/engine.svelte';
import type { Topology } from 'topojson-specification';

export type MatcherStatus = 'idle' | 'loading' | 'indexing' | 'ready' | 'error';

/** A request without its id (the client numbers them). */
type Request = MatchRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Without these the matcher cannot resolve a single term. */
const REQUIRED = ['skills', 'certificates', 'occupations', 'regions'];

class Matcher {
  status = $state<MatcherStatus>('idle');
  error = $state<string | null>(null);
  /** Loading the rows through the engine (ms, main thread). */
  loadMs = $state<number | null>(null);
  /** Building the index, as the worker reports it (ms). */
  initMs = $state<number | null>(null);
  counts = $state<{ candidates: number; jobs: number } | null>(null);
  /** The published rows, for showing what a result is (the worker returns ids and scores). */
  jobs = $state.raw<readonly JobRow[]>([]);
  pool: ReadonlyMap<string, PoolRow> = new Map();
  /** Canonical id → name, for showing a result's skills and certificates. */
  names = $state.raw<{ skills: ReadonlyMap<string, string>; certificates: ReadonlyMap<string, string> }>({ skills: new Map(), certificates: new Map() });
  /** Datasets that were not published, so one direction cannot run. */
  missing = $state<string[]>([]);

  private worker: Worker | null = null;
  private pending = new Map<number, (r: MatchResponse) => void>();
  private nextId = 1;
  private loading: Promise<void> | null = null;
  private manifest: Manifest | null = null;

  start(manifest: Manifest): Promise<void> {
    this.manifest = manifest;
    if (this.loading) return this.loading;
    this.status = 'loading';
    this.error = null;
    this.loading = this.load(manifest).catch((e: unknown) => {
      this.fail(e);
      throw e;
    });
    return this.loading;
  }

  retry(): void {
    if (!this.manifest) return;
    this.worker?.terminate();
    this.worker = null;
    this.loading = null;
    if (engine.status === 'error') engine.retry();
    this.start(this.manifest).catch(() => {});
  }

  async match(req: Request): Promise<MatchResponse> {
    if (!this.manifest) throw new Error('matcher not started');
    await this.start(this.manifest);
    return this.post(req);
  }

  private async load(m: Manifest): Promise<void> {
    const absent = REQUIRED.filter((d) => !(d in m.datasets));
    if (absent.length) throw new Error(`未发布 ${absent.join('、')}，无法匹配`);
    this.missing = ['talent_pool', 'jobs'].filter((d) => !(d in m.datasets));
    engine.start(m, planDatasets(m, matchQueries(m))).catch(() => {});
    const t0 = performance.now();
    const [r, adjacency] = await Promise.all([runPlan(engine, m, matchQueries(m)), this.adjacency(m)]);
    this.loadMs = performance.now() - t0;
    const data: MatchData = {
      pool: r.pool ?? [],
      jobs: r.jobs ?? [],
      skills: r.skills ?? [],
      certificates: r.certificates ?? [],
      occupations: r.occupations ?? [],
      occupationGroups: r.occupationGroups ?? [],
      regions: r.regions ?? [],
      adjacency
    };
    this.pool = new Map(data.pool.map((p) => [p.ref, p]));
    this.names = {
      skills: new Map(data.skills.map((s) => [s.skill_id, s.name])),
      certificates: new Map(data.certificates.map((c) => [c.cert_id, c.name]))
    };
    this.jobs = data.jobs;
    this.status = 'indexing';
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<MatchResponse>) => {
      const done = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      done?.(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const message = `匹配线程出错：${e.message || '无法启动'}`;
      for (const [id, done] of this.pending) done({ type: 'error', id, message });
      this.pending.clear();
      this.fail(new Error(message));
    };
    this.worker = worker;
    const ready = await this.post({ type: 'init', data });
    if (ready.type === 'error') throw new Error(ready.message);
    if (ready.type !== 'ready') throw new Error(`unexpected answer ${ready.type}`);
    this.initMs = ready.ms;
    this.counts = { candidates: ready.candidates, jobs: ready.jobs };
    this.status = 'ready';
  }

  private async adjacency(m: Manifest): Promise<MatchData['adjacency']> {
    if (!m.topology) return undefined;
    const res = await fetch(`${base}/data/${m.topology.file}`);
    if (!res.ok) throw new Error(`${m.topology.file}: HTTP ${res.status}`);
    return countyAdjacency((await res.json()) as Topology, m.topology.object);
  }

  private post(req: Request): Promise<MatchResponse> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('匹配线程未启动'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ ...req, id } as MatchRequest);
    });
  }

  private fail(e: unknown) {
    this.status = 'error';
    this.error = e instanceof Error ? e.message : String(e);
    this.loading = null;
    this.worker?.terminate();
    this.worker = null;
  }
}

export const matcher = new Matcher();
