/**
 * Rules across rows and tables, as SQL over the typed tables: unique keys, references, the rules
 * a table declares in the dictionary (ascending values, date order, levels an occupation's
 * standard defines), and the few rules of one table (one prefecture, the occupation hierarchy).
 * Every problem is logged; only the first rows of each kind come to JavaScript.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { VARCHAR } from '@duckdb/node-api';
import { TABLES, TABLE_BY_NAME, isKeyReference, referencedColumn, type ColumnDef, type Reference, type TableDef, type TableRule } from '../core/dictionary';
import { skillLevelName } from '../core/skill-levels';
import { ident, loadColumns, queryRows, sqlString } from './duck';
import type { IssueLog } from './issues';
import { logProblems, type ProblemRow } from './sql-issues';
import type { Lookups, LoadedTable, Sources } from './sources';
import { columnTag } from './type-table';

const at = (t: LoadedTable, column: string): number => t.columnNumber[column] ?? 1;

async function checkKey(conn: DuckDBConnection, t: LoadedTable, log: IssueLog): Promise<void> {
  const key = t.def.key;
  if (!key) return;
  const cols = key.map(ident).join(', ');
  await logProblems(
    conn,
    log,
    t.file,
    'error',
    `SELECT _row, ${at(t, key[0])} AS _col, 'duplicate-key' AS _kind,
            '与第 ' || first || ' 行重复（${key.join(' + ')} 须唯一）' AS _message, NULL AS _value
     FROM (SELECT _row, min(_row) OVER (PARTITION BY ${cols}) AS first FROM ${ident(t.def.name)}) WHERE _row <> first`
  );
}

/** Values of a column as one row each (list columns unnested), with their row. */
const valuesOf = (t: LoadedTable, c: ColumnDef) =>
  c.type.kind === 'list'
    ? `(SELECT _row, unnest(${ident(c.name)}) AS v FROM ${ident(t.def.name)})`
    : `(SELECT _row, ${ident(c.name)}::VARCHAR AS v FROM ${ident(t.def.name)} WHERE ${ident(c.name)} IS NOT NULL)`;

/** SQL yielding the problem message for value `x.v`, or NULL when it resolves. */
function referenceProblem(r: Reference, src: Sources): { join: string; message: string } | null {
  if (isKeyReference(r)) {
    if (r.ifPresent && !src[r.table]) return null;
    const label = referencedColumn(r).label;
    return {
      join: `LEFT JOIN (SELECT DISTINCT ${ident(r.column)}::VARCHAR AS k FROM ${ident(r.table)}) k ON k.k = x.v`,
      message: `CASE WHEN k.k IS NULL THEN ${sqlString(`${label}「`)} || x.v || ${sqlString(`」不在 ${r.table} 中`)} END`
    };
  }
  switch (r) {
    case 'region':
      return {
        join: `LEFT JOIN (SELECT DISTINCT code FROM regions) g ON g.code = x.v`,
        message: `CASE WHEN g.code IS NULL THEN '行政区划代码「' || x.v || '」不在 regions 中' END`
      };
    case 'county':
      return {
        join: `LEFT JOIN (SELECT code, bool_or(kind = 'county') AS county FROM regions GROUP BY code) g ON g.code = x.v`,
        message: `CASE WHEN g.code IS NULL THEN '行政区划代码「' || x.v || '」不在 regions 中' WHEN NOT g.county THEN '「' || x.v || '」须为县级区划，不能是州（市）' END`
      };
    case 'occupation':
      return {
        join: `LEFT JOIN (SELECT DISTINCT code FROM occupations) o ON o.code = x.v LEFT JOIN (SELECT DISTINCT code FROM occupation_groups) g ON g.code = x.v`,
        message: `CASE WHEN o.code IS NOT NULL THEN NULL WHEN g.code IS NOT NULL THEN '「' || x.v || '」须为细类编码（如 6-18-02-04）' ELSE '职业编码「' || x.v || '」不在 occupations 中' END`
      };
    case 'occupation_any':
      return {
        join: `LEFT JOIN (SELECT code FROM occupations UNION SELECT code FROM occupation_groups) o ON o.code = x.v`,
        message: `CASE WHEN o.code IS NULL THEN '职业编码「' || x.v || '」不在 occupations 或 occupation_groups 中' END`
      };
    case 'certificate':
      return {
        join: `LEFT JOIN certificate_terms ct ON ct.term = x.v`,
        message: `CASE WHEN ct.id IS NULL THEN '证书「' || x.v || '」不在 certificates 中（可用证书编码、名称或简称）' END`
      };
  }
}

/**
 * Table `certificate_terms(term, id)`: every distinct certificate text in the sources, resolved
 * once with the certificate vocabulary (ids, names, short names). Jobs and the pool read it too.
 */
async function resolveCertificateTerms(conn: DuckDBConnection, src: Sources, l: Lookups): Promise<void> {
  const parts = TABLES.flatMap((def) => (src[def.name] ? def.columns.filter((c) => c.ref === 'certificate').map((c) => `SELECT unnest(${ident(c.name)}) AS term FROM ${ident(def.name)}`) : []));
  const terms = parts.length ? (await queryRows<{ term: string }>(conn, `SELECT DISTINCT term FROM (${parts.join(' UNION ALL ')}) WHERE term IS NOT NULL`)).map((r) => r.term) : [];
  await loadColumns(
    conn,
    'certificate_terms',
    [
      { name: 'term', sql: 'VARCHAR', type: VARCHAR },
      { name: 'id', sql: 'VARCHAR', type: VARCHAR }
    ],
    [terms, terms.map((t) => l.certificates.resolve(t))],
    terms.length
  );
}

async function checkReferences(conn: DuckDBConnection, t: LoadedTable, src: Sources, log: IssueLog): Promise<void> {
  for (const c of t.def.columns) {
    if (!c.ref || t.columnNumber[c.name] === undefined) continue;
    const p = referenceProblem(c.ref, src);
    if (!p) continue;
    await logProblems(
      conn,
      log,
      t.file,
      'error',
      `SELECT * FROM (SELECT x._row, ${at(t, c.name)} AS _col, ${sqlString(`${c.name}:ref`)} AS _kind,
              ${sqlString(`${columnTag(c)}：`)} || (${p.message}) AS _message, x.v AS _value
       FROM ${valuesOf(t, c)} x ${p.join}) WHERE _message IS NOT NULL`
    );
  }
}

async function checkRule(conn: DuckDBConnection, t: LoadedTable, rule: TableRule, l: Lookups, log: IssueLog): Promise<void> {
  const table = ident(t.def.name);
  switch (rule.kind) {
    case 'ascending': {
      // For each column, the nearest non-null column to its left: a value below it is the problem.
      const parts = rule.columns.slice(1).map((name, j) => {
        const before = rule.columns.slice(0, j + 1).reverse();
        const prevName = `CASE ${before.map((b) => `WHEN ${ident(b)} IS NOT NULL THEN '${b}'`).join(' ')} END`;
        return `SELECT _row, ${at(t, name)} AS _col, ${sqlString(`${rule.message}:order`)} AS _kind, NULL AS _message, ${ident(name)}::VARCHAR AS _value,
                  ${sqlString(name)} AS name, ${ident(name)}::DOUBLE AS v, ${prevName} AS prev_name, coalesce(${before.map(ident).join(', ')})::DOUBLE AS prev_v
                FROM ${table} WHERE ${ident(name)} ${rule.strict ? '<=' : '<'} coalesce(${before.map(ident).join(', ')})`;
      });
      if (!parts.length) return;
      await logProblems(conn, log, t.file, 'error', parts.join(' UNION ALL '), (r: ProblemRow) => `${rule.message}：${r.name} (${r.v}) ${rule.strict ? '不大于' : '小于'} ${r.prev_name} (${r.prev_v})`);
      return;
    }
    case 'date_order':
      await logProblems(
        conn,
        log,
        t.file,
        'error',
        `SELECT _row, ${at(t, rule.to)} AS _col, ${sqlString(`${rule.to}:order`)} AS _kind,
                '${rule.to} (' || ${ident(rule.to)} || ') 早于 ${rule.from} (' || ${ident(rule.from)} || ')' AS _message, ${ident(rule.to)} AS _value
         FROM ${table} WHERE ${ident(rule.to)} < ${ident(rule.from)}`
      );
      return;
    case 'level_defined':
      await logProblems(
        conn,
        log,
        t.file,
        'error',
        `SELECT t._row, ${at(t, rule.column)} AS _col, ${sqlString(`${rule.column}:undefined-level`)} AS _kind, NULL AS _message, t.${ident(rule.column)}::VARCHAR AS _value,
                t.${ident(rule.column)}::INTEGER AS level, t.occupation_code AS occ, o.max_level::INTEGER AS max
         FROM ${table} t JOIN (SELECT code, any_value(max_level) AS max_level FROM occupations GROUP BY code) o ON o.code = t.occupation_code
         WHERE o.max_level IS NOT NULL AND t.${ident(rule.column)} > o.max_level`,
        (r) => `${skillLevelName(r.level as number)}未在「${l.occupations.get(r.occ as string)!.name}」的职业标准中设置（最高 ${skillLevelName(r.max as number)}）`
      );
      return;
  }
}

async function checkRegions(conn: DuckDBConnection, t: LoadedTable, log: IssueLog): Promise<void> {
  const prefectures = await queryRows<{ _row: number; code: string }>(conn, `SELECT _row, code FROM regions WHERE kind = 'prefecture' ORDER BY _row`);
  if (prefectures.length !== 1)
    log.error(t.file, prefectures[1]?._row ?? 1, at(t, 'kind'), `须有且只有一个州（市）级区划，现有 ${prefectures.length} 个`, 'kind:one-prefecture');
  const pref = prefectures[0]?.code;
  if (!pref) return;
  await logProblems(
    conn,
    log,
    t.file,
    'error',
    `SELECT _row, ${at(t, 'parent_code')} AS _col, 'parent_code:county-parent' AS _kind,
            '县级区划的上级代码须为 ${pref}，现为「' || coalesce(parent_code, 'null') || '」' AS _message, parent_code AS _value
     FROM regions WHERE kind = 'county' AND parent_code IS DISTINCT FROM ${sqlString(pref)}`
  );
}

async function checkOccupationHierarchy(conn: DuckDBConnection, src: Sources, log: IssueLog): Promise<void> {
  const depth = (c: string) => `len(string_split(${c}, '-'))`;
  const parent = (c: string) => `array_to_string(string_split(${c}, '-')[1:-2], '-')`;
  const g = src.occupation_groups;
  if (g)
    await logProblems(
      conn,
      log,
      g.file,
      'error',
      `SELECT _row, ${at(g, 'code')} AS _col, 'code:hierarchy' AS _kind, '「' || code || '」是细类编码，应放在 occupations 中' AS _message, code AS _value
       FROM occupation_groups WHERE code IS NOT NULL AND ${depth('code')} > 3
       UNION ALL
       SELECT _row, ${at(g, 'code')}, 'code:hierarchy', '上级分类「' || ${parent('code')} || '」不在 occupation_groups 中', code
       FROM occupation_groups WHERE code IS NOT NULL AND ${depth('code')} > 1 AND ${parent('code')} NOT IN (SELECT code FROM occupation_groups WHERE code IS NOT NULL)`
    );
  const o = src.occupations;
  if (o)
    await logProblems(
      conn,
      log,
      o.file,
      'error',
      `SELECT _row, ${at(o, 'code')} AS _col, 'code:hierarchy' AS _kind,
              CASE WHEN ${depth('code')} <> 4 THEN '「' || code || '」不是细类编码（须为 大类-中类-小类-细类，如 6-18-02-04）'
                   ELSE '所属小类「' || ${parent('code')} || '」不在 occupation_groups 中' END AS _message, code AS _value
       FROM occupations WHERE code IS NOT NULL
         AND (${depth('code')} <> 4 OR ${parent('code')} NOT IN (SELECT code FROM occupation_groups WHERE code IS NOT NULL))`
    );
}

export async function checkSources(conn: DuckDBConnection, src: Sources, l: Lookups, log: IssueLog): Promise<void> {
  await resolveCertificateTerms(conn, src, l);
  for (const def of TABLES) {
    const t = src[def.name];
    if (!t) continue;
    await checkKey(conn, t, log);
    await checkReferences(conn, t, src, log);
    for (const rule of def.rules ?? []) await checkRule(conn, t, rule, l, log);
  }
  if (src.regions) await checkRegions(conn, src.regions, log);
  await checkOccupationHierarchy(conn, src, log);
  const talent = src.talent;
  if (talent && talent.columnNumber.year === undefined) {
    const [{ n }] = await queryRows<{ n: number }>(conn, 'SELECT count(updated_at)::INTEGER AS n FROM talent');
    if (!n) log.error(talent.file, 1, 1, 'talent 须有统计年度（year）列或更新日期（updated_at）列，用以确定快照年度', 'year:snapshot');
  }
  if (src.wage_survey && !src.occupations) log.error(src.wage_survey.file, 1, 1, '缺少 occupations，无法核对职业编码', 'occupations:missing');
}

/** The dictionary tables a table's references point at (for docs and the report). */
export const referencedTables = (def: TableDef): string[] =>
  def.columns.flatMap((c) => (c.ref && isKeyReference(c.ref) ? [c.ref.table] : [])).filter((t) => TABLE_BY_NAME.has(t));
