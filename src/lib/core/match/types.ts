/**
 * Plain rows as either engine returns them (see core/queries/match.ts for the exact columns), the
 * normalised job and seeker the scorer takes, and the results it returns.
 */
import type { ReadingHow } from '../terms';
import type { ComponentKey, SeekerComponentKey } from './weights';

/** A `talent_pool` row. No protected attribute exists in it; display_name is never read by the matcher. */
export interface PoolRow {
  ref: string;
  occupation_code: string;
  skill_level: number;
  region_code: string;
  skills: readonly string[] | null;
  /**
   * Skills the publisher only inferred from what the person wrote (a same-pinyin typo, ambiguous
   * slang; see core/terms): counted partially. Absent from releases published before it existed.
   */
  skills_inferred?: readonly string[] | null;
  certificates: readonly string[] | null;
  honors: readonly string[] | null;
  /** `year:tier:award`, e.g. `2023:provincial:gold`. */
  competition_awards: readonly string[] | null;
  /** An EXPERIENCE_BANDS id: `0-2`, `3-5`, `6-10`, `11-15`, `16+`. */
  experience_band: string | null;
  /** `available` / `open` / `unavailable`. */
  availability: string | null;
  willing_to_relocate: boolean | null;
  /** 元/月, a 1,000 元 band [min, max); max null for the open top band. */
  expected_salary_min: number | null;
  expected_salary_max: number | null;
}

/** A `jobs` row (open needs). Salaries in 元/月. */
export interface JobRow {
  job_id: string;
  enterprise?: string | null;
  title?: string | null;
  region_code: string | null;
  occupation_code: string;
  min_level: number;
  required_skills: readonly string[] | null;
  preferred_skills: readonly string[] | null;
  required_certificates: readonly string[] | null;
  salary_min: number | null;
  salary_max: number | null;
}

export interface SkillRow {
  skill_id: string;
  name: string;
  synonyms?: readonly string[] | null;
  /** The 细类 the skill belongs to: decides what an ambiguous word (铲车) means for a trade. */
  occupation_codes?: readonly string[] | null;
}

export interface CertificateRow {
  cert_id: string;
  name: string;
  kind: string;
  mandatory_for?: readonly string[] | null;
  aliases?: readonly string[] | null;
}

export interface OccupationRow {
  code: string;
  name: string;
}

export interface RegionRow {
  code: string;
  name: string;
  kind: string;
}

/** Everything the matcher reads; each list may come straight from an engine query. */
export interface MatchData {
  pool: readonly PoolRow[];
  jobs: readonly JobRow[];
  skills: readonly SkillRow[];
  certificates: readonly CertificateRow[];
  occupations: readonly OccupationRow[];
  /** Occupation groups (大类…小类), for naming a job that targets a group; optional. */
  occupationGroups?: readonly OccupationRow[];
  regions: readonly RegionRow[];
  /** County code → adjacent county codes (see adjacency.ts); without it only the same county is local. */
  adjacency?: Readonly<Record<string, readonly string[]>>;
}

/**
 * A job as typed into the /match form or given to the CLI as JSON. Skills and certificates may be
 * ids or free text (熟练掌握氩弧焊, 焊工证); the level a number or a name (高级工, 三级).
 */
export interface JobInput {
  job_id?: string;
  title?: string;
  occupation_code: string;
  min_level: number | string;
  required_skills?: readonly string[];
  preferred_skills?: readonly string[];
  required_certificates?: readonly string[];
  region_code?: string | null;
  salary_min?: number | null;
  salary_max?: number | null;
}

/** A job seeker describing themselves, or a pool entry. Expected pay in 元/月. */
export interface SeekerInput {
  ref?: string;
  occupation_code: string;
  skill_level: number | string;
  region_code?: string | null;
  skills?: readonly string[];
  /** Skills already known to be only inferred (a pool entry's skills_inferred): counted partially. */
  skills_inferred?: readonly string[];
  certificates?: readonly string[];
  honors?: readonly string[];
  competition_awards?: readonly string[];
  /** Years of experience (capped by the scorer) or a published band id. */
  years_experience?: number | null;
  experience_band?: string | null;
  willing_to_relocate?: boolean | null;
  /** One figure, or a band as in the pool. */
  expected_salary?: number | null;
  expected_salary_min?: number | null;
  expected_salary_max?: number | null;
}

/** How a typed term was read when that is worth saying (电悍 → 电焊, MAG焊, 铲车 in a warehouse). */
export interface TermNote {
  kind: 'skill' | 'certificate';
  /** As written. */
  text: string;
  id: string;
  /** The vocabulary word it was read as. */
  via: string;
  how: ReadingHow;
  confidence: number;
  /** Below SURE: counted partially. */
  inferred: boolean;
}

/** A job after normalisation: canonical ids only. */
export interface JobQuery {
  job_id: string | null;
  occupation_code: string;
  min_level: number;
  required_skills: string[];
  preferred_skills: string[];
  required_certificates: string[];
  region_code: string | null;
  salary_min: number | null;
  salary_max: number | null;
  /** Free-text terms that matched nothing in the vocabulary (shown to the user, not scored). */
  unknown_terms: string[];
  /** Personal qualities written among the skills (吃苦耐劳): recognised, never scored. */
  soft_terms: string[];
  /** Readings worth saying (typos, slang, abbreviations). */
  readings: TermNote[];
}

/** A seeker after normalisation: canonical ids only. */
export interface SeekerQuery {
  ref: string | null;
  occupation_code: string;
  skill_level: number;
  region_code: string | null;
  skills: string[];
  /** Skills read less surely (a typo, ambiguous slang): counted partially. */
  skills_inferred: string[];
  certificates: string[];
  honors: string[];
  competition_awards: string[];
  experience_band: string | null;
  willing_to_relocate: boolean | null;
  expected_salary_min: number | null;
  expected_salary_max: number | null;
  unknown_terms: string[];
  soft_terms: string[];
  readings: TermNote[];
}

export type Components = Record<ComponentKey, number>;

/** 符合 / 欠缺: short Chinese reasons, built for the top results only. */
export interface Reasons {
  fits: string[];
  gaps: string[];
}

export interface CandidateResult {
  rank: number;
  ref: string;
  score: number;
  components: Components;
  reasons?: Reasons;
}

export interface JobResult {
  rank: number;
  job_id: string;
  score: number;
  /** Employer-side components plus the seeker's own (seeker_pay, seeker_level). */
  components: Components & Record<SeekerComponentKey, number>;
  /** The two sides before combining: the employer's fit of the seeker, and the job's fit for the seeker. */
  fit: { employer: number; seeker: number };
  /** The job's required skills (ids) the seeker does not hold: what a course could add. */
  missing_skills: string[];
  reasons?: Reasons;
}

export interface MatchOptions {
  /** How many results (default DEFAULT_TOP). */
  top?: number;
  /** Build reasons for the first this many results (default: all returned). */
  explain?: number;
  /** Job → candidates: leave out people whose availability is `unavailable` (暂不考虑). */
  availableOnly?: boolean;
}
