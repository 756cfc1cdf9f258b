/**
 * Parquet bytes → Arrow table, in JavaScript (hyparquet), for inserting into DuckDB-wasm without
 * its internet-only Parquet extension. The `parquet` loader of the engine; see browser.ts.
 */
import { Bool, Field, Float64, Int32, List, Table, Utf8, makeVector, vectorFromArray, type DataType } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { DatasetColumn } from '../core/manifest';

function arrowType(duckType: string): DataType {
  if (duckType.endsWith('[]')) return new List(new Field('item', new Utf8(), true));
  if (/^(TINYINT|SMALLINT|INTEGER)$/.test(duckType)) return new Int32();
  if (/^(BIGINT|DOUBLE|FLOAT|DECIMAL.*)$/.test(duckType)) return new Float64();
  if (duckType === 'BOOLEAN') return new Bool();
  return new Utf8();
}

const toPlain = (v: unknown, type: string): unknown => {
  if (v == null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (type === 'DATE' && typeof v === 'number') return new Date(v * 86_400_000).toISOString().slice(0, 10);
  return v;
};

export async function parquetToArrow(buffer: ArrayBuffer, columns: readonly DatasetColumn[]): Promise<Table> {
  const rows = (await parquetReadObjects({ file: buffer, compressors })) as Record<string, unknown>[];
  const vectors: Record<string, ReturnType<typeof makeVector>> = {};
  for (const c of columns) {
    const values = rows.map((r) => toPlain(r[c.name], c.type));
    vectors[c.name] = vectorFromArray(values, arrowType(c.type));
  }
  return new Table(vectors);
}
