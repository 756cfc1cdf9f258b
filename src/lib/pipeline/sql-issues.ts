/**
 * Problems found by SQL over a whole table: the query names each problem's row, column and kind;
 * only the first rows of each kind come back to JavaScript, with the count of all of them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from './duck';
import { REPORT_ISSUES_PER_KIND, type IssueLog, type Severity } from './issues';

export interface ProblemRow {
  _row: number;
  _col: number;
  _kind: string;
  _message: string | null;
  _value: string | null;
  [field: string]: unknown;
}

/**
 * `sql` yields `_row`, `_col`, `_kind`, `_message` (or null, then `format` writes it from the
 * row's other fields) and `_value` (the cell as written, or null).
 */
export async function logProblems(
  conn: DuckDBConnection,
  log: IssueLog,
  file: string,
  severity: Severity,
  sql: string,
  format?: (r: ProblemRow) => string
): Promise<number> {
  const rows = await queryRows<ProblemRow & { _n: number }>(
    conn,
    `SELECT * EXCLUDE (_k) FROM (
       SELECT *, row_number() OVER (PARTITION BY _kind, _col ORDER BY _row) AS _k, (count(*) OVER (PARTITION BY _kind, _col))::INTEGER AS _n
       FROM (${sql}))
     WHERE _k <= ${REPORT_ISSUES_PER_KIND} ORDER BY _kind, _col, _row`
  );
  let total = 0;
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]._kind === rows[start]._kind && rows[i]._col === rows[start]._col) continue;
    const group = rows.slice(start, i);
    log.addCounted(
      group.map((r) => ({
        file,
        row: r._row,
        column: r._col,
        severity,
        kind: r._kind,
        message: r._message ?? format!(r),
        value: r._value
      })),
      group[0]._n
    );
    total += group[0]._n;
    start = i;
  }
  return total;
}
