/**
 * The source folder loaded into DuckDB (one typed table per dictionary table, given or empty),
 * and the small lookups every later stage needs (codes that exist, vocabularies), read once from
 * the small reference tables. The big tables are never read into JavaScript.
 */
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, type TableDef } from '../core/dictionary';
import { publisherVocabularies, type Vocabulary } from '../core/vocabulary';
import { queryRows } from './duck';
import type { IssueLog } from './issues';
import { loadSource } from './read-source';
import { sha256File } from './release';
import { emptyTable, typeTable, type ReadContext } from './type-table';

export interface LoadedTable {
  def: TableDef;
  /** File name as shown in messages. */
  file: string;
  path: string;
  encoding: string;
  sha256: string;
  /** Data rows read (blank rows not counted). */
  length: number;
  /** 1-based source column of each dictionary column present in the file. */
  columnNumber: Record<string, number>;
}

/** The tables given, by name. Every dictionary table exists in DuckDB, empty when not given. */
export type Sources = Partial<Record<string, LoadedTable>>;

export async function loadSources(conn: DuckDBConnection, files: ReadonlyMap<string, string>, log: IssueLog, ctx: ReadContext & { tempDir: string }): Promise<Sources> {
  const src: Sources = {};
  for (const def of TABLES) {
    const path = files.get(def.name);
    if (!path) {
      await emptyTable(conn, def);
      continue;
    }
    const file = basename(path);
    const sha256 = await sha256File(path);
    let raw;
    try {
      raw = await loadSource(conn, path, def.name, ctx.tempDir);
    } catch (e) {
      log.error(file, 1, 1, `无法读取文件：${(e as Error).message.split('\n')[0]}`, 'file:unreadable');
      await emptyTable(conn, def);
      src[def.name] = { def, file, path, encoding: 'utf-8', sha256, length: 0, columnNumber: {} };
      continue;
    }
    const columnNumber = await typeTable(conn, def, raw, file, log, ctx);
    const [{ n }] = await queryRows<{ n: number }>(conn, `SELECT count(*)::INTEGER AS n FROM "${def.name}"`);
    src[def.name] = { def, file, path, encoding: raw.encoding, sha256, length: n, columnNumber: Object.fromEntries(columnNumber) };
  }
  return src;
}

export interface Lookups {
  prefecture: { code: string; name: string } | null;
  regions: Map<string, { name: string; kind: string; parent: string }>;
  counties: Set<string>;
  occupations: Map<string, { name: string; maxLevel: number | null }>;
  groups: Map<string, string>;
  skills: Vocabulary;
  certificates: Vocabulary;
  /** 细类 → certificates required by law to work in it (特种作业 and 准入类). */
  mandatoryCertificates: Map<string, string[]>;
}

/** Reads the reference tables (hundreds of rows) that JavaScript rules and vocabularies need. */
export async function buildLookups(conn: DuckDBConnection): Promise<Lookups> {
  const regions = new Map<string, { name: string; kind: string; parent: string }>();
  let prefecture: Lookups['prefecture'] = null;
  for (const r of await queryRows<{ code: string; name: string; kind: string; parent_code: string }>(conn, 'SELECT code, name, kind, parent_code FROM regions WHERE code IS NOT NULL ORDER BY _row')) {
    if (regions.has(r.code)) continue;
    regions.set(r.code, { name: r.name, kind: r.kind, parent: r.parent_code });
    if (r.kind === 'prefecture' && !prefecture) prefecture = { code: r.code, name: r.name };
  }
  const counties = new Set([...regions].filter(([, r]) => r.kind === 'county').map(([c]) => c));
  const groups = new Map<string, string>();
  for (const g of await queryRows<{ code: string; name: string }>(conn, 'SELECT code, name FROM occupation_groups WHERE code IS NOT NULL ORDER BY _row'))
    groups.set(g.code, g.name);
  const occupations = new Map<string, { name: string; maxLevel: number | null }>();
  for (const o of await queryRows<{ code: string; name: string; max_level: number | null }>(conn, 'SELECT code, name, max_level::INTEGER AS max_level FROM occupations WHERE code IS NOT NULL ORDER BY _row'))
    occupations.set(o.code, { name: o.name, maxLevel: o.max_level });
  const skillTerms = await queryRows<{ id: string; name: string; synonyms: string[]; occupations: string[] }>(
    conn,
    'SELECT skill_id AS id, name, synonyms, occupation_codes AS occupations FROM skills WHERE skill_id IS NOT NULL ORDER BY _row'
  );
  const certs = await queryRows<{ id: string; name: string; synonyms: string[]; mandatory_for: string[] }>(
    conn,
    'SELECT cert_id AS id, name, aliases AS synonyms, mandatory_for FROM certificates WHERE cert_id IS NOT NULL ORDER BY _row'
  );
  const mandatoryCertificates = new Map<string, string[]>();
  for (const c of certs) for (const occ of c.mandatory_for) mandatoryCertificates.set(occ, [...(mandatoryCertificates.get(occ) ?? []), c.id]);
  return {
    prefecture,
    regions,
    counties,
    occupations,
    groups,
    // the normaliser (core/terms): the bureau's words, the shipped thesaurus, typos
    ...publisherVocabularies(skillTerms, certs),
    mandatoryCertificates
  };
}

/** An occupation code at any level of the hierarchy, or null for one not in the sources. */
export function occupationName(l: Lookups, code: string): string | null {
  return l.occupations.get(code)?.name ?? l.groups.get(code) ?? null;
}
