/**
 * Reads one source file against its table definition: maps headers (English or Chinese), types
 * every cell, and logs every problem with its row and column. Produces columns of typed values.
 */
import { basename } from 'node:path';
import { headerIndex, headerKey, type ColumnDef, type TableDef } from '../core/dictionary';
import type { IssueLog } from './issues';
import { parseCell, type CellValue } from './parse-cell';
import { readSource, type SourceInfo } from './read-source';
import { sha256File } from './release';

export interface ParsedTable {
  def: TableDef;
  /** File name as shown in messages. */
  file: string;
  path: string;
  encoding: SourceInfo['encoding'];
  sha256: string;
  length: number;
  /** Source row number (Excel numbering) of each parsed row. */
  rows: number[];
  columns: Record<string, CellValue[]>;
  /** 1-based source column of each dictionary column present in the file. */
  columnNumber: Record<string, number>;
}

/** Distinct values per column kept for sharing string instances. */
const MAX_INTERNED = 200_000;

export const columnTag = (c: ColumnDef): string => `${c.label}（${c.name}）`;

export async function parseTable(def: TableDef, path: string, log: IssueLog): Promise<ParsedTable> {
  const file = basename(path);
  const sha256 = await sha256File(path);
  const index = headerIndex(def);
  const columns: Record<string, CellValue[]> = {};
  const columnNumber: Record<string, number> = {};
  const rows: number[] = [];
  let mapping: (ColumnDef | null)[] = [];

  const mapHeaders = (headers: string[]) => {
    mapping = headers.map((h, i) => {
      if (h.trim() === '') return null;
      const c = index.get(headerKey(h)) ?? null;
      if (!c) {
        log.warning(file, 1, i + 1, `未识别的列「${h}」，已忽略`);
        return null;
      }
      if (columnNumber[c.name] !== undefined) {
        log.error(file, 1, i + 1, `列「${h}」与第 ${columnNumber[c.name]} 列同为${columnTag(c)}`);
        return null;
      }
      columnNumber[c.name] = i + 1;
      return c;
    });
    for (const c of def.columns) {
      columns[c.name] = [];
      if (c.required && columnNumber[c.name] === undefined)
        log.error(file, 1, 1, `缺少必填列${columnTag(c)}`);
    }
  };

  // Codes repeat millions of times (a region code in every survey row): every parsed cell is a
  // new string, so each column keeps one instance per distinct value. This cut the JavaScript
  // heap of a 10M-row wage survey by more than half (docs/performance.md). A column with too many
  // distinct values (ids) stops interning.
  const interned = new Map<string, Map<string, string>>();
  const intern = (column: string, v: string): string => {
    let m = interned.get(column);
    if (!m) interned.set(column, (m = new Map()));
    const hit = m.get(v);
    if (hit !== undefined) return hit;
    if (m.size < MAX_INTERNED) m.set(v, v);
    return v;
  };

  const onRow = (cells: string[], row: number) => {
    rows.push(row);
    const seen = new Set<string>();
    mapping.forEach((c, i) => {
      if (!c) return;
      seen.add(c.name);
      const raw = cells[i] ?? '';
      const r = parseCell(c.type, raw);
      if (!r.ok) {
        log.error(file, row, i + 1, `${columnTag(c)}：${r.message}`, `${c.name}:type`);
        columns[c.name].push(null);
        return;
      }
      if (c.required && (r.value === null || (Array.isArray(r.value) && r.value.length === 0)))
        log.error(file, row, i + 1, `${columnTag(c)}为必填项，不能为空`, `${c.name}:required`);
      const v = r.value;
      columns[c.name].push(typeof v === 'string' ? intern(c.name, v) : Array.isArray(v) ? v.map((x) => intern(c.name, x)) : v);
    });
    for (const c of def.columns) if (!seen.has(c.name)) columns[c.name].push(c.type.kind === 'list' ? [] : null);
  };
  const info = await readSource(path, { header: mapHeaders, row: onRow }, def.name).catch((e: Error) => {
    log.error(file, 1, 1, `无法读取文件：${e.message}`);
    return null;
  });
  if (!info) for (const c of def.columns) columns[c.name] = [];
  return {
    def,
    file,
    path,
    encoding: info?.encoding ?? 'utf-8',
    sha256,
    length: info ? rows.length : 0,
    rows: info ? rows : [],
    columns,
    columnNumber
  };
}

/** Frees a table's parsed cells once they live in DuckDB; its metadata (file, checksum, length) stays. */
export function releaseCells(t: ParsedTable): void {
  for (const name of Object.keys(t.columns)) t.columns[name] = [];
  t.rows = [];
}
