/**
 * CSV output for the demo sources: UTF-8 without BOM, `\n` line ends, RFC 4180 quoting, lists
 * joined with `;`, booleans as true/false. Lines are gathered in a string buffer and written in
 * chunks with backpressure, so tens of millions of rows stream in constant memory.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { TABLE_BY_NAME } from '../core/dictionary';

export type Cell = string | number | boolean | null | undefined | readonly string[];

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field: quoted when it holds `,` `"` a line break or leading/trailing space; `"` doubled. */
export function csvField(value: Cell): string {
  if (value == null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  const s = typeof value === 'string' ? value : value.join(';');
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: readonly Cell[]): string => values.map(csvField).join(',') + '\n';

const CHUNK_CHARS = 1 << 20;

/** A table the writer can write: a dictionary table's name, or a name with its columns in order. */
export type CsvTable = string | { readonly name: string; readonly columns: readonly string[] };

export class CsvFileWriter {
  readonly table: string;
  readonly path: string;
  rows = 0;
  private buffer = '';
  private readonly stream: WriteStream;
  private readonly columns: readonly string[];
  private checkedKeys = false;
  private error: Error | null = null;

  constructor(dir: string, table: CsvTable, fileName = `${typeof table === 'string' ? table : table.name}.csv`, header = true) {
    if (typeof table === 'string') {
      const def = TABLE_BY_NAME.get(table);
      if (!def) throw new Error(`not a dictionary table: ${table}`);
      this.table = def.name;
      this.columns = def.columns.map((c) => c.name);
    } else {
      this.table = table.name;
      this.columns = table.columns;
    }
    this.path = join(dir, fileName);
    this.stream = createWriteStream(this.path, { highWaterMark: CHUNK_CHARS });
    this.stream.on('error', (e) => (this.error = e));
    this.buffer = header ? this.columns.join(',') + '\n' : '';
  }

  /** Asserts that a hand-built fast path writes the dictionary's columns in its order. */
  expectColumns(columns: readonly string[]): void {
    if (columns.join(',') !== this.columns.join(',')) {
      throw new Error(`${this.table}: columns ${columns.join(',')} ≠ dictionary ${this.columns.join(',')}`);
    }
  }

  /** Appends a pre-built line (ending in `\n`); true when the buffer should be flushed. */
  addLine(line: string): boolean {
    this.buffer += line;
    this.rows++;
    return this.buffer.length >= CHUNK_CHARS;
  }

  /** Appends a record keyed by column name; unknown keys are a programming error. */
  addRecord(record: Readonly<Record<string, Cell>>): boolean {
    if (!this.checkedKeys) {
      const unknown = Object.keys(record).filter((k) => !this.columns.includes(k));
      if (unknown.length) throw new Error(`${this.table}: unknown columns ${unknown.join(', ')}`);
      this.checkedKeys = true;
    }
    return this.addLine(csvLine(this.columns.map((c) => record[c])));
  }

  async flush(): Promise<void> {
    if (this.error) throw this.error;
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.error) throw this.error;
  }

  /** Writes every record, flushing as the buffer fills. */
  async writeAll(records: Iterable<Readonly<Record<string, Cell>>>): Promise<void> {
    for (const r of records) if (this.addRecord(r)) await this.flush();
  }
}
