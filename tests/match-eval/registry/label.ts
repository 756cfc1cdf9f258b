/**
 * The recruiter's and the career adviser's rules of README.md, as code. They read what a person,
 * job or seeker meant (truth.json) and the raw registry fields, never the matcher's code or tables.
 */

/** What the labeller knows about a person or seeker. */
export interface LabelPerson {
  occupation_code: string;
  skill_level: number;
  region_code: string;
  willing_to_relocate: boolean | null;
  /** 元/月, as written; null when not given. */
  expected_salary: number | null;
  /** The skills meant (canonical ids); null when the column was left blank. */
  skills: readonly string[] | null;
  /** The certificates held (canonical ids). */
  certificates: readonly string[];
}

/** What the labeller knows about a job. */
export interface LabelJob {
  occupation_code: string;
  min_level: number;
  region_code: string;
  salary_min: number | null;
  salary_max: number | null;
  required_skills: readonly string[];
  required_certificates: readonly string[];
  acceptable_occupations: readonly string[];
  mandatory_certificates: readonly string[];
}

export type HardRule = 'trade' | 'certificate' | 'level';

export interface Label {
  relevance: number;
  /** The hard rule the pair breaks, if any. */
  hard: HardRule | null;
}

/** 职业技能等级证书 from 五级 up: holding a rung counts as holding every rung below it. */
const LADDER = ['JN2', 'JN3', 'JN4', 'JN5', 'JN6', 'JN7', 'JN8'];

export function holds(certs: readonly string[], cert: string): boolean {
  if (certs.includes(cert)) return true;
  const need = LADDER.indexOf(cert);
  return need >= 0 && certs.some((c) => LADDER.indexOf(c) > need);
}

function hardRule(job: LabelJob, p: LabelPerson): HardRule | null {
  if (p.occupation_code !== job.occupation_code && !job.acceptable_occupations.includes(p.occupation_code)) return 'trade';
  if (job.mandatory_certificates.some((c) => !holds(p.certificates, c))) return 'certificate';
  if (p.skill_level <= job.min_level - 2) return 'level';
  return null;
}

/** Soft defects seen from the job, without pay. */
function jobSideDefects(job: LabelJob, p: LabelPerson, adjacency: Readonly<Record<string, readonly string[]>>): number {
  let d = 0;
  if (p.skill_level === job.min_level - 1) d += 1;
  if (p.occupation_code !== job.occupation_code) d += 1;
  if (p.skills === null) d += 1;
  else {
    const missing = job.required_skills.filter((s) => !p.skills!.includes(s)).length;
    if (missing > 0) d += missing === job.required_skills.length ? 2 : 1;
  }
  if (job.required_certificates.some((c) => !job.mandatory_certificates.includes(c) && !holds(p.certificates, c))) d += 1;
  if (p.region_code !== job.region_code) {
    const near = adjacency[job.region_code]?.includes(p.region_code) ?? false;
    if (near && p.willing_to_relocate === false) d += 1;
    if (!near && p.willing_to_relocate === null) d += 1;
    if (!near && p.willing_to_relocate === false) d += 2;
  }
  return d;
}

/** Pay above (or, seen by the seeker, the job's maximum below) the expectation, by the share of the gap. */
function payDefects(job: LabelJob, p: LabelPerson): number {
  const top = job.salary_max ?? job.salary_min;
  if (p.expected_salary === null || top === null || p.expected_salary <= top) return 0;
  return p.expected_salary <= top * 1.2 ? 1 : 2;
}

/** Job → candidates: the recruiter's grade of a person for a job. */
export function jobRelevance(job: LabelJob, p: LabelPerson, adjacency: Readonly<Record<string, readonly string[]>>): Label {
  const hard = hardRule(job, p);
  if (hard) return { relevance: 0, hard };
  return { relevance: Math.max(0, 3 - jobSideDefects(job, p, adjacency) - payDefects(job, p)), hard: null };
}

/** Seeker → jobs: the career adviser's grade of a job for a seeker. */
export function seekerRelevance(job: LabelJob, s: LabelPerson, adjacency: Readonly<Record<string, readonly string[]>>): Label {
  const hard = hardRule(job, s);
  if (hard) return { relevance: 0, hard };
  let d = jobSideDefects(job, s, adjacency) + payDefects(job, s);
  const under = s.skill_level - job.min_level;
  if (under === 2) d += 1;
  if (under >= 3) d += 2;
  return { relevance: Math.max(0, 3 - d), hard: null };
}
