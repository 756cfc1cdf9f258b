/**
 * A job or a seeker, typed into the /match form, given to the CLI as JSON or read from a published
 * row, brought onto canonical ids by the same code the pool went through at publication.
 */
import { salaryBand } from '../bands';
import { recognizeHonor } from '../honors';
import { isOccupationCode, normalizeOccupationCode } from '../occupation-codes';
import { parseSkillLevel } from '../skill-levels';
import { isSure, readingWorthSaying, type TermReading } from '../terms';
import type { Catalogue } from './catalogue';
import { experienceBandOf } from './components';
import type { JobInput, JobQuery, JobRow, PoolRow, SeekerInput, SeekerQuery, TermNote } from './types';

export class MatchInputError extends Error {}

function level(raw: number | string, what: string): number {
  const l = parseSkillLevel(String(raw));
  if (l === null) throw new MatchInputError(`${what}「${raw}」不是有效的技能等级（0–8，或 初级工、高级工、三级、技师 等）`);
  return l;
}

function occupation(raw: string): string {
  const code = normalizeOccupationCode(raw ?? '');
  if (!isOccupationCode(code)) throw new MatchInputError(`职业编码「${raw}」无效（如 6-18-02-04）`);
  return code;
}

const money = (x: number | null | undefined): number | null => (x == null || !Number.isFinite(x) || x < 0 ? null : x);

/** The readings of typed terms that are worth telling the user (电悍 → 电焊), once per term and id. */
export function termNotes(kind: TermNote['kind'], readings: readonly TermReading[]): TermNote[] {
  const out: TermNote[] = [];
  for (const r of readings)
    for (const m of r.matches)
      if (readingWorthSaying(m) && !out.some((n) => n.text === r.text && n.id === m.id))
        out.push({ kind, text: r.text, id: m.id, via: m.via, how: m.how, confidence: Math.round(m.confidence * 100) / 100, inferred: !isSure(m) });
  return out;
}

/**
 * A job's terms are read in its occupation's context. Every skill read counts as asked for, however
 * surely it was read: an employer who writes 电悍 asks for 电焊.
 */
export function normalizeJob(cat: Catalogue, input: JobInput): JobQuery {
  const code = occupation(input.occupation_code);
  const ctx = { occupation: code };
  const req = cat.skills.resolveAll(input.required_skills ?? [], ctx);
  const pref = cat.skills.resolveAll(input.preferred_skills ?? [], ctx);
  const certs = cat.certificates.resolveAll(input.required_certificates ?? [], ctx);
  let salary_min = money(input.salary_min);
  let salary_max = money(input.salary_max);
  if (salary_min !== null && salary_max !== null && salary_min > salary_max) [salary_min, salary_max] = [salary_max, salary_min];
  return {
    job_id: input.job_id ?? null,
    occupation_code: code,
    min_level: level(input.min_level, '最低技能等级'),
    required_skills: req.ids,
    preferred_skills: pref.ids.filter((id) => !req.ids.includes(id)),
    required_certificates: certs.ids,
    region_code: input.region_code || null,
    salary_min,
    salary_max,
    unknown_terms: [...req.unknown, ...pref.unknown, ...certs.unknown],
    soft_terms: [...req.soft, ...pref.soft],
    readings: [...termNotes('skill', [...req.readings, ...pref.readings]), ...termNotes('certificate', certs.readings)]
  };
}

/** A seeker's terms are read in their occupation's context; skills read less surely count partially. */
export function normalizeSeeker(cat: Catalogue, input: SeekerInput): SeekerQuery {
  const code = occupation(input.occupation_code);
  const ctx = { occupation: code };
  const skills = cat.skills.resolveAll(input.skills ?? [], ctx);
  const known = cat.skills.resolveAll(input.skills_inferred ?? [], ctx);
  const certs = cat.certificates.resolveAll(input.certificates ?? [], ctx);
  const band =
    input.expected_salary_min != null
      ? { min: input.expected_salary_min, max: input.expected_salary_max ?? null }
      : salaryBand(input.expected_salary ?? null);
  return {
    ref: input.ref ?? null,
    occupation_code: code,
    skill_level: level(input.skill_level, '技能等级'),
    region_code: input.region_code || null,
    skills: skills.sure,
    skills_inferred: [...new Set([...skills.inferred, ...known.ids])].filter((id) => !skills.sure.includes(id)),
    certificates: certs.ids,
    honors: [...new Set((input.honors ?? []).flatMap((h) => recognizeHonor(h)?.name ?? []))],
    competition_awards: [...(input.competition_awards ?? [])],
    experience_band: input.experience_band ?? experienceBandOf(input.years_experience),
    willing_to_relocate: input.willing_to_relocate ?? null,
    expected_salary_min: band?.min ?? null,
    expected_salary_max: band?.max ?? null,
    unknown_terms: [...skills.unknown, ...certs.unknown],
    soft_terms: skills.soft,
    readings: [...termNotes('skill', skills.readings), ...termNotes('certificate', certs.readings)]
  };
}

/** A published job row as a query (its lists are already canonical ids). */
export const jobFromRow = (cat: Catalogue, r: JobRow): JobQuery =>
  normalizeJob(cat, {
    job_id: r.job_id,
    occupation_code: r.occupation_code,
    min_level: r.min_level,
    required_skills: r.required_skills ?? [],
    preferred_skills: r.preferred_skills ?? [],
    required_certificates: r.required_certificates ?? [],
    region_code: r.region_code,
    salary_min: r.salary_min,
    salary_max: r.salary_max
  });

/** A pool row as a seeker (the seeker → jobs direction for `--seeker REF`). */
export const seekerFromRow = (cat: Catalogue, r: PoolRow): SeekerQuery =>
  normalizeSeeker(cat, {
    ref: r.ref,
    occupation_code: r.occupation_code,
    skill_level: r.skill_level,
    region_code: r.region_code,
    skills: r.skills ?? [],
    skills_inferred: r.skills_inferred ?? [],
    certificates: r.certificates ?? [],
    honors: r.honors ?? [],
    competition_awards: r.competition_awards ?? [],
    experience_band: r.experience_band,
    willing_to_relocate: r.willing_to_relocate,
    expected_salary_min: r.expected_salary_min,
    expected_salary_max: r.expected_salary_max
  });
