/**
 * Free-text skills (talent.skills, jobs.required_skills, jobs.preferred_skills,
 * training_programmes.skills) onto the canonical vocabulary. JavaScript sees each *distinct* term
 * once per occupation it is written in, with how often it occurs; the mapping goes back into
 * DuckDB as table `skill_terms(term, occupation, id, confidence, note)` and is joined to the rows.
 *
 * `mapSkillTerms` is the one seam where terms meet the normaliser (core/terms): typos, slang,
 * abbreviations, compound tags (one row per skill read), soft qualities recognised as non-skills
 * (no id, a note), a confidence per mapping. The occupation decides ambiguous words (铲车 is a
 * forklift in a warehouse, a loader on a building site).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DOUBLE, VARCHAR } from '@duckdb/node-api';
import type { Vocabulary } from '../core/vocabulary';
import { ident, loadColumns, queryRows } from './duck';
import type { IssueLog } from './issues';
import { logProblems } from './sql-issues';
import type { Sources } from './sources';

export interface TermCount {
  term: string;
  /** The 细类 of the rows it is written in (null when not given). */
  occupation?: string | null;
  /** Cells the term occurs in, across every skill column. */
  count: number;
}

export interface TermMapping {
  term: string;
  occupation?: string | null;
  /** Canonical skill id, or null when the term is not a known skill. */
  id: string | null;
  /** 0–1 (core/terms/readings.ts); below SURE the pool lists the id in skills_inferred. */
  confidence: number;
  /** Why a term maps to nothing, when the normaliser knows (e.g. 个人品质，非技能). */
  note?: string;
}

export const SOFT_QUALITY_NOTE = '个人品质，不是技能，不参与匹配';

/** The seam: distinct terms (per occupation) with counts in; one mapping per skill read out (none read: id null). */
export function mapSkillTerms(vocabulary: Vocabulary, terms: readonly TermCount[]): TermMapping[] {
  return terms.flatMap(({ term, occupation = null }): TermMapping[] => {
    const r = vocabulary.read(term, { occupation });
    if (r.soft) return [{ term, occupation, id: null, confidence: 0, note: SOFT_QUALITY_NOTE }];
    if (!r.matches.length) return [{ term, occupation, id: null, confidence: 0 }];
    return r.matches.map((m) => ({ term, occupation, id: m.id, confidence: m.confidence }));
  });
}

/** The free-text skill columns of the source contract. */
export const SKILL_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'talent', column: 'skills' },
  { table: 'jobs', column: 'required_skills' },
  { table: 'jobs', column: 'preferred_skills' },
  { table: 'training_programmes', column: 'skills' }
];

export interface UnmatchedTerm {
  term: string;
  count: number;
  note?: string;
}

/**
 * Builds `skill_terms`, warns about every cell holding a term the vocabulary does not know (one
 * kind per term, so the terminal says "技能「修手表」…: 31 处"; a soft quality is no warning), and
 * returns the unmatched terms by frequency for the staff report, soft qualities with their note.
 */
export async function resolveSkillTerms(conn: DuckDBConnection, src: Sources, vocabulary: Vocabulary, log: IssueLog): Promise<UnmatchedTerm[]> {
  const present = SKILL_COLUMNS.filter((c) => src[c.table]?.columnNumber[c.column] !== undefined);
  const cells = present.map((c) => `SELECT unnest(list_distinct(${ident(c.column)})) AS term, occupation_code AS occupation FROM ${ident(c.table)}`);
  const counted = cells.length
    ? await queryRows<TermCount>(
        conn,
        `SELECT term, occupation, count(*)::INTEGER AS count FROM (${cells.join(' UNION ALL ')}) WHERE term IS NOT NULL GROUP BY term, occupation ORDER BY count DESC, term, occupation`
      )
    : [];
  const mapped: TermMapping[] = vocabulary.names.size ? mapSkillTerms(vocabulary, counted) : counted.map((t) => ({ term: t.term, occupation: t.occupation, id: null, confidence: 0 }));
  await loadColumns(
    conn,
    'skill_terms',
    [
      { name: 'term', sql: 'VARCHAR', type: VARCHAR },
      { name: 'occupation', sql: 'VARCHAR', type: VARCHAR },
      { name: 'id', sql: 'VARCHAR', type: VARCHAR },
      { name: 'confidence', sql: 'DOUBLE', type: DOUBLE },
      { name: 'note', sql: 'VARCHAR', type: VARCHAR }
    ],
    [mapped.map((m) => m.term), mapped.map((m) => m.occupation ?? null), mapped.map((m) => m.id), mapped.map((m) => m.confidence), mapped.map((m) => m.note ?? null)],
    mapped.length
  );
  if (!vocabulary.names.size) return [];
  for (const c of present) {
    const t = src[c.table]!;
    await logProblems(
      conn,
      log,
      t.file,
      'warning',
      `SELECT x._row, ${t.columnNumber[c.column]} AS _col, 'unknown-skill:' || x.term AS _kind,
              '技能「' || x.term || '」不在技能词表 skills 中，不参与匹配' AS _message, x.term AS _value
       FROM (SELECT _row, occupation_code AS occupation, unnest(${ident(c.column)}) AS term FROM ${ident(c.table)}) x
       JOIN skill_terms s ON s.term = x.term AND s.occupation IS NOT DISTINCT FROM x.occupation WHERE s.id IS NULL AND s.note IS NULL`
    );
  }
  // a term that reads as nothing does so in every occupation: its count is summed over them
  const read = new Map(mapped.map((m) => [`${m.term}\u0000${m.occupation ?? ''}`, m]));
  const unmatched = new Map<string, UnmatchedTerm>();
  for (const t of counted) {
    const m = read.get(`${t.term}\u0000${t.occupation ?? ''}`);
    if (!m || m.id !== null) continue;
    const u = unmatched.get(t.term);
    if (u) u.count += t.count;
    else unmatched.set(t.term, { term: t.term, count: t.count, note: m.note });
  }
  return [...unmatched.values()].sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1));
}

/**
 * `(_row, ids)` for a list column of `table` resolved through `terms` (`skill_terms` or
 * `certificate_terms`): canonical ids in the order first written, each once, unknown terms dropped.
 * `occupation` names the row's column that `terms` is keyed by too (skill_terms); `where` filters
 * the mappings (e.g. by confidence).
 */
export const resolvedIds = (table: string, column: string, terms: string, opts: { occupation?: string; where?: string } = {}): string => `(
  SELECT _row, list(id ORDER BY pos) AS ids FROM (
    SELECT x._row, t.id, min(x.pos) AS pos
    FROM (SELECT _row, ${opts.occupation ? `${ident(opts.occupation)} AS occupation, ` : ''}unnest(${ident(column)}) AS term, unnest(range(1, len(${ident(column)}) + 1)) AS pos FROM ${ident(table)}) x
    JOIN ${terms} t ON t.term = x.term${opts.occupation ? ' AND t.occupation IS NOT DISTINCT FROM x.occupation' : ''}
    WHERE t.id IS NOT NULL${opts.where ? ` AND (${opts.where})` : ''} GROUP BY x._row, t.id)
  GROUP BY _row)`;
