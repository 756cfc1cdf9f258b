/**
 * The build-time twin of the browser engine: DuckDB in Node over the same published Parquet, with
 * one view per dataset named as in the browser, so the same SQL runs in both.
 */
import { join } from 'node:path';
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { Manifest } from '../core/manifest';
import { plainRow } from '../core/rows';
import { finish, type Query, type QueryEngine } from '../core/query';

export class NodeEngine implements QueryEngine {
  /** One connection runs one statement at a time; pages ask for several at once. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly conn: DuckDBConnection) {}

  static async open(dataDir: string, manifest: Manifest): Promise<NodeEngine> {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const d of Object.values(manifest.datasets)) {
      const path = join(dataDir, d.file).replace(/'/g, "''");
      await conn.run(`CREATE VIEW ${d.name} AS SELECT * FROM read_parquet('${path}')`);
    }
    return new NodeEngine(conn);
  }

  rows(sql: string, params: readonly DuckDBValue[] = []): Promise<Record<string, unknown>[]> {
    const next = this.queue.then(async () => {
      const reader = await this.conn.runAndReadAll(sql, params as DuckDBValue[]);
      return reader.getRowObjectsJS().map(plainRow);
    });
    this.queue = next.catch(() => {});
    return next;
  }

  async run<T>(q: Query<T>): Promise<T> {
    return finish(q, await this.rows(q.sql, q.params));
  }
}
