/**
 * The /match form as URL state: what a shared link carries, how a malformed or stale link is read
 * (leniently: anything invalid is dropped, never an error page), and what the matcher's worker is
 * asked. Skills and certificates stay as the user wrote them; the matching core resolves them
 * and reports the terms it did not recognise.
 */
import { EXPERIENCE_BANDS } from './bands';
import type { JobInput, JobRow, PoolRow, SeekerInput } from './match';
import { MAX_LEVEL } from './skill-levels';

export type MatchMode = 'job' | 'seeker';

export const TOP_CHOICES = [10, 20, 50] as const;
export const DEFAULT_MATCH_TOP = 10;
/** A link can carry at most this many terms per list, each at most TERM_MAX characters. */
const MAX_TERMS = 20;
const TERM_MAX = 40;

export interface MatchForm {
  mode: MatchMode;
  /** 企业找人 by a published job: the job's own fields are used, the described ones ignored. */
  jobId: string | null;
  /** 求职者找岗位 for a pool entry (#seeker=R…): the entry's published fields are used, the described ones ignored. */
  seekerRef: string | null;
  occupation: string | null;
  /** The job's minimum level, or the seeker's level. */
  level: number | null;
  skills: string[];
  /** Job only. */
  preferred: string[];
  certificates: string[];
  region: string | null;
  /** 元/月: the job's range, or the seeker's expected range. */
  payMin: number | null;
  payMax: number | null;
  /** Seeker only. */
  relocate: boolean | null;
  years: number | null;
  /** Job only: leave out people who are 暂不考虑. */
  availableOnly: boolean;
  top: number;
}

export const emptyMatchForm = (mode: MatchMode = 'job'): MatchForm => ({
  mode,
  jobId: null,
  seekerRef: null,
  occupation: null,
  level: null,
  skills: [],
  preferred: [],
  certificates: [],
  region: null,
  payMin: null,
  payMax: null,
  relocate: null,
  years: null,
  availableOnly: false,
  top: DEFAULT_MATCH_TOP
});

export interface MatchFormKnown {
  occupations: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

const terms = (values: string[]): string[] => [
  ...new Set(values.map((v) => v.trim().slice(0, TERM_MAX)).filter(Boolean))
].slice(0, MAX_TERMS);

function amount(raw: string | null, max = 1_000_000): number | null {
  if (raw === null || !/^\d+(\.\d+)?$/.test(raw.trim())) return null;
  const n = Math.round(Number(raw));
  return n > 0 && n <= max ? n : null;
}

/** Reads the form from a URL; unknown occupations, counties, levels and bad numbers are dropped. */
const ID = /^[\w-]{1,40}$/;

export function parseMatchForm(params: URLSearchParams, known: MatchFormKnown): MatchForm {
  const seeker = params.get('seeker');
  const mode: MatchMode = params.get('mode') === 'seeker' || (seeker !== null && ID.test(seeker)) ? 'seeker' : 'job';
  const f = emptyMatchForm(mode);
  const job = params.get('job');
  if (mode === 'job' && job && ID.test(job)) f.jobId = job;
  if (mode === 'seeker' && seeker && ID.test(seeker)) f.seekerRef = seeker;
  const occ = params.get('occ');
  if (occ && known.occupations.has(occ)) f.occupation = occ;
  const level = params.get('level');
  if (level !== null && /^\d$/.test(level) && Number(level) <= MAX_LEVEL) f.level = Number(level);
  f.skills = terms(params.getAll('skill'));
  if (mode === 'job') f.preferred = terms(params.getAll('pref'));
  f.certificates = terms(params.getAll('cert'));
  const region = params.get('region');
  if (region && known.regions.has(region)) f.region = region;
  f.payMin = amount(params.get('pmin'));
  f.payMax = amount(params.get('pmax'));
  if (mode === 'seeker') {
    const reloc = params.get('reloc');
    f.relocate = reloc === '1' ? true : reloc === '0' ? false : null;
    f.years = amount(params.get('years'), 60);
    if (params.get('years') === '0') f.years = 0;
  } else f.availableOnly = params.get('avail') === '1';
  const top = Number(params.get('top'));
  if ((TOP_CHOICES as readonly number[]).includes(top)) f.top = top;
  return f;
}

/**
 * The URL query for a form; empty fields and defaults are left out so links stay short. A
 * published job is linked by its id alone: its fields come from the release.
 */
export function matchFormParams(f: MatchForm): URLSearchParams {
  const p = new URLSearchParams();
  if (f.mode === 'job' && f.jobId) {
    p.set('job', f.jobId);
    if (f.availableOnly) p.set('avail', '1');
    if (f.top !== DEFAULT_MATCH_TOP) p.set('top', String(f.top));
    return p;
  }
  if (f.mode === 'seeker' && f.seekerRef) {
    p.set('seeker', f.seekerRef);
    if (f.top !== DEFAULT_MATCH_TOP) p.set('top', String(f.top));
    return p;
  }
  if (f.mode === 'seeker') p.set('mode', 'seeker');
  if (f.occupation) p.set('occ', f.occupation);
  if (f.level !== null) p.set('level', String(f.level));
  for (const s of terms(f.skills)) p.append('skill', s);
  if (f.mode === 'job') for (const s of terms(f.preferred)) p.append('pref', s);
  for (const c of terms(f.certificates)) p.append('cert', c);
  if (f.region) p.set('region', f.region);
  if (f.payMin !== null) p.set('pmin', String(f.payMin));
  if (f.payMax !== null) p.set('pmax', String(f.payMax));
  if (f.mode === 'seeker') {
    if (f.relocate !== null) p.set('reloc', f.relocate ? '1' : '0');
    if (f.years !== null) p.set('years', String(f.years));
  } else if (f.availableOnly) p.set('avail', '1');
  if (f.top !== DEFAULT_MATCH_TOP) p.set('top', String(f.top));
  return p;
}

/** What is still missing before the form can be matched (Chinese, for the page); empty when ready. */
export function missingFields(f: MatchForm): string[] {
  if ((f.mode === 'job' && f.jobId) || (f.mode === 'seeker' && f.seekerRef)) return [];
  const out: string[] = [];
  if (!f.occupation) out.push('职业');
  if (f.level === null) out.push(f.mode === 'job' ? '最低技能等级' : '技能等级');
  return out;
}

/** The described job, as the matching core takes it (salary in 元/月). */
export function jobInputOf(f: MatchForm): JobInput {
  if (!f.occupation || f.level === null) throw new Error('job needs an occupation and a level');
  return {
    occupation_code: f.occupation,
    min_level: f.level,
    required_skills: f.skills,
    preferred_skills: f.preferred,
    required_certificates: f.certificates,
    region_code: f.region,
    salary_min: f.payMin,
    salary_max: f.payMax
  };
}

/** Who the seeker direction matches: a pool entry by its reference, or the described seeker. */
export const seekerOf = (f: MatchForm): SeekerInput | { ref: string } => (f.seekerRef ? { ref: f.seekerRef } : seekerInputOf(f));

/** The described seeker; a single pay figure is the lower end of what they expect. */
export function seekerInputOf(f: MatchForm): SeekerInput {
  if (!f.occupation || f.level === null) throw new Error('seeker needs an occupation and a level');
  const input: SeekerInput = {
    occupation_code: f.occupation,
    skill_level: f.level,
    skills: f.skills,
    certificates: f.certificates,
    region_code: f.region,
    willing_to_relocate: f.relocate,
    years_experience: f.years
  };
  if (f.payMin !== null && f.payMax !== null) {
    input.expected_salary_min = Math.min(f.payMin, f.payMax);
    input.expected_salary_max = Math.max(f.payMin, f.payMax);
  } else input.expected_salary = f.payMin ?? f.payMax;
  return input;
}

/**
 * A published job as a filled-in form, so picking it shows what is matched. The job's lists are
 * canonical ids; they are written back as names, which the core resolves to the same ids.
 */
export function formFromJob(job: JobRow, names: { skill: (id: string) => string; certificate: (id: string) => string }, top = DEFAULT_MATCH_TOP): MatchForm {
  return {
    ...emptyMatchForm('job'),
    jobId: job.job_id,
    occupation: job.occupation_code,
    level: job.min_level,
    skills: (job.required_skills ?? []).map(names.skill),
    preferred: (job.preferred_skills ?? []).map(names.skill),
    certificates: (job.required_certificates ?? []).map(names.certificate),
    region: job.region_code,
    payMin: job.salary_min,
    payMax: job.salary_max,
    top
  };
}

/**
 * A pool entry as a filled-in seeker form, so matching by its reference shows what is matched.
 * Its lists are canonical ids, written back as names (the core reads them to the same ids).
 */
export function formFromPoolEntry(entry: PoolRow, names: { skill: (id: string) => string; certificate: (id: string) => string }, top = DEFAULT_MATCH_TOP): MatchForm {
  return {
    ...emptyMatchForm('seeker'),
    seekerRef: entry.ref,
    occupation: entry.occupation_code,
    level: entry.skill_level,
    skills: [...(entry.skills ?? []), ...(entry.skills_inferred ?? [])].map(names.skill),
    certificates: (entry.certificates ?? []).map(names.certificate),
    region: entry.region_code,
    payMin: entry.expected_salary_min,
    payMax: entry.expected_salary_max,
    relocate: entry.willing_to_relocate,
    // the band's lower end falls in the same band
    years: EXPERIENCE_BANDS.find((b) => b.id === entry.experience_band)?.min ?? null,
    top
  };
}
