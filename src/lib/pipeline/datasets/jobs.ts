/**
 * Open job needs as published: skills and certificates on the canonical vocabularies, no contact
 * (applicants go through the bureau by job id). Open = posted on or before the as-of date and not
 * expired on it.
 */
import { resolvedIds } from '../skill-terms';
import type { DatasetModule } from './dataset';

export const jobs: DatasetModule = {
  name: 'jobs',
  needs: () => ['jobs'],
  async build({ conn, asOf, minimised }) {
    const open = `(j.expires_at IS NULL OR j.expires_at >= '${asOf}') AND (j.posted_at IS NULL OR j.posted_at <= '${asOf}')`;
    await conn.run(`CREATE OR REPLACE TABLE jobs_out AS
      SELECT j.job_id, j.enterprise, j.industry, j.region_code, j.occupation_code, j.title,
             j.min_level::TINYINT AS min_level, coalesce(rs.ids, []::VARCHAR[]) AS required_skills, coalesce(ps.ids, []::VARCHAR[]) AS preferred_skills,
             coalesce(rc.ids, []::VARCHAR[]) AS required_certificates,
             j.salary_min, j.salary_max, j.headcount, try_cast(j.posted_at AS DATE) AS posted_at,
             try_cast(j.expires_at AS DATE) AS expires_at, coalesce(j.shortage, false) AS shortage
      FROM jobs j
      LEFT JOIN ${resolvedIds('jobs', 'required_skills', 'skill_terms', { occupation: 'occupation_code' })} rs USING (_row)
      LEFT JOIN ${resolvedIds('jobs', 'preferred_skills', 'skill_terms', { occupation: 'occupation_code' })} ps USING (_row)
      LEFT JOIN ${resolvedIds('jobs', 'required_certificates', 'certificate_terms')} rc USING (_row)
      WHERE ${open}`);
    const [r] = (await (await conn.runAndReadAll(
      `SELECT count(*) FILTER (WHERE NOT (${open}))::INTEGER AS closed, count(contact) FILTER (WHERE ${open})::INTEGER AS contacts FROM jobs j`
    )).getRowObjectsJS()) as { closed: number; contacts: number }[];
    minimised.push(
      { dataset: 'jobs', what: `已过期或发布日期晚于 ${asOf} 而不发布的岗位`, count: r.closed },
      { dataset: 'jobs', what: '不发布的联系方式（求职者经人社局按岗位编号联系）', count: r.contacts }
    );
  },
  select: 'SELECT * FROM jobs_out ORDER BY occupation_code, region_code, job_id'
};
