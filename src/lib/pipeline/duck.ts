/**
 * The build pipeline's DuckDB (Node): load parsed source tables, run SQL, write Parquet.
 */
import {
  BOOLEAN,
  DOUBLE,
  DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  INTEGER,
  SMALLINT,
  TINYINT,
  VARCHAR,
  type DuckDBType,
  type DuckDBValue
} from '@duckdb/node-api';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnType } from '../core/dictionary';

const CHUNK = 2048;

/** DuckDB's memory cap unless SKILLATLAS_DUCKDB_MEMORY says otherwise; past it DuckDB spills to disk. */
export const DEFAULT_DUCKDB_MEMORY = '1GB';

export interface PipelineDuckDB {
  conn: DuckDBConnection;
  /** A private folder in the system's temp folder for spilled blocks and transcoded sources. */
  tempDir: string;
  close(): Promise<void>;
}

export async function openDuckDB(): Promise<PipelineDuckDB> {
  // Spilled blocks go to the system's temp folder, never into the working tree (DuckDB's default
  // is ./.tmp), and are removed with it. The source rows live only in DuckDB, capped here, so the
  // publisher's memory does not grow with the number of rows (docs/performance.md).
  const tempDir = await mkdtemp(join(tmpdir(), 'skillatlas-duckdb-'));
  const options: Record<string, string> = {
    threads: '2',
    temp_directory: join(tempDir, 'spill'),
    memory_limit: process.env.SKILLATLAS_DUCKDB_MEMORY || DEFAULT_DUCKDB_MEMORY
  };
  const instance = await DuckDBInstance.create(':memory:', options);
  const conn = await instance.connect();
  return {
    conn,
    tempDir,
    async close() {
      conn.closeSync();
      instance.closeSync();
      await rm(tempDir, { recursive: true, force: true });
    }
  };
}

/** A SQL string literal. */
export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A quoted SQL identifier. */
export const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function duckType(t: ColumnType): { sql: string; type: DuckDBType } {
  switch (t.kind) {
    case 'int':
      return { sql: 'INTEGER', type: INTEGER };
    case 'number':
      return { sql: 'DOUBLE', type: DOUBLE };
    case 'year':
      return { sql: 'SMALLINT', type: SMALLINT };
    case 'skill_level':
      return { sql: 'TINYINT', type: TINYINT };
    case 'boolean':
      return { sql: 'BOOLEAN', type: BOOLEAN };
    case 'list':
      return { sql: 'VARCHAR[]', type: VARCHAR };
    default:
      // Dates stay ISO text here and are cast where a dataset is written.
      return { sql: 'VARCHAR', type: VARCHAR };
  }
}

export interface ColumnSpec {
  name: string;
  sql: string;
  /** The appender's type; VARCHAR for list columns, which are appended as text (see loadColumns). */
  type: DuckDBType;
}

export const columnSpec = (name: string, t: ColumnType): ColumnSpec => ({ name, ...duckType(t) });

/** Separates list items while a list column travels as text (no list item contains it). */
const UNIT_SEPARATOR = '\u001f';

/**
 * Creates table `name` and appends the column arrays in vector-sized chunks. List columns travel
 * as text and are split in SQL: appending several list columns through data chunks crashes
 * @duckdb/node-api 1.4.3 (seen with two VARCHAR[] columns at 2,048 rows).
 */
export async function loadColumns(
  conn: DuckDBConnection,
  name: string,
  specs: readonly ColumnSpec[],
  columns: readonly (readonly unknown[])[],
  length: number
): Promise<void> {
  const isList = specs.map((d) => d.sql.endsWith('[]'));
  const staged = specs.map((d, j) => (isList[j] ? { ...d, sql: 'VARCHAR', type: VARCHAR } : d));
  await conn.run(`CREATE OR REPLACE TABLE ${name} (${staged.map((d) => `"${d.name}" ${d.sql}`).join(', ')})`);
  const appender = await conn.createAppender(name);
  const types = staged.map((d) => d.type);
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(start + CHUNK, length);
    const chunk = DuckDBDataChunk.create(types, end - start);
    chunk.setColumns(
      columns.map((values, j) => {
        const slice = values.slice(start, end) as DuckDBValue[];
        return isList[j] ? (values.slice(start, end) as (string[] | null)[]).map((v) => (v?.length ? v.join(UNIT_SEPARATOR) : null)) : slice;
      })
    );
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
  appender.closeSync();
  for (const [j, d] of specs.entries()) {
    if (!isList[j]) continue;
    await conn.run(
      `ALTER TABLE ${name} ALTER "${d.name}" TYPE VARCHAR[] USING coalesce(string_split("${d.name}", chr(31)), []::VARCHAR[])`
    );
  }
}

/** The SQL type a dictionary column is stored as once typed. */
export const sqlType = (t: ColumnType): string => duckType(t).sql;

/** Rows of a query in chunks, so a large result never sits in JavaScript whole. */
export async function* streamRows<T = Record<string, unknown>>(conn: DuckDBConnection, sql: string): AsyncGenerator<T[]> {
  const result = await conn.stream(sql);
  for await (const rows of result.yieldRowObjectJs()) yield rows as T[];
}

export async function queryRows<T = Record<string, unknown>>(
  conn: DuckDBConnection,
  sql: string,
  params?: Record<string, DuckDBValue>
): Promise<T[]> {
  const reader = await conn.runAndReadAll(sql, params);
  return reader.getRowObjectsJS() as T[];
}

/** Parquet as published: ZSTD, row groups sized for range reads, rows in the given order. */
export async function writeParquet(conn: DuckDBConnection, select: string, path: string, rowGroupSize = 65_536): Promise<void> {
  await conn.run(
    `COPY (${select}) TO '${path.replace(/'/g, "''")}' (FORMAT PARQUET, COMPRESSION ZSTD, ROW_GROUP_SIZE ${rowGroupSize})`
  );
}
