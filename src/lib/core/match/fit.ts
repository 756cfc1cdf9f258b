/**
 * One person against one job, on plain objects: the definition of the score. The columnar scorer
 * (score.ts) computes the same sums in the same order from tables, and tests hold the two equal.
 */
import { jobCertificates, heldCertificates, type Catalogue } from './catalogue';
import {
  coverage,
  experienceFit,
  levelFit,
  locationFit,
  locationRelation,
  meritOf,
  occupationProximity,
  salaryFit,
  seekerLevelUse,
  seekerPayFit
} from './components';
import type { Components, JobQuery, PoolRow, SeekerQuery, TermNote } from './types';
import { SEEKER, WEIGHTS as W, type SeekerComponentKey } from './weights';

/** What the scorer knows about a person: no name, nothing protected. */
export interface Person {
  ref: string;
  occupation_code: string;
  skill_level: number;
  region_code: string | null;
  /** Skills read surely, and skills only inferred (counted partially; see READ_CREDIT). */
  skills: ReadonlySet<string>;
  inferredSkills: ReadonlySet<string>;
  /** How the person's own typed terms were read, for the reasons (a typed seeker only). */
  notes?: readonly TermNote[];
  /** Held certificates, including lower rungs implied by a skill-level certificate. */
  certificates: ReadonlySet<string>;
  /** experienceFit of the band, and meritOf the honours and awards (both job-independent). */
  experience: number;
  merit: number;
  willing_to_relocate: boolean | null;
  expected_salary_min: number | null;
  expected_salary_max: number | null;
  available: boolean;
}

/** A job with its certificates split into gates and scored ones. */
export interface PreparedJob {
  query: JobQuery;
  gatedCertificates: string[];
  scoredCertificates: string[];
}

export type Adjacency = Readonly<Record<string, readonly string[]>>;

export function prepareJob(cat: Catalogue, query: JobQuery): PreparedJob {
  const { gated, scored } = jobCertificates(cat, query.occupation_code, query.required_certificates);
  return { query, gatedCertificates: gated, scoredCertificates: scored };
}

/** A row's skills: `skills` as read (ids are read surely), plus `skills_inferred`, never both. */
export function rowSkills(cat: Catalogue, r: Pick<PoolRow, 'occupation_code' | 'skills' | 'skills_inferred'>): { sure: Set<string>; inferred: Set<string> } {
  const ctx = { occupation: r.occupation_code };
  const read = cat.skills.resolveAll(r.skills ?? [], ctx);
  const sure = new Set(read.sure);
  const inferred = new Set([...read.inferred, ...cat.skills.resolveAll(r.skills_inferred ?? [], ctx).ids].filter((id) => !sure.has(id)));
  return { sure, inferred };
}

export function personFromRow(cat: Catalogue, r: PoolRow): Person {
  const { sure, inferred } = rowSkills(cat, r);
  return {
    ref: r.ref,
    occupation_code: r.occupation_code,
    skill_level: r.skill_level,
    region_code: r.region_code,
    skills: sure,
    inferredSkills: inferred,
    certificates: new Set(heldCertificates(cat, cat.certificates.resolveAll(r.certificates ?? [], { occupation: r.occupation_code }).ids)),
    experience: experienceFit(r.experience_band),
    merit: meritOf(r.honors, r.competition_awards),
    willing_to_relocate: r.willing_to_relocate,
    expected_salary_min: r.expected_salary_min,
    expected_salary_max: r.expected_salary_max,
    available: r.availability !== 'unavailable'
  };
}

export function personFromSeeker(cat: Catalogue, s: SeekerQuery): Person {
  return {
    ref: s.ref ?? '',
    occupation_code: s.occupation_code,
    skill_level: s.skill_level,
    region_code: s.region_code,
    skills: new Set(s.skills),
    inferredSkills: new Set(s.skills_inferred),
    notes: s.readings,
    certificates: new Set(heldCertificates(cat, s.certificates)),
    experience: experienceFit(s.experience_band),
    merit: meritOf(s.honors, s.competition_awards),
    willing_to_relocate: s.willing_to_relocate,
    expected_salary_min: s.expected_salary_min,
    expected_salary_max: s.expected_salary_max,
    available: true
  };
}

/** Does the person pass the hard gates for the job? */
export function passesGates(job: PreparedJob, p: Person): boolean {
  if (occupationProximity(job.query.occupation_code, p.occupation_code) === 0) return false;
  if (levelFit(p.skill_level, job.query.min_level) === null) return false;
  return job.gatedCertificates.every((c) => p.certificates.has(c));
}

/** The employer's view: components and their weighted sum, or null when a gate fails. */
export function employerFit(job: PreparedJob, p: Person, adjacency: Adjacency | undefined): { score: number; components: Components } | null {
  const q = job.query;
  const occupation = occupationProximity(q.occupation_code, p.occupation_code);
  if (occupation === 0) return null;
  const level = levelFit(p.skill_level, q.min_level);
  if (level === null) return null;
  for (const c of job.gatedCertificates) if (!p.certificates.has(c)) return null;
  const c: Components = {
    occupation,
    level,
    required_skills: coverage(q.required_skills, p.skills, p.inferredSkills),
    preferred_skills: coverage(q.preferred_skills, p.skills, p.inferredSkills),
    certificates: coverage(job.scoredCertificates, p.certificates),
    location: locationFit(locationRelation(q.region_code, p.region_code, adjacency), p.willing_to_relocate),
    salary: salaryFit(p.expected_salary_min, p.expected_salary_max, q.salary_min, q.salary_max),
    experience: p.experience,
    merit: p.merit
  };
  const score =
    W.occupation * c.occupation +
    W.level * c.level +
    W.required_skills * c.required_skills +
    W.preferred_skills * c.preferred_skills +
    W.certificates * c.certificates +
    W.location * c.location +
    W.salary * c.salary +
    (W.experience * c.experience + W.merit * c.merit);
  return { score, components: c };
}

/** The seeker's view of a job: does it pay what they expect, does it use their level? */
export function seekerFit(job: PreparedJob, p: Person): { score: number; components: Record<SeekerComponentKey, number> } {
  const components = {
    seeker_pay: seekerPayFit(p.expected_salary_min, job.query.salary_min, job.query.salary_max),
    seeker_level: seekerLevelUse(p.skill_level, job.query.min_level)
  };
  return { score: SEEKER.weights.seeker_pay * components.seeker_pay + SEEKER.weights.seeker_level * components.seeker_level, components };
}

/** Seeker → jobs combines both sides: a job that wants the seeker but pays far below their expectation ranks low. */
export const combinedFit = (employer: number, seeker: number): number => (1 - SEEKER.share) * employer + SEEKER.share * seeker;
