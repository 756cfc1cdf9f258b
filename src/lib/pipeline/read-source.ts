/**
 * Reads one source spreadsheet (CSV in UTF-8, UTF-8 with BOM or GB18030/GBK, or XLSX) and hands
 * its rows to a callback as raw strings, with the row number staff see in Excel (header = row 1;
 * a quoted cell spanning lines is still one row).
 * Rows are streamed, never held, so a million-row survey costs no more memory than one row.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface SourceInfo {
  encoding: SourceEncoding | 'xlsx';
}

export interface RowHandlers {
  /** Called once with the header row, before any data row. */
  header(cells: string[]): void;
  /** Called for each non-blank data row with its Excel row number. */
  row(cells: string[], row: number): void;
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

/** The same decision for a file of any size, read in chunks (a 1 GB file is no single string). */
async function detectFileEncoding(path: string): Promise<SourceEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return 'utf-8-bom';
      first = false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

function decodedStream(path: string, encoding: SourceEncoding): Readable {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  if (encoding === 'gb18030') return raw.pipe(iconv.decodeStream('gb18030')) as unknown as Readable;
  raw.setEncoding('utf8');
  return raw;
}

/** A comma file, or a tab or semicolon one as some exports write; decided from the header line. */
function sniffDelimiter(firstLine: string): string {
  const counts = [',', '\t', ';', '，'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

async function firstLine(path: string, encoding: SourceEncoding): Promise<string> {
  let text = '';
  for await (const chunk of decodedStream(path, encoding)) {
    text += chunk as string;
    const nl = text.indexOf('\n');
    if (nl >= 0) return text.slice(0, nl);
    if (text.length > 1 << 20) break;
  }
  return text;
}

/** Streams the file through the decoder into the CSV parser: memory stays flat for any size. */
export async function readCsv(path: string, on: RowHandlers): Promise<SourceInfo> {
  const encoding = await detectFileEncoding(path);
  const delimiter = sniffDelimiter((await firstLine(path, encoding)).replace(/^\ufeff/, ''));
  let row = 0;
  await new Promise<void>((resolve, reject) => {
    const input = decodedStream(path, encoding);
    input.on('error', reject);
    Papa.parse<string[]>(input as unknown as File, {
      delimiter,
      skipEmptyLines: false,
      step: ({ data }) => {
        row++;
        if (row === 1) {
          if (data.length) data[0] = data[0].replace(/^\ufeff/, '');
          on.header(data);
        } else if (data.some((c) => c.trim() !== '')) on.row(data, row);
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e)
    });
  });
  if (row === 0) on.header([]);
  return { encoding };
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
  }
  return String(value);
}

/** The sheet named after the table if there is one, else the first sheet. */
export async function readXlsx(path: string, on: RowHandlers, sheetName?: string): Promise<SourceInfo> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = (sheetName && wb.getWorksheet(sheetName)) || wb.worksheets[0];
  const width = ws?.columnCount ?? 0;
  let seenHeader = false;
  ws?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (!seenHeader) {
      seenHeader = true;
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      on.header(cells);
    } else if (cells.some((c) => c !== '')) on.row(cells, rowNumber);
  });
  if (!seenHeader) on.header([]);
  return { encoding: 'xlsx' };
}

export function readSource(path: string, on: RowHandlers, tableName?: string): Promise<SourceInfo> {
  return path.toLowerCase().endsWith('.xlsx') ? readXlsx(path, on, tableName) : readCsv(path, on);
}
