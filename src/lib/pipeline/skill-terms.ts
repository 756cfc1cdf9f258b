/**
 * Free-text skills (talent.skills, jobs.required_skills, jobs.preferred_skills,
 * training_programmes.skills) onto the canonical vocabulary. JavaScript sees each *distinct* term once, with how often it occurs; the mapping
 * goes back into DuckDB as table `skill_terms(term, id, confidence)` and is joined to the rows.
 *
 * `mapSkillTerms` is the one seam where terms meet a normaliser: today the core `Vocabulary`
 * (exact, decorated and contained names and synonyms); a richer normaliser (typos, slang,
 * abbreviations, soft qualities recognised as non-skills, a confidence per mapping) replaces its
 * body without touching anything else.
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
  /** Cells the term occurs in, across every skill column. */
  count: number;
}

export interface TermMapping {
  term: string;
  /** Canonical skill id, or null when the term is not a known skill. */
  id: string | null;
  /** 0–1; the vocabulary's exact and contained matches are 1. */
  confidence: number;
  /** Why a term maps to nothing, when the normaliser knows (e.g. 软素质，非技能). */
  note?: string;
}

/** The seam: distinct terms with counts in, one mapping per term out. */
export function mapSkillTerms(vocabulary: Vocabulary, terms: readonly TermCount[]): TermMapping[] {
  return terms.map(({ term }) => {
    const id = vocabulary.resolve(term);
    return { term, id, confidence: id ? 1 : 0 };
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
 * kind per term, so the terminal says "技能「吃苦耐劳」…: 3,102 处"), and returns the unmatched
 * terms by frequency for the staff report.
 */
export async function resolveSkillTerms(conn: DuckDBConnection, src: Sources, vocabulary: Vocabulary, log: IssueLog): Promise<UnmatchedTerm[]> {
  const present = SKILL_COLUMNS.filter((c) => src[c.table]?.columnNumber[c.column] !== undefined);
  const cells = present.map((c) => `SELECT unnest(list_distinct(${ident(c.column)})) AS term FROM ${ident(c.table)}`);
  const counted = cells.length
    ? await queryRows<TermCount>(conn, `SELECT term, count(*)::INTEGER AS count FROM (${cells.join(' UNION ALL ')}) WHERE term IS NOT NULL GROUP BY term ORDER BY count DESC, term`)
    : [];
  const mapped: TermMapping[] = vocabulary.names.size ? mapSkillTerms(vocabulary, counted) : counted.map((t) => ({ term: t.term, id: null, confidence: 0 }));
  await loadColumns(
    conn,
    'skill_terms',
    [
      { name: 'term', sql: 'VARCHAR', type: VARCHAR },
      { name: 'id', sql: 'VARCHAR', type: VARCHAR },
      { name: 'confidence', sql: 'DOUBLE', type: DOUBLE }
    ],
    [mapped.map((m) => m.term), mapped.map((m) => m.id), mapped.map((m) => m.confidence)],
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
       FROM (SELECT _row, unnest(${ident(c.column)}) AS term FROM ${ident(c.table)}) x JOIN skill_terms s USING (term) WHERE s.id IS NULL`
    );
  }
  const byTerm = new Map(counted.map((t) => [t.term, t.count]));
  return mapped.filter((m) => m.id === null).map((m) => ({ term: m.term, count: byTerm.get(m.term) ?? 0, note: m.note }));
}

/**
 * `(_row, ids)` for a list column of `table` resolved through `terms` (`skill_terms` or
 * `certificate_terms`): canonical ids in the order first written, each once, unknown terms dropped.
 */
export const resolvedIds = (table: string, column: string, terms: string): string => `(
  SELECT _row, list(id ORDER BY pos) AS ids FROM (
    SELECT x._row, t.id, min(x.pos) AS pos
    FROM (SELECT _row, unnest(${ident(column)}) AS term, unnest(range(1, len(${ident(column)}) + 1)) AS pos FROM ${ident(table)}) x
    JOIN ${terms} t USING (term) WHERE t.id IS NOT NULL GROUP BY x._row, t.id)
  GROUP BY _row)`;
