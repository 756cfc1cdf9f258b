/**
 * The one query API every page uses, with two implementations: DuckDB-wasm in the browser and
 * DuckDB in Node at build time. SQL uses `?` placeholders; values are always bound, never spliced.
 */
export type Param = string | number | boolean | null;

export interface Query<T> {
  /** Names the query in errors and benchmarks. */
  name: string;
  sql: string;
  params: Param[];
  /** Datasets the SQL reads (tables of the same names). */
  datasets: readonly string[];
  /** Turns plain rows into what the page shows; defaults to the rows as they are. */
  map?: (rows: Record<string, unknown>[]) => T;
}

export interface QueryEngine {
  run<T>(q: Query<T>): Promise<T>;
}

export function finish<T>(q: Query<T>, rows: Record<string, unknown>[]): T {
  return q.map ? q.map(rows) : (rows as T);
}
