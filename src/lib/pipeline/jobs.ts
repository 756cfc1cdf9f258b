/**
 * Open job needs as published: skills and certificates on the canonical vocabularies, no contact
 * (applicants go through the bureau by job id).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { INTEGER, VARCHAR } from '@duckdb/node-api';
import { jobTerms } from '../core/vocabulary';
import { loadColumns } from './duck';
import type { ParsedTable } from './parse-table';
import { col, type Lookups } from './sources';

export async function buildJobs(conn: DuckDBConnection, t: ParsedTable, l: Lookups, asOf: string): Promise<void> {
  // read in the job's occupation, which decides ambiguous words; every skill read is asked for
  const occupation = col<string>(t, 'occupation_code');
  const resolve = (name: string, v: typeof l.skills) => col<string[]>(t, name).map((xs, i) => jobTerms(v, xs ?? [], occupation[i]));
  await loadColumns(
    conn,
    'job_terms',
    [
      { name: '_row', sql: 'INTEGER', type: INTEGER },
      { name: 'required_skills', sql: 'VARCHAR[]', type: VARCHAR },
      { name: 'preferred_skills', sql: 'VARCHAR[]', type: VARCHAR },
      { name: 'required_certificates', sql: 'VARCHAR[]', type: VARCHAR }
    ],
    [t.rows, resolve('required_skills', l.skills), resolve('preferred_skills', l.skills), resolve('required_certificates', l.certificates)],
    t.length
  );
  await conn.run(`
    CREATE OR REPLACE TABLE jobs_out AS
    SELECT j.job_id, j.enterprise, j.industry, j.region_code, j.occupation_code, j.title,
           j.min_level::TINYINT AS min_level, t.required_skills, t.preferred_skills, t.required_certificates,
           j.salary_min, j.salary_max, j.headcount, try_cast(j.posted_at AS DATE) AS posted_at,
           try_cast(j.expires_at AS DATE) AS expires_at, coalesce(j.shortage, false) AS shortage
    FROM jobs j JOIN job_terms t USING (_row)
    WHERE (j.expires_at IS NULL OR j.expires_at >= '${asOf}') AND (j.posted_at IS NULL OR j.posted_at <= '${asOf}')
    ORDER BY j.occupation_code, j.region_code, j.job_id`);
  await conn.run('DROP TABLE job_terms');
}
