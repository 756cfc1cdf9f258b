/**
 * The recruiter's labelling rules of README.md, as code: a job × person → relevance 0–3. Written
 * from the README alone; it reads none of the matcher's code or weights.
 */
import type { JobRow, PoolRow } from '../../src/lib/core/match/types';

export interface EvalJob extends JobRow {
  acceptable_occupations: string[];
  mandatory_certificates: string[];
}

/** 职业技能等级证书 from 五级 up: holding a rung counts as holding every rung below it. */
const LADDER = ['JN2', 'JN3', 'JN4', 'JN5', 'JN6', 'JN7', 'JN8'];

function holds(person: readonly string[], cert: string): boolean {
  if (person.includes(cert)) return true;
  const need = LADDER.indexOf(cert);
  return need >= 0 && person.some((c) => LADDER.indexOf(c) > need);
}

/** The first of rules 1–3 the pair breaks (another trade, no mandatory certificate, two levels short), or null. */
export function hardRule(job: EvalJob, p: PoolRow): 'trade' | 'certificate' | 'level' | null {
  if (p.occupation_code !== job.occupation_code && !job.acceptable_occupations.includes(p.occupation_code)) return 'trade';
  if (job.mandatory_certificates.some((c) => !holds(p.certificates ?? [], c))) return 'certificate';
  if (p.skill_level <= job.min_level - 2) return 'level';
  return null;
}

export function relevance(job: EvalJob, p: PoolRow, adjacency: Record<string, string[]>): number {
  if (hardRule(job, p)) return 0;
  const ownTrade = p.occupation_code === job.occupation_code;
  const certs = p.certificates ?? [];

  let defects = 0;
  if (p.skill_level === job.min_level - 1) defects += 1;
  if (!ownTrade) defects += 1;
  const required = job.required_skills ?? [];
  const missing = required.filter((s) => !(p.skills ?? []).includes(s)).length;
  if (missing > 0) defects += missing === required.length ? 2 : 1;
  if ((job.required_certificates ?? []).some((c) => !job.mandatory_certificates.includes(c) && !holds(certs, c))) defects += 1;
  if (p.region_code !== job.region_code) {
    const near = adjacency[job.region_code!]?.includes(p.region_code) ?? false;
    if (near && p.willing_to_relocate !== true) defects += p.willing_to_relocate === false ? 1 : 0;
    if (!near && p.willing_to_relocate === null) defects += 1;
    if (!near && p.willing_to_relocate === false) defects += 2;
  }
  if (p.expected_salary_min !== null && job.salary_max !== null && p.expected_salary_min > job.salary_max) {
    defects += p.expected_salary_min <= job.salary_max * 1.2 ? 1 : 2;
  }
  return Math.max(0, 3 - defects);
}
