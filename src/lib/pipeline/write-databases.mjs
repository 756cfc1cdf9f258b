// Writes each published Parquet file again as a one-table DuckDB database, in a process of its
// own: it has only ever read public files, so no block of a database file can carry leftover
// memory from the personal data the publisher process held (DuckDB does not zero unused block
// space). Usage: node write-databases.mjs DIR name=file.parquet ...
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';

const [dir, ...pairs] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const conn = await db.connect();
const q = (s) => s.replace(/'/g, "''");
for (const pair of pairs) {
  const [name, file] = pair.split('=');
  // Small blocks (16 KiB instead of 256 KiB) keep small tables small.
  await conn.run(`ATTACH '${q(join(dir, `${name}.duckdb`))}' AS release_out (BLOCK_SIZE 16384)`);
  await conn.run(`CREATE TABLE release_out."${name}" AS SELECT * FROM read_parquet('${q(join(dir, file))}')`);
  await conn.run('DETACH release_out');
}
conn.closeSync();
