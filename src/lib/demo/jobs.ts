/**
 * Enterprise job needs (岗位需求), posted 2025-06 … 2026-10 and open 1–12 months; about one in ten
 * had already expired by 2026-11-01. Pay is near the local wage for the minimum level, with some
 * offers below market; occupations that legally need a 特种作业 certificate always ask for it.
 */
import { COUNTIES, MANDATORY_CERTIFICATES, OCCUPATIONS, SKILLS_BY_OCCUPATION, SKILL_LEVEL_CERTIFICATE } from './catalogue';
import { skillLevelName } from '../core/skill-levels';
import type { Enterprise, EnterpriseUniverse } from './enterprises';
import { certificateStyle, certificateText, skillTexts } from './free-text';
import { chineseName, mobileNumber } from './people';
import { cumulative, drawIndex, type Random } from './random';
import { monthlyWage, wageMedian } from './wages';

export const JOBS_AT_SCALE_1 = 3000;

/** Jobs still open on this day are the open ones of the demo. */
export const JOBS_REFERENCE_DATE = '2026-11-01';
const FIRST_POSTING = Date.UTC(2025, 5, 1);
const REFERENCE = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

const MIN_LEVELS = [1, 2, 3, 4, 5, 6];
const MIN_LEVEL_WEIGHTS = [0.02, 0.3, 0.3, 0.25, 0.1, 0.03];

/** Relative hiring activity by industry. */
const HIRING: Readonly<Record<string, number>> = { C: 1.4, E: 1.3, H: 1.3, G: 1.2, F: 1.1, O: 1.2, B: 1.0, D: 0.8, Q: 1.1 };

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

function jobTitle(rng: Random, name: string, aliases: readonly string[], level: number): string {
  const workerAliases = aliases.filter((a) => /[工员师手]$/.test(a));
  const base = workerAliases.length && rng.chance(0.5) ? rng.pick(workerAliases) : name;
  const u = rng();
  if (u < 0.6) return `${base}（${skillLevelName(level)}）`;
  if (u < 0.8) return base;
  return rng.chance(0.5) ? `急聘${base}` : `${base}（${rng.pick(['长白班', '两班倒', '包食宿'])}）`;
}

export function generateJobs(rng: Random, universe: EnterpriseUniverse, scale: number): Record<string, string | number | boolean | string[] | null>[] {
  const count = Math.max(10, Math.round(JOBS_AT_SCALE_1 * scale));
  const employers: readonly Enterprise[] = universe.activeIn(2025);
  const employerCum = cumulative(employers.map((e) => Math.pow(e.size, 0.6) * (HIRING[e.industry] ?? 0.8)));
  const jobs: Record<string, string | number | boolean | string[] | null>[] = [];
  for (let i = 0; i < count; i++) {
    const e = employers[drawIndex(employerCum, rng())];
    const occupation = e.occupations[drawIndex(e.occupationCum, rng())];
    const o = OCCUPATIONS[occupation];
    const minLevel = Math.min(o.maxLevel, rng.weightedPick(MIN_LEVELS, MIN_LEVEL_WEIGHTS));

    const months = rng.int(1, 12);
    const duration = Math.round(months * 30.4) * DAY;
    const expired = rng.chance(0.1);
    const lastPosting = REFERENCE - DAY;
    const from = expired ? FIRST_POSTING : Math.max(FIRST_POSTING, REFERENCE - duration);
    const to = expired ? Math.max(FIRST_POSTING, REFERENCE - duration - DAY) : lastPosting;
    const posted = from + Math.floor(rng() * ((to - from) / DAY + 1)) * DAY;
    const postedYear = new Date(posted).getUTCFullYear();

    const skills = rng.shuffle([...(SKILLS_BY_OCCUPATION.get(o.code) ?? [])]);
    const nRequired = Math.min(skills.length, rng.int(1, 3));
    const required = skillTexts(rng, skills.slice(0, nRequired), nRequired, 0.03);
    const rest = skills.slice(nRequired);
    const preferred = rest.length && rng.chance(0.6) ? skillTexts(rng, rest, rng.int(1, 2), 0) : [];
    const certificates = (MANDATORY_CERTIFICATES.get(o.code) ?? []).map((c) => certificateText(rng, c, rng.chance(0.5) ? 0 : 1));
    const levelCert = SKILL_LEVEL_CERTIFICATE.get(minLevel);
    if (levelCert && minLevel >= 3 && rng.chance(0.3)) certificates.push(certificateText(rng, levelCert, certificateStyle(rng)));

    const market = monthlyWage(wageMedian(o, minLevel, e.county, e.industry, postedYear));
    const belowMarket = rng.chance(0.15);
    const salaryMin = Math.round((market * (belowMarket ? rng.uniform(0.6, 0.75) : rng.uniform(0.8, 1.0))) / 100) * 100;
    const salaryMax = Math.round((salaryMin * rng.uniform(1.2, 1.7)) / 100) * 100;
    const negotiable = rng.chance(0.04);
    const headcount = rng.chance(0.08) && e.large ? rng.int(10, 50) : Math.min(8, 1 + Math.floor(-1.8 * Math.log(1 - rng())));

    jobs.push({
      job_id: `J${String(i + 1).padStart(6, '0')}`,
      enterprise: e.name,
      industry: e.industry,
      region_code: COUNTIES[e.county].code,
      occupation_code: o.code,
      title: jobTitle(rng, o.name, o.aliases, minLevel),
      min_level: minLevel,
      required_skills: required,
      preferred_skills: preferred,
      required_certificates: certificates,
      salary_min: negotiable ? null : salaryMin,
      salary_max: negotiable ? null : salaryMax,
      headcount,
      posted_at: iso(posted),
      expires_at: iso(posted + duration),
      shortage: rng.chance(o.shortage ? 0.45 : 0.1),
      contact: `${chineseName(rng, rng.chance(0.5) ? 'M' : 'F')} ${mobileNumber(rng)}`
    });
  }
  return jobs;
}
