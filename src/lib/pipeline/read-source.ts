/**
 * Loads one source spreadsheet into DuckDB as text, untyped: table `raw_<table>` with `_row` (the
 * row number staff see in Excel: header = row 1, a quoted cell spanning lines is still one row,
 * blank lines count) and one VARCHAR column per spreadsheet column, `c1` … `cN`.
 *
 * - CSV in UTF-8 (with or without BOM) is read by DuckDB's own CSV reader, no JavaScript per row.
 * - GB18030/GBK is transcoded to a UTF-8 temp file in a stream first (iconv-lite).
 * - XLSX is streamed with exceljs' WorkbookReader into the DuckDB appender, a row at a time.
 * Memory stays flat for any file size: nothing holds the rows but DuckDB, which spills to disk.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { queryRows, sqlString } from './duck';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface RawTable {
  /** DuckDB table holding the cells as VARCHAR (null for an empty cell). */
  name: string;
  encoding: SourceEncoding | 'xlsx';
  /** The header row's cells, trimmed of a BOM. */
  header: string[];
  /** The DuckDB column of spreadsheet column i + 1. */
  cells: string[];
  /** SQL for a data row's Excel row number (over alias `t`). */
  row: string;
  /** SQL keeping data rows only: not the header, not blank (over alias `t`). */
  where: string;
}

/** BOM → UTF-8; valid UTF-8 → UTF-8; anything else is read as GB18030 (a superset of GBK/GB2312). */
export function detectEncoding(buf: Uint8Array): SourceEncoding {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

interface Scan {
  encoding: SourceEncoding;
  /** Whether the file may hold an empty line (DuckDB skips those; Excel counts them as rows). */
  mayHaveBlankLines: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/** One streamed pass: the encoding, and whether an empty line occurs anywhere (cheap, native indexOf). */
async function scanFile(path: string): Promise<Scan> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let utf8 = true;
  let blank = false;
  let prevTail: number[] = [LF];
  let bom = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) bom = true;
    first = false;
    if (utf8 && !bom) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        utf8 = false;
      }
    }
    if (!blank) {
      const joined = Buffer.concat([Buffer.from(prevTail), chunk.subarray(0, 2)]);
      blank = joined.includes('\n\n') || joined.includes('\n\r\n') || chunk.includes('\n\n') || chunk.includes('\n\r\n');
      prevTail = [...chunk.subarray(Math.max(0, chunk.length - 2))];
    }
  }
  if (bom) return { encoding: 'utf-8-bom', mayHaveBlankLines: blank };
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  return { encoding: utf8 ? 'utf-8' : 'gb18030', mayHaveBlankLines: blank };
}

/**
 * Where DuckDB's records and Excel's rows part: for each empty line outside quotes, the index of
 * the record (0 = header) that follows it. Only run when a file may have empty lines.
 */
async function blankLineShifts(path: string): Promise<number[]> {
  const shifts: number[] = [];
  let inQuote = false;
  let lineLength = 0;
  let record = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 0x22) inQuote = !inQuote;
      if (b === LF && !inQuote) {
        if (lineLength === 0) shifts.push(record);
        else record++;
        lineLength = 0;
      } else if (b !== CR) lineLength++;
    }
  }
  return shifts;
}

/** A comma file, or a tab or semicolon one as some exports write; decided from the header line. */
export function sniffDelimiter(firstLine: string): string {
  const counts = [',', '\t', ';', '，'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

async function firstLine(path: string): Promise<string> {
  let text = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    text += chunk as string;
    const nl = text.indexOf('\n');
    if (nl >= 0) return text.slice(0, nl);
    if (text.length > 1 << 20) break;
  }
  return text;
}

async function transcodeToUtf8(path: string, target: string): Promise<void> {
  await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), iconv.decodeStream('gb18030'), iconv.encodeStream('utf8'), createWriteStream(target));
}

/**
 * Reads the header of DuckDB's `column0…` table and says how its records map to Excel rows. The
 * table itself is used as it is (no copy): record k (0 = header) is Excel row k + 1 plus the
 * empty lines before it.
 */
async function describeRaw(conn: DuckDBConnection, name: string, shifts: readonly number[]): Promise<Omit<RawTable, 'name' | 'encoding'>> {
  const columns = (await queryRows<{ column_name: string }>(conn, `SELECT column_name FROM (DESCRIBE ${name})`)).map((c) => `"${c.column_name}"`);
  const shift = shifts.length ? `(SELECT count(*) FROM unnest([${shifts.join(', ')}]) s(pos) WHERE s.pos <= t.rowid)` : '0';
  const [header] = await queryRows<Record<string, string | null>>(conn, `SELECT * FROM ${name} t WHERE t.rowid = 0`);
  const cells = header ? Object.keys(header).map((k) => header[k] ?? '') : [];
  while (cells.length && cells[cells.length - 1].trim() === '') cells.pop();
  return {
    header: cells.map((h, i) => (i === 0 ? h.replace(/^\ufeff/, '') : h)),
    cells: columns,
    row: `(t.rowid + 1 + ${shift})::INTEGER`,
    where: `t.rowid > 0 AND (${columns.map((c) => `trim(t.${c}) <> ''`).join(' OR ') || 'false'})`
  };
}

export async function loadCsv(conn: DuckDBConnection, path: string, table: string, tempDir: string): Promise<RawTable> {
  const name = rawTableName(table);
  const scan = await scanFile(path);
  let utf8Path = path;
  if (scan.encoding === 'gb18030') {
    utf8Path = join(tempDir, `${name}.utf8.csv`);
    await transcodeToUtf8(path, utf8Path);
  }
  try {
    const delimiter = sniffDelimiter((await firstLine(utf8Path)).replace(/^\ufeff/, ''));
    const shifts = scan.mayHaveBlankLines ? await blankLineShifts(utf8Path) : [];
    // Every cell as text, short rows padded, quoted line breaks kept inside their cell. The
    // sequential reader is required with null_padding and quoted newlines, and is fast enough
    // (0.5 s for 0.45 M registry rows).
    // rowid is the record number only while insertion order is kept; later stages carry `_row`
    // and sort explicitly, so they run without it (less memory, more parallel).
    await conn.run('SET preserve_insertion_order = true');
    await conn.run(`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM read_csv(${sqlString(utf8Path)},
      header = false, all_varchar = true, delim = ${sqlString(delimiter)}, quote = '"', escape = '"',
      null_padding = true, strict_mode = false, parallel = false, max_line_size = 8388608)`);
    await conn.run('SET preserve_insertion_order = false');
    return { name, encoding: scan.encoding, ...(await describeRaw(conn, name, shifts)) };
  } finally {
    if (utf8Path !== path) await rm(utf8Path, { force: true });
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    if ('sharedFormula' in value) return '';
  }
  return String(value);
}

/**
 * The sheet named after the table if there is one, else the first sheet. Rows are streamed into
 * the appender as they are read; a later sheet named after the table replaces the first one.
 */
export async function loadXlsx(conn: DuckDBConnection, path: string, table: string): Promise<RawTable> {
  const name = rawTableName(table);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  let header: string[] | null = null;
  let loadedNamed = false;
  let loadedAny = false;
  for await (const ws of reader) {
    const sheet = ws as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    const take = !loadedNamed && (sheet.name === table || !loadedAny);
    if (!take) {
      for await (const _ of sheet) void _;
      continue;
    }
    let width = 0;
    let appender: Awaited<ReturnType<DuckDBConnection['createAppender']>> | null = null;
    let sheetHeader: string[] | null = null;
    for await (const row of sheet) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]).trim());
      if (!sheetHeader) {
        if (!cells.some((c) => c !== '')) continue;
        while (cells.length && cells[cells.length - 1] === '') cells.pop();
        sheetHeader = cells;
        width = Math.max(1, cells.length);
        await conn.run(`CREATE OR REPLACE TABLE ${name} (_row INTEGER, ${Array.from({ length: width }, (_, i) => `c${i + 1} VARCHAR`).join(', ')})`);
        appender = await conn.createAppender(name);
        continue;
      }
      if (!cells.some((c) => c !== '')) continue;
      appender!.appendInteger(row.number);
      for (let c = 0; c < width; c++) {
        const v = cells[c];
        if (v) appender!.appendVarchar(v);
        else appender!.appendNull();
      }
      appender!.endRow();
    }
    appender?.flushSync();
    appender?.closeSync();
    loadedAny = true;
    loadedNamed = sheet.name === table;
    header = sheetHeader ?? [];
    if (!sheetHeader) await conn.run(`CREATE OR REPLACE TABLE ${name} (_row INTEGER, c1 VARCHAR)`);
  }
  if (!loadedAny) await conn.run(`CREATE OR REPLACE TABLE ${name} (_row INTEGER, c1 VARCHAR)`);
  const width = Math.max(1, header?.length ?? 0);
  return { name, encoding: 'xlsx', header: header ?? [], cells: Array.from({ length: width }, (_, i) => `c${i + 1}`), row: 't._row', where: 'true' };
}

export const rawTableName = (table: string): string => `raw_${table}`;

export function loadSource(conn: DuckDBConnection, path: string, table: string, tempDir: string): Promise<RawTable> {
  return path.toLowerCase().endsWith('.xlsx') ? loadXlsx(conn, path, table) : loadCsv(conn, path, table, tempDir);
}
