/**
 * The /match form as URL state (its codec, kept in the fragment by runtime/fragment-view), and what
 * the matcher's worker is asked for a form. Skills and certificates stay as the user wrote them;
 * the matching core resolves them and reports the terms it did not recognise.
 */
import { EXPERIENCE_BANDS } from './bands';
import type { JobInput, JobRow, MatchRequest, PoolRow, SeekerInput } from './match';
import { MAX_LEVEL, MIN_LEVEL } from './skill-levels';
import { code, flag, integer, oneOf, terms, viewCodec, yesNo, type ViewCodec } from './view-codec';

export type MatchMode = 'job' | 'seeker';

export const TOP_CHOICES = [10, 20, 50] as const;
export const DEFAULT_MATCH_TOP = 10;
/** A link can carry at most this many terms per list, each at most TERM_MAX characters. */
const MAX_TERMS = 20;
const TERM_MAX = 40;
/** Published job ids and pool references as a link may carry them (an unknown one is said by the matcher). */
const ID = /^[\w-]{1,40}$/;
/** The most a monthly pay figure or years of experience may be in a link. */
const PAY_MAX = 1_000_000;
const YEARS_MAX = 60;

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

/** The occupations (细类) and counties the release publishes. */
export interface MatchFormKnown {
  occupations: readonly string[];
  regions: readonly string[];
}

/** Everything a published job or a pool entry brings itself: a link by id carries none of it. */
const EMPTY = emptyMatchForm();
const DESCRIBED: (keyof MatchForm)[] = ['occupation', 'level', 'skills', 'preferred', 'certificates', 'region', 'payMin', 'payMax', 'relocate', 'years'];

/**
 * The rules between the form's fields: a pool reference means 求职者找岗位; each direction keeps only
 * its own fields (a seeker has no preferred skills, a job no relocation); a published job or a
 * pool entry is matched by its id, so the fields it brings are not part of the link.
 */
export function matchFormRules(f: MatchForm): MatchForm {
  const mode: MatchMode = f.seekerRef ? 'seeker' : f.mode;
  const g: MatchForm = mode === 'job' ? { ...f, mode, seekerRef: null, relocate: null, years: null } : { ...f, mode, jobId: null, preferred: [], availableOnly: false };
  return g.jobId || g.seekerRef ? { ...g, ...Object.fromEntries(DESCRIBED.map((k) => [k, EMPTY[k]])) } : g;
}

/**
 * The form in the URL fragment (`#occ=6-18-02-04&level=4&skill=氩弧焊&cert=焊工证&region=532501`,
 * `#job=J…`, `#seeker=R…`, `#mode=seeker&…`). Read leniently: an unknown occupation or county, a bad
 * level or number is dropped, never an error page; skills and certificates stay as the reader
 * wrote them (the matcher reads them and says what it did not recognise).
 */
export function matchFormCodec(known: MatchFormKnown): ViewCodec<MatchForm> {
  const codec = viewCodec<MatchForm>(
    {
      mode: oneOf(['job', 'seeker'], 'job'),
      jobId: code(ID),
      seekerRef: code(ID),
      occupation: oneOf(known.occupations, null),
      level: integer(null, (n) => n >= MIN_LEVEL && n <= MAX_LEVEL),
      skills: terms(MAX_TERMS, TERM_MAX),
      preferred: terms(MAX_TERMS, TERM_MAX),
      certificates: terms(MAX_TERMS, TERM_MAX),
      region: oneOf(known.regions, null),
      payMin: integer(null, (n) => n > 0 && n <= PAY_MAX),
      payMax: integer(null, (n) => n > 0 && n <= PAY_MAX),
      relocate: yesNo(),
      years: integer(null, (n) => n >= 0 && n <= YEARS_MAX),
      availableOnly: flag('1'),
      top: integer(DEFAULT_MATCH_TOP, (n) => (TOP_CHOICES as readonly number[]).includes(n))
    },
    { jobId: 'job', seekerRef: 'seeker', occupation: 'occ', skills: 'skill', preferred: 'pref', certificates: 'cert', payMin: 'pmin', payMax: 'pmax', relocate: 'reloc', availableOnly: 'avail' },
    matchFormRules
  );
  // a pool entry's link is `#seeker=R…`: the reference says the direction
  const serialise = (f: MatchForm) => {
    const p = codec.serialise(f);
    if (p.has('seeker')) p.delete('mode');
    return p;
  };
  return { ...codec, serialise, same: (a, b) => serialise(a).toString() === serialise(b).toString() };
}

/**
 * A link to /match/ with a form filled in, in the fragment its codec reads: `matchHref(base, { jobId })`
 * for a published job's candidates, `{ mode: 'seeker', occupation, level }` for the jobs at a rung.
 * `base` is SvelteKit's base path.
 */
export function matchHref(base: string, form: Partial<MatchForm>): string {
  const f = { ...emptyMatchForm(form.mode ?? 'job'), ...form };
  const p = matchFormCodec({ occupations: f.occupation ? [f.occupation] : [], regions: f.region ? [f.region] : [] }).serialise(f);
  return `${base}/match/${p.size ? `#${p}` : ''}`;
}

/** What is still missing before the form can be matched (Chinese, for the page); empty when ready. */
export function missingFields(f: MatchForm): string[] {
  if ((f.mode === 'job' && f.jobId) || (f.mode === 'seeker' && f.seekerRef)) return [];
  const out: string[] = [];
  if (!f.occupation) out.push('职业');
  if (f.level === null) out.push(f.mode === 'job' ? '最低技能等级' : '技能等级');
  return out;
}

/** A question for the matcher's worker (a match request without the message id the client adds). */
export type MatchQuery = MatchRequest extends infer R ? (R extends { id: number; type: 'match-job' | 'match-seeker' } ? Omit<R, 'id'> : never) : never;

/** What the matcher is asked for a form, or null while a required field is missing. */
export function matchQueryOf(f: MatchForm): MatchQuery | null {
  if (missingFields(f).length) return null;
  return f.mode === 'job'
    ? { type: 'match-job', job: f.jobId ? { job_id: f.jobId } : jobInputOf(f), options: { top: f.top, availableOnly: f.availableOnly } }
    : { type: 'match-seeker', seeker: seekerOf(f), options: { top: f.top } };
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
