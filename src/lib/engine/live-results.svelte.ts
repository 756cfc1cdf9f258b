/**
 * Query results that follow a view: seeded with what the page prerendered, then fetched from the
 * browser engine as the view changes, cached by SQL and parameters. While a new result is on its
 * way, `get` keeps answering with the last result of the same query name (marked stale), so
 * tables don't collapse to a spinner on every filter change.
 */
import type { Query } from '../core/query';
import { engine } from './engine.svelte';

const keyOf = (q: Query<unknown>): string => `${q.sql}\u0000${JSON.stringify(q.params)}`;

export class LiveResults {
  private cache = $state.raw<Record<string, unknown>>({});
  private latest = $state.raw<Record<string, string>>({});
  private pending = new Set<string>();
  error = $state<string | null>(null);

  /** Seeds the cache with prerendered results (pairs of query and result). */
  constructor(seed: readonly [Query<unknown> | null, unknown][] = []) {
    const cache: Record<string, unknown> = {};
    const latest: Record<string, string> = {};
    for (const [q, r] of seed) {
      if (!q || r === null || r === undefined) continue;
      cache[keyOf(q)] = r;
      latest[q.name] = keyOf(q);
    }
    this.cache = cache;
    this.latest = latest;
  }

  /** The result of `q`, or the last result of a query with its name while `q` runs; null if none. */
  get<T>(q: Query<T> | null): T | null {
    if (!q) return null;
    const k = keyOf(q);
    if (k in this.cache) return this.cache[k] as T;
    const last = this.latest[q.name];
    return last !== undefined ? (this.cache[last] as T) : null;
  }

  /** The last result of any query with this name (null before the first). */
  last<T>(name: string): T | null {
    const k = this.latest[name];
    return k !== undefined ? (this.cache[k] as T) : null;
  }

  /** True while the result shown for `q` belongs to an earlier view. */
  stale(q: Query<unknown> | null): boolean {
    return !!q && !(keyOf(q) in this.cache);
  }

  /** Fetches every query not yet known; call from an effect after mount. */
  want(queries: readonly (Query<unknown> | null)[]): void {
    for (const q of queries) {
      if (!q) continue;
      const k = keyOf(q);
      if (k in this.cache || this.pending.has(k)) continue;
      this.pending.add(k);
      const start = performance.now();
      engine
        .run(q)
        .then((r) => {
          // a User Timing entry per query, for the browser's performance panel and the benchmarks
          performance.measure(`query ${q.name}`, { start });
          this.cache = { ...this.cache, [k]: r };
          this.latest = { ...this.latest, [q.name]: k };
          this.error = null;
        })
        .catch((e: unknown) => (this.error = e instanceof Error ? e.message : String(e)))
        .finally(() => this.pending.delete(k));
    }
  }
}
