/**
 * The rows the matcher's index is built from, as the same queries in Node (CLI, tests) and in the
 * browser (the /match page hands the rows to its worker). Only what the matcher reads is selected:
 * no display name, nothing a scorer must not see.
 */
import type { CertificateRow, JobRow, OccupationRow, PoolRow, RegionRow, SkillRow } from '../match/types';
import type { Query } from '../query';

const q = <T>(name: string, dataset: string, sql: string, extra: string[] = []): Query<T[]> => ({
  name: `match.${name}`,
  datasets: [dataset, ...extra],
  sql,
  params: [],
  map: (rows) => rows as unknown as T[]
});

export const matchQueries = {
  pool: q<PoolRow>(
    'pool',
    'talent_pool',
    `SELECT ref, occupation_code, skill_level::INTEGER AS skill_level, region_code, skills, certificates, honors,
            competition_awards, experience_band, availability, willing_to_relocate,
            expected_salary_min::INTEGER AS expected_salary_min, expected_salary_max::INTEGER AS expected_salary_max
     FROM talent_pool`
  ),
  jobs: q<JobRow>(
    'jobs',
    'jobs',
    `SELECT job_id, enterprise, title, region_code, occupation_code, min_level::INTEGER AS min_level, required_skills,
            preferred_skills, required_certificates, salary_min::DOUBLE AS salary_min, salary_max::DOUBLE AS salary_max
     FROM jobs ORDER BY job_id`
  ),
  skills: q<SkillRow>('skills', 'skills', 'SELECT skill_id, name, synonyms FROM skills ORDER BY skill_id'),
  certificates: q<CertificateRow>('certificates', 'certificates', 'SELECT cert_id, name, kind, mandatory_for, aliases FROM certificates ORDER BY cert_id'),
  occupations: q<OccupationRow>('occupations', 'occupations', 'SELECT code, name FROM occupations ORDER BY code'),
  occupationGroups: q<OccupationRow>('occupation-groups', 'occupation_groups', 'SELECT code, name FROM occupation_groups ORDER BY code'),
  regions: q<RegionRow>('regions', 'regions', 'SELECT code, name, kind FROM regions ORDER BY code')
};
