/**
 * Pinyin of every occupation and group name and 工种 alias, computed once per release so the
 * site can match `hangong` or `hg` without shipping a pinyin dictionary to the browser.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { VARCHAR } from '@duckdb/node-api';
import { toPinyin } from '../core/pinyin';
import { loadColumns, queryRows } from './duck';

/** Builds table `occupation_pinyin(code, pinyin[], initials[])`, one entry per name and alias. */
export async function buildOccupationPinyin(conn: DuckDBConnection): Promise<void> {
  const names = await queryRows<{ code: string; names: string[] }>(
    conn,
    `SELECT code, [name] AS names FROM occupation_groups WHERE code IS NOT NULL
     UNION ALL SELECT code, list_prepend(name, aliases) FROM occupations WHERE code IS NOT NULL`
  );
  const full: string[][] = [];
  const initials: string[][] = [];
  for (const n of names) {
    const p = n.names.filter((x) => x != null).map(toPinyin);
    full.push([...new Set(p.map((x) => x.full))]);
    initials.push([...new Set(p.map((x) => x.initials))]);
  }
  await loadColumns(
    conn,
    'occupation_pinyin',
    [
      { name: 'code', sql: 'VARCHAR', type: VARCHAR },
      { name: 'pinyin', sql: 'VARCHAR[]', type: VARCHAR },
      { name: 'initials', sql: 'VARCHAR[]', type: VARCHAR }
    ],
    [names.map((n) => n.code), full, initials],
    names.length
  );
}
