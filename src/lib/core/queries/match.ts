/**
 * What the matcher reads of each published dataset, in one place: the SQL the CLI and the tests
 * run with the Node engine, and the columns the browser's matcher worker reads straight from the
 * Parquet files (src/lib/match/). Only what the matcher reads is selected: no display name, nothing
 * a scorer must not see. A column added later (skills_inferred, occupation_codes) may be missing
 * from an older release; it then reads as null.
 */
import type { Manifest } from '../manifest';
import type { CertificateRow, JobRow, OccupationRow, PoolRow, RegionRow, SkillRow } from '../match/types';
import type { Query } from '../query';

export interface MatchDatasetColumns {
  dataset: string;
  columns: readonly string[];
  /** Read when the release has them. */
  optional?: readonly string[];
}

export const MATCH_DATASETS = {
  pool: {
    dataset: 'talent_pool',
    columns: ['ref', 'occupation_code', 'skill_level', 'region_code', 'skills', 'certificates', 'honors', 'competition_awards', 'experience_band', 'availability', 'willing_to_relocate', 'expected_salary_min', 'expected_salary_max'],
    optional: ['skills_inferred']
  },
  jobs: {
    dataset: 'jobs',
    columns: ['job_id', 'enterprise', 'title', 'region_code', 'occupation_code', 'min_level', 'required_skills', 'preferred_skills', 'required_certificates', 'salary_min', 'salary_max']
  },
  skills: { dataset: 'skills', columns: ['skill_id', 'name', 'synonyms'], optional: ['occupation_codes'] },
  certificates: { dataset: 'certificates', columns: ['cert_id', 'name', 'kind', 'mandatory_for', 'aliases'] },
  occupations: { dataset: 'occupations', columns: ['code', 'name'] },
  occupationGroups: { dataset: 'occupation_groups', columns: ['code', 'name'] },
  regions: { dataset: 'regions', columns: ['code', 'name', 'kind'] }
} as const satisfies Record<string, MatchDatasetColumns>;

export type MatchDatasetKey = keyof typeof MATCH_DATASETS;

/** The optional columns of a dataset that this release has. */
export function presentColumns(m: Manifest, d: MatchDatasetColumns): string[] {
  const have = new Set(m.datasets[d.dataset]?.columns.map((c) => c.name) ?? []);
  return (d.optional ?? []).filter((c) => have.has(c));
}

/** The files the browser's matcher worker fetches (the datasets it reads that the release has, and the county boundaries), with their sizes. */
export function matchFiles(m: Manifest): { label: string; file: string; bytes: number }[] {
  const datasets = Object.values(MATCH_DATASETS)
    .filter((d) => d.dataset in m.datasets)
    .map((d) => ({ label: d.dataset, file: m.datasets[d.dataset].file, bytes: m.datasets[d.dataset].bytes }));
  return m.topology ? [...datasets, { label: '县界', file: m.topology.file, bytes: m.topology.bytes }] : datasets;
}

/** Integer columns are cast so both engines return plain numbers. */
const CASTS: Record<string, string> = {
  skill_level: 'skill_level::INTEGER',
  min_level: 'min_level::INTEGER',
  expected_salary_min: 'expected_salary_min::INTEGER',
  expected_salary_max: 'expected_salary_max::INTEGER',
  salary_min: 'salary_min::DOUBLE',
  salary_max: 'salary_max::DOUBLE'
};
const ORDER: Partial<Record<MatchDatasetKey, string>> = { jobs: 'job_id', skills: 'skill_id', certificates: 'cert_id', occupations: 'code', occupationGroups: 'code', regions: 'code' };

function select<T>(m: Manifest, key: MatchDatasetKey): Query<T[]> {
  const d: MatchDatasetColumns = MATCH_DATASETS[key];
  const present = presentColumns(m, d);
  const cols = [
    ...d.columns.map((c) => (CASTS[c] ? `${CASTS[c]} AS ${c}` : c)),
    ...(d.optional ?? []).map((c) => (present.includes(c) ? c : `NULL::VARCHAR[] AS ${c}`))
  ];
  return {
    name: `match.${key}`,
    datasets: [d.dataset],
    sql: `SELECT ${cols.join(', ')} FROM ${d.dataset}${ORDER[key] ? ` ORDER BY ${ORDER[key]}` : ''}`,
    params: [],
    map: (rows) => rows as unknown as T[]
  };
}

/** The rows the matcher's index is built from (Node engine: CLI, tests). */
export const matchQueries = (m: Manifest) => ({
  pool: select<PoolRow>(m, 'pool'),
  jobs: select<JobRow>(m, 'jobs'),
  skills: select<SkillRow>(m, 'skills'),
  certificates: select<CertificateRow>(m, 'certificates'),
  occupations: select<OccupationRow>(m, 'occupations'),
  occupationGroups: select<OccupationRow>(m, 'occupationGroups'),
  regions: select<RegionRow>(m, 'regions')
});
