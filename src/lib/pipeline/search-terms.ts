/**
 * Pinyin of every occupation and group name and 工种 alias, computed once per release so the
 * site can match `hangong` or `hg` without shipping a pinyin dictionary to the browser.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { VARCHAR } from '@duckdb/node-api';
import { toPinyin } from '../core/pinyin';
import { loadColumns } from './duck';
import { col, type Sources } from './sources';

/** Builds table `occupation_pinyin(code, pinyin[], initials[])`, one entry per name and alias. */
export async function buildOccupationPinyin(conn: DuckDBConnection, src: Sources): Promise<void> {
  const codes: string[] = [];
  const full: string[][] = [];
  const initials: string[][] = [];
  const add = (code: string, names: string[]) => {
    const p = names.map(toPinyin);
    codes.push(code);
    full.push([...new Set(p.map((x) => x.full))]);
    initials.push([...new Set(p.map((x) => x.initials))]);
  };
  for (const t of [src.occupation_groups, src.occupations]) {
    if (!t) continue;
    const names = col<string>(t, 'name');
    const aliases = t.def.name === 'occupations' ? col<string[]>(t, 'aliases') : null;
    col<string>(t, 'code').forEach((code, i) => add(code, [names[i], ...(aliases?.[i] ?? [])]));
  }
  await loadColumns(
    conn,
    'occupation_pinyin',
    [
      { name: 'code', sql: 'VARCHAR', type: VARCHAR },
      { name: 'pinyin', sql: 'VARCHAR[]', type: VARCHAR },
      { name: 'initials', sql: 'VARCHAR[]', type: VARCHAR }
    ],
    [codes, full, initials],
    codes.length
  );
}
