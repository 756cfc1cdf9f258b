/**
 * A page's queries, declared once: each runs at build time (Node) for the prerendered HTML and
 * again in the browser once the engine is ready. A query whose datasets were not published is
 * skipped and its result is null, which pages show as "not available".
 */
import type { Manifest } from '../manifest';
import type { Query, QueryEngine } from '../query';

export type QueryPlan = Record<string, Query<unknown> | null>;
/** Distributes over `Query<T> | null`, so an optional query still yields its result type. */
type ResultOf<Q> = Q extends Query<infer T> ? T : never;
export type PlanResults<P extends QueryPlan> = { [K in keyof P]: ResultOf<P[K]> | null };

export const available = (m: Manifest, q: Query<unknown>): boolean => q.datasets.every((d) => d in m.datasets);

export async function runPlan<P extends QueryPlan>(engine: QueryEngine, manifest: Manifest, plan: P): Promise<PlanResults<P>> {
  const out: Record<string, unknown> = {};
  await Promise.all(
    Object.entries(plan).map(async ([k, q]) => {
      out[k] = q && available(manifest, q) ? await engine.run(q) : null;
    })
  );
  return out as PlanResults<P>;
}

/** The datasets a plan reads, for the engine to start downloading early. */
export const planDatasets = (m: Manifest, plan: QueryPlan): string[] => [
  ...new Set(Object.values(plan).flatMap((q) => (q && available(m, q) ? q.datasets : [])))
];
