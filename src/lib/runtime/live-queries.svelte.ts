/**
 * A page's live queries over the DuckDB engine: `Live` keyed by SQL and parameters, seeded with
 * the prerendered results. The datasets the page needs are read off its declared queries once,
 * and download together with the engine on the reader's first intent (runtime/intent.ts); a
 * query the prerendered data cannot answer starts the engine at once.
 */
import { browser } from '$app/environment';
import { formatBytes } from '../core/format';
import type { Manifest } from '../core/manifest';
import type { Query } from '../core/query';
import { available, planDatasets } from '../core/queries/plan';
import { engine } from '../engine/engine.svelte';
import { startEngineOnIntent } from './intent';
import { Live, type Runner } from './live.svelte';

type AnyQuery = Query<unknown>;

export const queryKey = (q: AnyQuery): string => `${q.sql}\u0000${JSON.stringify(q.params)}`;

const engineRunner: Runner<AnyQuery> = {
  name: (q) => q.name,
  key: queryKey,
  run: (q) => engine.run(q),
  get broken() {
    return engine.broken;
  },
  restart: () => engine.retry(),
  get progress() {
    return engine.status === 'loading' && engine.progress ? `${engine.progress.label} ${formatBytes(engine.progress.loaded)}` : null;
  }
};

export interface LiveQueriesOptions {
  /** Queries the page may run that are not seeded (their datasets download on intent too). */
  also?: readonly (AnyQuery | null)[];
  /**
   * False when the page starts the engine itself (`start()`), e.g. /match, whose first answer is
   * the matcher's and whose engine should not compete with the matcher's worker for the CPU.
   * A query asked still starts the engine at once. Default true: on the reader's first intent.
   */
  onIntent?: boolean;
}

export class LiveQueries extends Live<AnyQuery> {
  /** Every dataset the page's queries read, in the release. */
  readonly datasets: readonly string[];

  /**
   * `seed` pairs each prerendered query with its result (`data` from +page.server.ts). Construct
   * it in a page's or section's `<script>`: it arms the intent trigger for the component's life.
   */
  constructor(private readonly manifest: Manifest, seed: readonly (readonly [AnyQuery | null, unknown])[], options: LiveQueriesOptions = {}) {
    super(engineRunner, seed);
    const declared = [...seed.map(([q]) => q), ...(options.also ?? [])];
    this.datasets = planDatasets(manifest, Object.fromEntries(declared.map((q, i) => [i, q])));
    engine.use(manifest);
    if (browser && options.onIntent !== false) $effect(() => startEngineOnIntent(manifest, this.datasets));
  }

  /** Starts the engine and the page's datasets now (a page that does not start them on intent). */
  start(): void {
    engine.start(this.manifest, this.datasets).catch(() => {});
  }

  /**
   * True once the engine has been asked for (the reader's intent, a warm start from the cache or
   * a query): from then on a page may load in the background what later views will need.
   */
  get engineStarted(): boolean {
    return engine.status !== 'idle';
  }

  /** `q`, or null when the release did not publish a dataset it reads (the page says so). */
  published<T>(q: Query<T>): Query<T> | null {
    return available(this.manifest, q as AnyQuery) ? q : null;
  }

  /** Each query of a page's plan, or null where the release did not publish a dataset it reads. */
  publishedPlan<P extends Record<string, AnyQuery | null>>(plan: P): { [K in keyof P]: P[K] | null } {
    return Object.fromEntries(Object.entries(plan).map(([k, q]) => [k, q && this.published(q)])) as { [K in keyof P]: P[K] | null };
  }

  override get<T>(q: Query<T> | null): T | null {
    return super.get(q as AnyQuery | null) as T | null;
  }

  override exact<T>(q: Query<T> | null): T | null {
    return super.exact(q as AnyQuery | null) as T | null;
  }

  override last<T>(name: string): T | null {
    return super.last(name) as T | null;
  }
}
