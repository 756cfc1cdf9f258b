/**
 * Raw text → the typed table the rest of the pipeline reads, in SQL, against the dictionary.
 *
 * Every cell goes through the same rules as `parseCell` (core normalisation, the same Chinese
 * messages), but JavaScript only sees *distinct* values, never rows:
 * - text, list and numeric cells in the common alphabet (ASCII, CJK, full-width forms and the
 *   NFKC-stable CJK punctuation) are normalised and typed in SQL;
 * - every other cell, and every cell of a coded column (levels, codes, enums, dates, years), is
 *   typed once per distinct value by `readCell` in JavaScript and joined back.
 * The result is table `<name>` with `_row` and one typed column per dictionary column, and every
 * cell problem logged with its Excel row and column.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { VARCHAR } from '@duckdb/node-api';
import { headerIndex, headerKey, type ColumnDef, type TableDef } from '../core/dictionary';
import { UNSTATED, type EnumDef } from '../core/enums';
import { parseDescriptiveBoolean } from '../core/normalize';
import { columnSpec, ident, loadColumns, queryRows, sqlString, sqlType } from './duck';
import type { IssueLog } from './issues';
import { parseCell, type CellValue } from './parse-cell';
import type { RawTable } from './read-source';
import { logProblems } from './sql-issues';

export const columnTag = (c: ColumnDef): string => `${c.label}（${c.name}）`;

export interface ReadContext {
  /** The release's as-of date, YYYY-MM-DD. */
  asOf: string;
}

export interface CellReading {
  value: CellValue;
  error?: string;
  warning?: string;
  /** The rule broken, for grouping (`type`, `future`, `unrecognised`). */
  rule?: string;
}

const hasUnstated = (values: EnumDef) => values.some((v) => v.code === UNSTATED.code);

/** One cell against its column: type, the as-of date, and forgiveness for descriptive columns. */
export function readCell(c: ColumnDef, raw: string, ctx: ReadContext): CellReading {
  let r = parseCell(c.type, raw);
  if (!r.ok && c.lenient && c.type.kind === 'boolean') {
    const b = parseDescriptiveBoolean(raw);
    if (b !== null) r = { ok: true, value: b };
  }
  if (!r.ok) {
    if (!c.lenient) return { value: null, error: `${columnTag(c)}：${r.message}`, rule: 'type' };
    const published = c.type.kind === 'enum' && hasUnstated(c.type.values) ? UNSTATED.code : null;
    return {
      value: published,
      warning: `${columnTag(c)}：「${raw.trim()}」无法识别，按「${UNSTATED.label}」发布${c.type.kind === 'enum' ? `（可用写法：${c.type.values.filter((v) => v.code !== UNSTATED.code).map((v) => v.label).join('、')}）` : ''}`,
      rule: 'unrecognised'
    };
  }
  const v = r.value;
  const asOfYear = Number(ctx.asOf.slice(0, 4));
  if (c.type.kind === 'year' && !c.plannedYear && typeof v === 'number' && v > asOfYear)
    return { value: null, error: `${columnTag(c)}：${v} 年晚于本次发布的基准日 ${ctx.asOf}（--as-of）`, rule: 'future' };
  if (c.type.kind === 'date' && c.notAfterAsOf && typeof v === 'string' && v > ctx.asOf)
    return { value: null, error: `${columnTag(c)}：${v} 晚于本次发布的基准日 ${ctx.asOf}（--as-of）`, rule: 'future' };
  return { value: v };
}

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space, which NFKC folds to ASCII. */
const FULL_WIDTH = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join('') + '\u3000';
const HALF_WIDTH = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join('') + ' ';
/** After folding: characters NFKC leaves alone (checked in a test), so SQL normalises exactly as `normalizeCell`. */
const SQL_SAFE = String.raw`[\t\n\x0B\f\r\x20-\x7e\x{4e00}-\x{9fff}\x{3001}-\x{3003}\x{3008}-\x{3011}\x{00b7}\x{2014}\x{2018}\x{2019}\x{201c}\x{201d}]*`;
const WHITESPACE = String.raw`[\t\n\x0B\f\r ]+`;
/** translate() is slow with a long map, so only cells holding a full-width character go through it. */
const HAS_FULL_WIDTH = String.raw`[\x{ff01}-\x{ff5e}\x{3000}]`;
const foldSql = (cell: string): string =>
  `CASE WHEN regexp_matches(${cell}, ${sqlString(HAS_FULL_WIDTH)}) THEN translate(${cell}, ${sqlString(FULL_WIDTH)}, ${sqlString(HALF_WIDTH)}) ELSE ${cell} END`;
const PLAIN_NUMBER = String.raw`[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)`;

type Path = 'as-written' | 'sql-text' | 'sql-list' | 'sql-number' | 'js';

function pathOf(c: ColumnDef): Path {
  if (c.asWritten && c.type.kind === 'text' && !c.type.maxLength) return 'as-written';
  switch (c.type.kind) {
    case 'text':
      return 'sql-text';
    case 'list':
      return 'sql-list';
    case 'int':
    case 'number':
      return 'sql-number';
    default:
      return 'js';
  }
}

interface Mapped {
  def: ColumnDef;
  /** 1-based column in the file. */
  col: number;
  path: Path;
  /** Mapping table of distinct values typed in JavaScript, or null when there were none. */
  mapping: string | null;
  /** Whether any cell can carry an error or a warning: helper columns are written only then. */
  canError: boolean;
  canWarn: boolean;
}

/** Maps the header row onto dictionary columns; unknown headers warn, duplicates and missing required columns are errors. */
export function mapHeader(def: TableDef, header: readonly string[], file: string, log: IssueLog): Map<string, number> {
  const index = headerIndex(def);
  const columnNumber = new Map<string, number>();
  header.forEach((h, i) => {
    if (h.trim() === '') return;
    const c = index.get(headerKey(h));
    if (!c) return log.warning(file, 1, i + 1, `未识别的列「${h}」，已忽略`, 'header:unknown-column');
    if (columnNumber.has(c.name)) return log.error(file, 1, i + 1, `列「${h}」与第 ${columnNumber.get(c.name)} 列同为${columnTag(c)}`, 'header:duplicate-column');
    columnNumber.set(c.name, i + 1);
  });
  for (const c of def.columns) if (c.required && !columnNumber.has(c.name)) log.error(file, 1, 1, `缺少必填列${columnTag(c)}`, 'header:missing-column');
  return columnNumber;
}

/** Distinct values that SQL does not type, typed in JavaScript into table `m_<table>_<column>`. */
async function buildMapping(conn: DuckDBConnection, layer: string, table: string, m: Pick<Mapped, 'def' | 'col' | 'path'>, ctx: ReadContext): Promise<{ name: string | null; errors: boolean; warnings: boolean }> {
  const cell = `c${m.col}`;
  const none = { name: null, errors: false, warnings: false };
  if (m.path === 'as-written') return none;
  const sqlTyped =
    m.path === 'js' ? 'false' : m.path === 'sql-number' ? `s${m.col} AND regexp_full_match(replace(n${m.col}, ' ', ''), ${sqlString(PLAIN_NUMBER)})` : `s${m.col}`;
  const raw = layer;
  const distinct = await queryRows<{ raw: string }>(conn, `SELECT DISTINCT ${cell} AS raw FROM ${raw} WHERE ${cell} IS NOT NULL AND NOT (${sqlTyped})`);
  if (!distinct.length) return none;
  const values: unknown[] = [];
  const errors: (string | null)[] = [];
  const warnings: (string | null)[] = [];
  const rules: (string | null)[] = [];
  for (const { raw: v } of distinct) {
    const r = readCell(m.def, v, ctx);
    values.push(r.value);
    errors.push(r.error ?? null);
    warnings.push(r.warning ?? null);
    rules.push(r.rule ?? null);
  }
  const name = `m_${table}_${m.def.name}`;
  await loadColumns(
    conn,
    name,
    [
      { name: 'raw', sql: 'VARCHAR', type: VARCHAR },
      columnSpec('value', m.def.type),
      { name: 'err', sql: 'VARCHAR', type: VARCHAR },
      { name: 'warn', sql: 'VARCHAR', type: VARCHAR },
      { name: 'rule', sql: 'VARCHAR', type: VARCHAR }
    ],
    [distinct.map((d) => d.raw), values, errors, warnings, rules],
    distinct.length
  );
  return { name, errors: errors.some((e) => e !== null), warnings: warnings.some((w) => w !== null) };
}

const rangeError = (c: ColumnDef, x: string, raw: string): string => {
  const t = c.type;
  if (t.kind !== 'int' && t.kind !== 'number') return 'NULL::VARCHAR';
  const tag = sqlString(`${columnTag(c)}：「`);
  const parts = [`WHEN ${x} IS NULL THEN ${tag} || ${raw} || ${sqlString(`」不是${t.kind === 'int' ? '整数' : '有效数字'}`)}`];
  if (t.kind === 'int') parts.push(`WHEN ${x} <> trunc(${x}) THEN ${tag} || ${raw} || '」不是整数'`);
  if (t.min !== undefined) parts.push(`WHEN ${x} < ${t.min} THEN ${tag} || ${raw} || ${sqlString(`」小于允许的最小值 ${t.min}`)}`);
  if (t.max !== undefined) parts.push(`WHEN ${x} > ${t.max} THEN ${tag} || ${raw} || ${sqlString(`」大于允许的最大值 ${t.max}`)}`);
  return `CASE ${parts.join(' ')} END`;
};

/** SQL for a mapped column's typed value, its error and its warning, over the folded layer `p`. */
function columnSql(m: Mapped, j: number): { value: string; error: string; warning: string; rule: string } {
  const raw = `p.c${m.col}`;
  const n = `p.n${m.col}`;
  const safe = `p.s${m.col}`;
  const mv = m.mapping ? `m${j}.value` : 'NULL';
  const me = m.mapping ? `m${j}.err` : 'NULL::VARCHAR';
  const mw = m.mapping ? `m${j}.warn` : 'NULL::VARCHAR';
  const mr = m.mapping ? `m${j}.rule` : 'NULL::VARCHAR';
  const type = sqlType(m.def.type);
  switch (m.path) {
    case 'as-written':
      return { value: `nullif(trim(${raw}), '')`, error: 'NULL::VARCHAR', warning: 'NULL::VARCHAR', rule: 'NULL::VARCHAR' };
    case 'js':
      return { value: m.def.type.kind === 'list' ? `coalesce(${mv}, []::VARCHAR[])` : `${mv}::${type}`, error: me, warning: mw, rule: mr };
    case 'sql-text': {
      const max = m.def.type.kind === 'text' ? m.def.type.maxLength : undefined;
      const tooLong = max ? `CASE WHEN length(nullif(${n}, '')) > ${max} THEN ${sqlString(`${columnTag(m.def)}：超过 ${max} 个字符`)} END` : 'NULL::VARCHAR';
      return {
        value: `CASE WHEN ${raw} IS NULL THEN NULL WHEN ${safe} THEN nullif(${n}, '') ELSE ${mv} END`,
        error: `CASE WHEN ${raw} IS NULL THEN NULL WHEN ${safe} THEN ${tooLong} ELSE ${me} END`,
        warning: 'NULL::VARCHAR',
        rule: 'NULL::VARCHAR'
      };
    }
    case 'sql-list':
      return {
        value: `CASE WHEN ${raw} IS NULL THEN []::VARCHAR[] WHEN ${safe} THEN list_filter(list_transform(string_split(${n}, ';'), x -> trim(x)), x -> x <> '') ELSE coalesce(${mv}, []::VARCHAR[]) END`,
        error: `CASE WHEN ${raw} IS NULL OR ${safe} THEN NULL ELSE ${me} END`,
        warning: 'NULL::VARCHAR',
        rule: 'NULL::VARCHAR'
      };
    case 'sql-number': {
      const x = `TRY_CAST(replace(${n}, ' ', '') AS DOUBLE)`;
      const plain = `(${safe} AND regexp_full_match(replace(${n}, ' ', ''), ${sqlString(PLAIN_NUMBER)}))`;
      const err = rangeError(m.def, `(CASE WHEN isfinite(${x}) THEN ${x} END)`, raw);
      return {
        value: `CASE WHEN ${raw} IS NULL THEN NULL WHEN ${plain} THEN (CASE WHEN (${err}) IS NULL THEN ${x} END)::${type} ELSE ${mv}::${type} END`,
        error: `CASE WHEN ${raw} IS NULL THEN NULL WHEN ${plain} THEN ${err} ELSE ${me} END`,
        warning: 'NULL::VARCHAR',
        rule: 'NULL::VARCHAR'
      };
    }
  }
}

/**
 * Builds typed table `def.name` from raw table `raw.name` (or an empty one when the file could
 * not be read), logs every cell problem, and returns the file's column numbers.
 */
export async function typeTable(
  conn: DuckDBConnection,
  def: TableDef,
  raw: RawTable,
  file: string,
  log: IssueLog,
  ctx: ReadContext
): Promise<Map<string, number>> {
  const columnNumber = mapHeader(def, raw.header, file, log);
  const present = def.columns.flatMap((c) => {
    const col = columnNumber.get(c.name);
    return col === undefined ? [] : [{ def: c, col, path: pathOf(c) }];
  });
  // One pass computes, for the columns typed in SQL, whether the cell is in the alphabet SQL
  // normalises exactly (s) and its normalised text (n); every later step reads these columns.
  const cols = [...new Set(present.map((m) => m.col))];
  const folded = [...new Set(present.filter((m) => m.path !== 'js' && m.path !== 'as-written').map((m) => m.col))];
  const layerTable = ident(`${def.name}_layer`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${layerTable} AS SELECT _row, ${[
    ...cols.map((c) => `c${c}`),
    ...folded.map((c) => `regexp_full_match(f${c}, ${sqlString(SQL_SAFE)}) AS s${c}, trim(regexp_replace(f${c}, ${sqlString(WHITESPACE)}, ' ', 'g')) AS n${c}`)
  ].join(', ') || 'NULL AS _none'}
     FROM (SELECT _row${cols.map((c) => `, c${c}`).join('')}${folded.map((c) => `, ${foldSql(`c${c}`)} AS f${c}`).join('')}
           FROM (SELECT ${raw.row} AS _row${cols.map((c) => `, t.${raw.cells[c - 1]} AS c${c}`).join('')} FROM ${raw.name} t WHERE ${raw.where}))`);
  await conn.run(`DROP TABLE ${raw.name}`);
  const mapped: Mapped[] = [];
  for (const m of present) {
    const mapping = await buildMapping(conn, layerTable, def.name, m, ctx);
    const sqlCanFail = m.path === 'sql-number' || (m.path === 'sql-text' && m.def.type.kind === 'text' && Boolean(m.def.type.maxLength));
    mapped.push({ ...m, mapping: mapping.name, canError: mapping.errors || sqlCanFail, canWarn: mapping.warnings });
  }
  const byName = new Map(mapped.map((m, j) => [m.def.name, { m, sql: columnSql(m, j) }]));
  const select = def.columns.map((c) => {
    const x = byName.get(c.name);
    if (!x) return `${c.type.kind === 'list' ? '[]::VARCHAR[]' : `NULL::${sqlType(c.type)}`} AS ${ident(c.name)}`;
    // The cell as written is kept only where there is a problem (for the report), so the typing
    // table is not a second copy of the source.
    const parts = [`${x.sql.value} AS ${ident(c.name)}`];
    if (x.m.canError) parts.push(`${x.sql.error} AS ${ident(`_e_${c.name}`)}`, `${x.sql.rule} AS ${ident(`_k_${c.name}`)}`);
    if (x.m.canWarn) parts.push(`${x.sql.warning} AS ${ident(`_w_${c.name}`)}`);
    const flagged = [x.m.canError ? `${ident(`_e_${c.name}`)} IS NOT NULL` : '', x.m.canWarn ? `${ident(`_w_${c.name}`)} IS NOT NULL` : ''].filter(Boolean);
    if (flagged.length) parts.push(`CASE WHEN ${flagged.join(' OR ')} THEN p.c${x.m.col} END AS ${ident(`_v_${c.name}`)}`);
    return parts.join(', ');
  });
  const typing = ident(`${def.name}_typing`);
  const joins = mapped.map((m, j) => (m.mapping ? `LEFT JOIN ${m.mapping} m${j} ON m${j}.raw = p.c${m.col}` : '')).join('\n');
  await conn.run(`CREATE OR REPLACE TABLE ${typing} AS SELECT p._row, ${select.join(',\n ')} FROM ${layerTable} p ${joins}`);
  await conn.run(`DROP TABLE ${layerTable}`);

  // Every cell problem of the table, counted in SQL; the first rows of each kind come back.
  const problems = mapped.flatMap((m) => {
    const c = m.def;
    const e = ident(`_e_${c.name}`);
    const w = ident(`_w_${c.name}`);
    const k = ident(`_k_${c.name}`);
    const v = ident(`_v_${c.name}`);
    const empty = c.type.kind === 'list' ? `len(${ident(c.name)}) = 0` : `${ident(c.name)} IS NULL`;
    const out: { severity: 'error' | 'warning'; sql: string }[] = [];
    if (m.canError)
      out.push({ severity: 'error', sql: `SELECT _row, ${m.col} AS _col, ${sqlString(`${c.name}:`)} || coalesce(${k}, 'type') AS _kind, ${e} AS _message, ${v} AS _value FROM ${typing} WHERE ${e} IS NOT NULL` });
    if (c.required)
      out.push({ severity: 'error', sql: `SELECT _row, ${m.col} AS _col, ${sqlString(`${c.name}:required`)} AS _kind, ${sqlString(`${columnTag(c)}为必填项，不能为空`)} AS _message, NULL AS _value FROM ${typing} WHERE ${m.canError ? `${e} IS NULL AND ` : ''}${empty}` });
    if (m.canWarn)
      out.push({ severity: 'warning', sql: `SELECT _row, ${m.col} AS _col, ${sqlString(`${c.name}:unrecognised`)} AS _kind, ${w} AS _message, ${v} AS _value FROM ${typing} WHERE ${w} IS NOT NULL` });
    return out;
  });
  for (const severity of ['error', 'warning'] as const) {
    const sqls = problems.filter((p) => p.severity === severity).map((p) => p.sql);
    if (sqls.length) await logProblems(conn, log, file, severity, sqls.join('\nUNION ALL\n'));
  }
  await conn.run(`CREATE OR REPLACE TABLE ${ident(def.name)} AS SELECT _row, ${def.columns.map((c) => ident(c.name)).join(', ')} FROM ${typing}`);
  await conn.run(`DROP TABLE ${typing}`);
  for (const m of mapped) if (m.mapping) await conn.run(`DROP TABLE ${m.mapping}`);
  return columnNumber;
}

/** An empty typed table for a source that is not given, so SQL that joins it still runs. */
export async function emptyTable(conn: DuckDBConnection, def: TableDef): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE ${ident(def.name)} (_row INTEGER, ${def.columns.map((c) => `${ident(c.name)} ${sqlType(c.type)}`).join(', ')})`);
}
