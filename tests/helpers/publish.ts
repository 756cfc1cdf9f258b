import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Manifest } from '../../src/lib/core/manifest';
import { publish, type PublishResult } from '../../src/lib/pipeline/publish';
import { tempDir, writeSources, type Table } from './sources';

export const AS_OF = '2026-11-01';

export interface Published {
  result: PublishResult;
  sources: string;
  out: string;
  private: string;
  messages: string[];
  manifest: Manifest;
  /** Rows of a published dataset, read back from its Parquet file. */
  read<T = Record<string, unknown>>(dataset: string, where?: string): Promise<T[]>;
}

export async function readParquet<T>(path: string, where = 'true'): Promise<T[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const r = await conn.runAndReadAll(`SELECT * FROM read_parquet('${path}') WHERE ${where}`);
  const rows = r.getRowObjectsJS() as T[];
  conn.closeSync();
  return rows;
}

export async function publishSources(sources: string, root?: string): Promise<Published> {
  const base = root ?? (await tempDir('skillatlas-out-'));
  const out = join(base, 'data');
  const priv = join(base, 'private');
  const result = await publish({ sources, out, private: priv, asOf: AS_OF });
  const manifest = result.manifest as Manifest;
  return {
    result,
    sources,
    out,
    private: priv,
    messages: result.log.format(),
    manifest,
    read: <T>(dataset: string, where?: string) => readParquet<T>(join(out, manifest.datasets[dataset].file), where)
  };
}

export async function publishTables(tables: Record<string, Table>): Promise<Published> {
  return publishSources(await writeSources(tables));
}
