/**
 * Results that follow what a page asks for, whatever answers it (the DuckDB engine through
 * `LiveQueries`, the /match matcher's worker through its own runner):
 * - seeded with what the page prerendered, so the first view costs nothing;
 * - cached by request key, so going back to a view is instant;
 * - stale-while-loading: while a request runs, `get` answers with the last result of a request
 *   of the same name, so tables don't collapse to a spinner on every filter change;
 * - a failed request stays failed (it is not re-asked in a loop) until `retry()`, which re-issues
 *   exactly the requests that failed, restarting the runner first when the runner itself broke.
 */
import { untrack } from 'svelte';

export interface Runner<R, T = unknown> {
  /** Requests of one name replace each other on screen (stale-while-loading). */
  name(request: R): string;
  /** Equal keys are the same request (the same result). */
  key(request: R): string;
  run(request: R): Promise<T>;
  /** True when the runner as a whole failed (engine or worker), not one request. */
  readonly broken?: boolean;
  /** Starts a broken runner anew. */
  restart?(): void;
  /** What the runner is loading before it can answer, said after the loading line ("wage_prices 1.2 MB"); null when nothing. */
  readonly progress?: string | null;
}

export type LiveStatus =
  /** Every result shown belongs to what was asked. */
  | { kind: 'ready' }
  /** Nothing to show yet. */
  | { kind: 'loading' }
  /** Earlier results are shown while the new ones load. */
  | { kind: 'stale' }
  /** A request failed; `stale` when earlier results are still on screen. */
  | { kind: 'error'; message: string; stale: boolean };

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** `T` is what every request answers (a runner of many kinds of requests, like the engine's, leaves it `unknown`). */
export class Live<R, T = unknown> {
  #cache = $state.raw<Record<string, unknown>>({});
  /** name → key of the latest result of that name. */
  #latest = $state.raw<Record<string, string>>({});
  #failed = $state.raw<Record<string, { request: R; message: string }>>({});
  #pending = new Set<string>();
  /** Order of asking, so that a slow old answer does not replace a newer one as "latest". */
  #latestAsked: Record<string, number> = {};
  #seq = 0;

  constructor(
    protected readonly runner: Runner<R, T>,
    seed: readonly (readonly [R | null, T | null | undefined])[] = []
  ) {
    const cache: Record<string, unknown> = {};
    const latest: Record<string, string> = {};
    for (const [q, r] of seed) {
      if (q === null || r === null || r === undefined) continue;
      cache[runner.key(q)] = r;
      latest[runner.name(q)] = runner.key(q);
    }
    this.#cache = cache;
    this.#latest = latest;
  }

  /** The result of `request`, else the last result of a request of its name while it runs; null if none. */
  get(request: R | null): T | null {
    if (request === null) return null;
    const k = this.runner.key(request);
    if (k in this.#cache) return this.#cache[k] as T;
    const last = this.#latest[this.runner.name(request)];
    return last === undefined ? null : (this.#cache[last] as T);
  }

  /** The result of exactly this request, or null (never an earlier one). */
  exact(request: R | null): T | null {
    if (request === null) return null;
    const k = this.runner.key(request);
    return k in this.#cache ? (this.#cache[k] as T) : null;
  }

  /** The last result of any request with this name (null before the first). */
  last(name: string): T | null {
    const k = this.#latest[name];
    return k === undefined ? null : (this.#cache[k] as T);
  }

  /** True while what `get` shows for `request` is not its own result. */
  stale(request: R | null): boolean {
    return request !== null && !(this.runner.key(request) in this.#cache);
  }

  /** Why `request` failed, or null. */
  failure(request: R | null): string | null {
    return request === null ? null : (this.#failed[this.runner.key(request)]?.message ?? null);
  }

  /** What the runner is still loading before it can answer (see `Runner.progress`), or null. */
  get progress(): string | null {
    return this.runner.progress ?? null;
  }

  /** The reason of a failed request (the first, if several failed), or null. */
  get error(): string | null {
    return Object.values(this.#failed)[0]?.message ?? null;
  }

  /** What a page shows for these requests (nulls are requests the page does not make). */
  status(requests: readonly (R | null)[]): LiveStatus {
    const asked = requests.filter((r): r is R => r !== null);
    const error = asked.map((r) => this.failure(r)).find((m) => m !== null);
    const missing = asked.filter((r) => this.stale(r));
    const shown = missing.every((r) => this.get(r) !== null);
    if (error) return { kind: 'error', message: error, stale: missing.length > 0 && shown };
    if (!missing.length) return { kind: 'ready' };
    return shown ? { kind: 'stale' } : { kind: 'loading' };
  }

  /**
   * Runs every request not known yet. Call it from one `$effect` with everything the page shows
   * now: failures of requests no longer asked for are forgotten, so coming back asks again.
   */
  want(requests: readonly (R | null)[]): void {
    untrack(() => {
      const asked = requests.filter((r): r is R => r !== null);
      const keys = new Set(asked.map((r) => this.runner.key(r)));
      const forgotten = Object.keys(this.#failed).filter((k) => !keys.has(k));
      if (forgotten.length) this.#failed = Object.fromEntries(Object.entries(this.#failed).filter(([k]) => keys.has(k)));
      for (const r of asked) {
        const k = this.runner.key(r);
        if (k in this.#cache || this.#pending.has(k) || k in this.#failed) continue;
        this.#issue(r);
      }
    });
  }

  /** Re-issues exactly the requests that failed (restarting a broken runner first). */
  retry(): void {
    const failed = Object.values(this.#failed);
    if (this.runner.broken) this.runner.restart?.();
    this.#failed = {};
    for (const { request } of failed) this.#issue(request);
  }

  #issue(request: R) {
    const k = this.runner.key(request);
    const name = this.runner.name(request);
    const seq = ++this.#seq;
    this.#pending.add(k);
    this.runner
      .run(request)
      .then((result) => {
        this.#cache = { ...this.#cache, [k]: result };
        if (seq >= (this.#latestAsked[name] ?? 0)) {
          this.#latestAsked[name] = seq;
          this.#latest = { ...this.#latest, [name]: k };
        }
      })
      .catch((e: unknown) => {
        this.#failed = { ...this.#failed, [k]: { request, message: messageOf(e) } };
      })
      .finally(() => this.#pending.delete(k));
  }
}
