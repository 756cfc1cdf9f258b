/**
 * The /match page's small vocabularies, prerendered into the page: skill and certificate names
 * for autocomplete, and the occupations with the most open jobs (the no-JavaScript fallback).
 * The pool itself is never prerendered: the matcher loads it in the browser.
 */
import type { Query } from '../query';

export const skillNames: Query<string[]> = {
  name: 'match-page.skill-names',
  datasets: ['skills'],
  sql: 'SELECT name FROM skills ORDER BY skill_id',
  params: [],
  map: (rows) => rows.map((r) => String(r.name))
};

/** Certificate names with their common short forms (焊工证), for the datalist. */
export const certificateNames: Query<string[]> = {
  name: 'match-page.certificate-names',
  datasets: ['certificates'],
  sql: 'SELECT name, aliases FROM certificates ORDER BY cert_id',
  params: [],
  map: (rows) => [...new Set(rows.flatMap((r) => [String(r.name), ...((r.aliases as string[] | null) ?? [])]))]
};

/** Each 细类's highest level in its national standard (null: all eight), for a seeker's next rung. */
export const occupationMaxLevels: Query<Record<string, number | null>> = {
  name: 'match-page.max-levels',
  datasets: ['occupations'],
  sql: 'SELECT code, max_level::INTEGER AS max_level FROM occupations ORDER BY code',
  params: [],
  map: (rows) => Object.fromEntries(rows.map((r) => [String(r.code), r.max_level === null ? null : Number(r.max_level)]))
};

export interface OpenJobCount {
  occupation_code: string;
  name: string;
  jobs: number;
  headcount: number;
}

export const openJobsByOccupation = (limit = 12): Query<OpenJobCount[]> => ({
  name: 'match-page.open-jobs-by-occupation',
  datasets: ['jobs', 'occupations'],
  sql: `SELECT j.occupation_code, coalesce(o.name, j.occupation_code) AS name, count(*)::INTEGER AS jobs,
               coalesce(sum(j.headcount), 0)::INTEGER AS headcount
        FROM jobs j LEFT JOIN occupations o ON o.code = j.occupation_code
        GROUP BY ALL ORDER BY jobs DESC, j.occupation_code LIMIT ?`,
  params: [limit]
});
