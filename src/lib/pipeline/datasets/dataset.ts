/**
 * What a published dataset is to the publisher: the source tables it needs, an optional build
 * step that creates tables in DuckDB, and the SELECT that yields its published rows in order.
 * Each dataset is one small module in this folder, listed once in `index.ts`; the publisher writes
 * every listed dataset the same way (Parquet, DuckDB file, CSV, manifest entry, report line).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetName } from '../../core/manifest';
import type { IssueLog } from '../issues';
import type { Lookups, Sources } from '../sources';

/** A line of the staff report's privacy section: what minimisation removed, and how much. */
export interface MinimisationNote {
  dataset: string;
  what: string;
  count: number;
}

/** A file only the bureau receives (`--private`), written from a query. */
export interface PrivateFile {
  file: string;
  select: string;
}

export interface BuildContext {
  conn: DuckDBConnection;
  src: Sources;
  lookups: Lookups;
  prefecture: { code: string; name: string };
  /** The release's as-of date, YYYY-MM-DD. */
  asOf: string;
  log: IssueLog;
  minimised: MinimisationNote[];
  privateFiles: PrivateFile[];
}

export interface DatasetModule {
  name: DatasetName;
  /** Source tables it is built from; when one is missing the dataset is not published. */
  needs(src: Sources): readonly string[];
  /** Why it is missing, in Chinese, for the manifest and the pages (default: the tables named). */
  missing?: string;
  /** Creates the tables `select` reads; runs in list order, so a later dataset may read an earlier one's. */
  build?(ctx: BuildContext): Promise<void>;
  /** The published rows, in the order they are written (sorted for the common filters). */
  select: string;
  /** Where its years come from, for the manifest's `years` (a query yielding `y`). */
  years?: string;
}

/** A dataset published as given (validated, typed): the common case for reference tables. */
export const asGiven = (name: DatasetName, columns: string, orderBy: string): DatasetModule => ({
  name,
  needs: () => [name],
  select: `SELECT ${columns} FROM ${name} ORDER BY ${orderBy}`
});
