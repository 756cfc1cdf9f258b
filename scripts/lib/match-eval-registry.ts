/**
 * The registry evaluation set (tests/match-eval/registry/) through the same path as real data:
 * registry rows → the publisher's cell parsing and term resolution → talent_pool rows; job needs →
 * jobs rows; seekers as typed into /match. Then both directions ranked by the matcher and the
 * baselines, per part (tuning / held-out), and the invariance and directional checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPERIENCE_BANDS, bandOf, salaryBand } from '../../src/lib/core/bands';
import { recognizeHonor } from '../../src/lib/core/honors';
import { buildMatchIndex, matchJobId, matchSeeker, type JobRow, type MatchData, type MatchIndex, type PoolRow, type SeekerInput } from '../../src/lib/core/match';
import { jobTerms, personTerms, publisherVocabularies, type Vocabularies } from '../../src/lib/core/vocabulary';
import { heldCertificates } from '../../src/lib/core/match/catalogue';
import { pinyinReadings } from '../../src/lib/core/pinyin';
import { parseCell } from '../../src/lib/pipeline/parse-cell';
import type { EvalJob } from '../../tests/match-eval/label';
import type { RawJob, RawPerson, RawSeeker } from '../../tests/match-eval/registry/rows';
import { evaluateQueries, K, meanQuality, randomRanker, referenceScore, textRanker, textSearch, type Comparison, type Grade, type Judged, type Ranker } from './match-eval';
import { rng } from './synthetic-pool';

export const REGISTRY_DIR = 'tests/match-eval/registry';
export type Part = 'tune' | 'heldout';

export type { RawJob, RawPerson, RawSeeker };

export interface RegistrySet {
  reference: Omit<MatchData, 'pool' | 'jobs'>;
  people: RawPerson[];
  jobs: RawJob[];
  seekers: RawSeeker[];
  jobQueries: Map<string, Judged>;
  seekerQueries: Map<string, Judged>;
  split: Record<Part, { jobs: string[]; seekers: string[] }>;
}

const TRADE: Grade = { relevance: 0, hard: 'trade' };

function readLabels(text: string): Map<string, Judged> {
  const out = new Map<string, Judged>();
  for (const line of text.trim().split('\n').slice(1)) {
    const [q, id, rel, hard] = line.split(',');
    if (!out.has(q)) out.set(q, { id: q, grades: new Map(), unlisted: TRADE });
    (out.get(q)!.grades as Map<string, Grade>).set(id, { relevance: Number(rel), hard: hard || null });
  }
  return out;
}

export function loadRegistrySet(dir = REGISTRY_DIR): RegistrySet {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const split = JSON.parse(read('split.json')) as RegistrySet['split'];
  const jobQueries = readLabels(read('labels-jobs.csv'));
  const seekerQueries = readLabels(read('labels-seekers.csv'));
  // a query none of whose pairs is listed still counts (everything is another trade)
  for (const p of ['tune', 'heldout'] as const) {
    for (const id of split[p].jobs) if (!jobQueries.has(id)) jobQueries.set(id, { id, grades: new Map(), unlisted: TRADE });
    for (const id of split[p].seekers) if (!seekerQueries.has(id)) seekerQueries.set(id, { id, grades: new Map(), unlisted: TRADE });
  }
  return {
    reference: JSON.parse(read('reference.json')),
    people: JSON.parse(read('people.json')),
    jobs: JSON.parse(read('jobs.json')),
    seekers: JSON.parse(read('seekers.json')),
    jobQueries,
    seekerQueries,
    split
  };
}

const LIST = { kind: 'list' } as const;
const list = (raw: string): string[] => {
  const r = parseCell(LIST, raw ?? '');
  return r.ok ? (r.value as string[]) : [];
};

/** The vocabularies as the publisher builds them (pipeline/sources.ts, through core/terms/publisher.ts). */
export const registryVocabularies = (reference: RegistrySet['reference']): Vocabularies =>
  publisherVocabularies(
    reference.skills.map((s) => ({ id: s.skill_id, name: s.name, synonyms: s.synonyms ?? [], occupations: s.occupation_codes ?? [] })),
    reference.certificates.map((c) => ({ id: c.cert_id, name: c.name, synonyms: c.aliases ?? [] }))
  );

/** A registry row as `talent_pool` publishes it (pipeline/talent.ts): terms read, figures banded, nothing personal. */
export function publishPerson(v: Vocabularies, p: RawPerson): PoolRow {
  const salary = salaryBand(p.expected_salary);
  const terms = personTerms(v, list(p.skills), list(p.certificates), p.occupation_code);
  return {
    ref: p.person_id,
    occupation_code: p.occupation_code,
    skill_level: p.skill_level,
    region_code: p.region_code,
    skills: terms.skills,
    skills_inferred: terms.skills_inferred,
    certificates: terms.certificates,
    honors: [...new Set(list(p.honors).flatMap((h) => recognizeHonor(h)?.name ?? []))],
    competition_awards: [],
    experience_band: bandOf(EXPERIENCE_BANDS, p.years_experience)?.id ?? null,
    availability: p.availability,
    willing_to_relocate: p.willing_to_relocate,
    expected_salary_min: salary?.min ?? null,
    expected_salary_max: salary?.max ?? null
  };
}

/** A job need as `jobs` publishes it (pipeline/jobs.ts). */
export function publishJob(v: Vocabularies, j: RawJob): JobRow {
  return {
    job_id: j.job_id,
    enterprise: j.enterprise,
    title: j.title,
    region_code: j.region_code,
    occupation_code: j.occupation_code,
    min_level: j.min_level,
    required_skills: jobTerms(v.skills, list(j.required_skills), j.occupation_code),
    preferred_skills: jobTerms(v.skills, list(j.preferred_skills), j.occupation_code),
    required_certificates: jobTerms(v.certificates, list(j.required_certificates), j.occupation_code),
    salary_min: j.salary_min,
    salary_max: j.salary_max
  };
}

export interface Published {
  pool: PoolRow[];
  jobs: JobRow[];
  data: MatchData;
  index: MatchIndex;
}

export function publishRegistry(set: RegistrySet, people = set.people, jobs = set.jobs): Published {
  const v = registryVocabularies(set.reference);
  const pool = people.map((p) => publishPerson(v, p));
  const jobRows = jobs.map((j) => publishJob(v, j));
  const data: MatchData = { ...set.reference, pool, jobs: jobRows };
  return { pool, jobs: jobRows, data, index: buildMatchIndex(data, pinyinReadings) };
}

const seekerInput = ({ seeker_id: _i, name: _n, gender: _g, birth_year: _b, ...s }: RawSeeker): SeekerInput => s;

// ---------------------------------------------------------------------------------------------
// Rankers, both directions
// ---------------------------------------------------------------------------------------------

export const matcherJobRanker = (pub: Published): Ranker => (jobId) => matchJobId(pub.index, jobId, { top: K, explain: 0 })!.map((r) => r.ref);

export function matcherSeekerRanker(set: RegistrySet, pub: Published): Ranker {
  const byId = new Map(set.seekers.map((s) => [s.seeker_id, s]));
  return (id) => matchSeeker(pub.index, seekerInput(byId.get(id)!), { top: K, explain: 0 }).map((r) => r.job_id);
}

/** The reference matcher (match-eval.ts) in both directions; a seeker's typed terms go through the publisher's vocabularies. */
export function referenceRankers(set: RegistrySet, pub: Published): { jobs: Ranker; seekers: Ranker } {
  const v = registryVocabularies(set.reference);
  const jobById = new Map(pub.jobs.map((j) => [j.job_id, j]));
  const rank = <T extends { id: string; s: number }>(xs: T[]) => xs.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1)).map((x) => x.id);
  const seekers = new Map(set.seekers.map((s) => [s.seeker_id, s]));
  return {
    jobs: (jobId) => {
      const job = jobById.get(jobId)! as EvalJob;
      return rank(pub.pool.flatMap((p) => (referenceScore(job, p) === null ? [] : [{ id: p.ref, s: referenceScore(job, p)! }])));
    },
    seekers: (id) => {
      const s = seekers.get(id)!;
      const salary = salaryBand(s.expected_salary ?? null);
      const me: PoolRow = {
        ref: id,
        occupation_code: s.occupation_code,
        skill_level: Number(s.skill_level),
        region_code: s.region_code ?? '',
        skills: v.skills.resolveAll(s.skills ?? []).ids,
        certificates: v.certificates.resolveAll(s.certificates ?? []).ids,
        honors: [],
        competition_awards: [],
        experience_band: null,
        availability: 'available',
        willing_to_relocate: s.willing_to_relocate ?? null,
        expected_salary_min: salary?.min ?? null,
        expected_salary_max: salary?.max ?? null
      };
      return rank(pub.jobs.flatMap((j) => {
        const sc = referenceScore(j as EvalJob, me);
        return sc === null ? [] : [{ id: j.job_id, s: sc + ((j.salary_max ?? Infinity) >= (me.expected_salary_min ?? 0) ? 1 : 0) }];
      }));
    }
  };
}

export function textRankers(set: RegistrySet, pub: Published): { jobs: Ranker; seekers: Ranker } {
  const occ = new Map(set.reference.occupations.map((o) => [o.code, o.name]));
  const skill = new Map(set.reference.skills.map((s) => [s.skill_id, s.name]));
  const jobsText = textSearch(pub.jobs.map((j) => ({ id: j.job_id, occupation: occ.get(j.occupation_code) ?? '', skills: [...(j.required_skills ?? []), ...(j.preferred_skills ?? [])].map((s) => skill.get(s) ?? s) })));
  const seekers = new Map(set.seekers.map((s) => [s.seeker_id, s]));
  return {
    jobs: textRanker(set.reference, pub.pool, pub.jobs as EvalJob[]),
    seekers: (id) => {
      const s = seekers.get(id)!;
      return jobsText([occ.get(s.occupation_code) ?? '', ...(s.skills ?? [])]);
    }
  };
}

export interface RegistryComparison {
  jobs: Comparison;
  seekers: Comparison;
}

/** Every ranker on one part of the set (the pool and the jobs are the whole set's; only the queries differ). */
export function compareRegistry(set: RegistrySet, part: Part, pub = publishRegistry(set), seeds = 20): RegistryComparison {
  const jq = set.split[part].jobs.map((id) => set.jobQueries.get(id)!);
  const sq = set.split[part].seekers.map((id) => set.seekerQueries.get(id)!);
  const reference = referenceRankers(set, pub);
  const text = textRankers(set, pub);
  const people = pub.pool.map((p) => p.ref);
  const jobs = pub.jobs.map((j) => j.job_id);
  const random = (qs: Judged[], ids: string[]) => meanQuality(Array.from({ length: seeds }, (_, s) => evaluateQueries(qs, randomRanker(ids, s + 1))));
  return {
    jobs: { matcher: evaluateQueries(jq, matcherJobRanker(pub)), reference: evaluateQueries(jq, reference.jobs), text: evaluateQueries(jq, text.jobs), random: random(jq, people) },
    seekers: { matcher: evaluateQueries(sq, matcherSeekerRanker(set, pub)), reference: evaluateQueries(sq, reference.seekers), text: evaluateQueries(sq, text.seekers), random: random(sq, jobs) }
  };
}

// ---------------------------------------------------------------------------------------------
// Invariance: what must change no result
// ---------------------------------------------------------------------------------------------

type Result = { id: string; score: number }[];
const jobResults = (index: MatchIndex, jobId: string): Result => matchJobId(index, jobId, { top: K, explain: 0 })!.map((r) => ({ id: r.ref, score: r.score }));
const seekerResults = (index: MatchIndex, s: SeekerInput): Result => matchSeeker(index, s, { top: K, explain: 0 }).map((r) => ({ id: r.job_id, score: r.score }));
const same = (a: Result, b: Result) => JSON.stringify(a) === JSON.stringify(b);

export interface Check {
  name: string;
  passed: number;
  total: number;
}

/** Spelling that must not matter: width, case, spaces, and the usual surrounding words. */
export function respell(term: string, r: () => number): string {
  const x = r();
  if (x < 0.25) return term.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (x < 0.45) return /[a-z]/i.test(term) ? (r() < 0.5 ? term.toLowerCase() : term.toUpperCase()) : ` ${term} `;
  if (x < 0.7) return `熟练掌握${term}`;
  return [...term].join(r() < 0.5 ? ' ' : '');
}

/**
 * Protected attributes (name, gender, birth year, ethnicity and 户籍 changed in the registry, and
 * also leaked into the rows the matcher gets), row order, and spelling: per query, the top 10
 * (references and scores) must not change.
 */
export function invarianceChecks(set: RegistrySet, queries: { jobs: string[]; seekers: string[] }, pub = publishRegistry(set)): Check[] {
  const r = rng(99);
  const v = registryVocabularies(set.reference);
  const seekersById = new Map(set.seekers.map((s) => [s.seeker_id, s]));
  const baseJobs = new Map(queries.jobs.map((id) => [id, jobResults(pub.index, id)]));
  const baseSeekers = new Map(queries.seekers.map((id) => [id, seekerResults(pub.index, seekerInput(seekersById.get(id)!))]));
  const checks: Check[] = [];
  const protectedKinds: [string, (p: RawPerson, i: number) => Record<string, unknown>][] = [
    ['name', (p, i) => ({ name: `测试${i}`, display_name: `${'赵钱孙李'[i % 4]}师傅` })],
    ['gender', (p) => ({ gender: p.gender === 'F' ? 'M' : 'F' })],
    ['birth year', (p) => ({ birth_year: p.birth_year - 17, age: 2026 - p.birth_year + 17 })],
    ['ethnicity and 户籍', (p) => ({ ethnicity: p.ethnicity === '汉族' ? '彝族' : '汉族', hukou: p.hukou === '农业' ? '非农业' : '农业' })]
  ];
  for (const [name, change] of protectedKinds) {
    // changed in the registry, published, and also attached to the published rows
    const people = set.people.map((p, i) => ({ ...p, ...change(p, i) }) as RawPerson);
    const pool = people.map((p, i) => ({ ...publishPerson(v, p), ...change(p, i) }) as PoolRow);
    const index = buildMatchIndex({ ...pub.data, pool }, pinyinReadings);
    let passed = queries.jobs.filter((id) => same(jobResults(index, id), baseJobs.get(id)!)).length;
    passed += queries.seekers.filter((id) => {
      const s = seekersById.get(id)!;
      const changed = { ...seekerInput(s), ...change({ ...s, ethnicity: '汉族', hukou: '农业' } as unknown as RawPerson, 0) } as SeekerInput;
      return same(seekerResults(pub.index, changed), baseSeekers.get(id)!);
    }).length;
    checks.push({ name: `protected: ${name}`, passed, total: queries.jobs.length + queries.seekers.length });
  }
  {
    const shuffled = (xs: readonly unknown[]) => [...xs].map((x) => [r(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    const index = buildMatchIndex({ ...pub.data, pool: shuffled(pub.pool) as PoolRow[], jobs: shuffled(pub.jobs) as JobRow[] }, pinyinReadings);
    const passed =
      queries.jobs.filter((id) => same(jobResults(index, id), baseJobs.get(id)!)).length +
      queries.seekers.filter((id) => same(seekerResults(index, seekerInput(seekersById.get(id)!)), baseSeekers.get(id)!)).length;
    checks.push({ name: 'order of rows', passed, total: queries.jobs.length + queries.seekers.length });
  }
  {
    const respelled = set.people.map((p) => ({ ...p, skills: list(p.skills).map((t) => respell(t, r)).join(';'), certificates: list(p.certificates).map((t) => respell(t, r)).join(';') }));
    const jobs = set.jobs.map((j) => ({ ...j, required_skills: list(j.required_skills).map((t) => respell(t, r)).join(';') }));
    const other = publishRegistry(set, respelled, jobs);
    const passed =
      queries.jobs.filter((id) => same(jobResults(other.index, id), baseJobs.get(id)!)).length +
      queries.seekers.filter((id) => {
        const s = seekerInput(seekersById.get(id)!);
        return same(seekerResults(pub.index, { ...s, skills: (s.skills ?? []).map((t) => respell(t, r)) }), baseSeekers.get(id)!);
      }).length;
    checks.push({ name: 'spelling (width, case, spaces, 熟练掌握…)', passed, total: queries.jobs.length + queries.seekers.length });
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------
// Directional properties: what must raise a score
// ---------------------------------------------------------------------------------------------

export interface Directional extends Check {
  /** Pairs where the change lowered the score (a monotonicity violation). */
  lowered: number;
  /** Pairs for which no person or job with that defect was found. */
  missing: number;
}

/** A person's score for a job in the whole pool (null: not a candidate). */
function scoreFor(index: MatchIndex, jobId: string, ref: string): number | null {
  return matchJobId(index, jobId, { top: index.candidates.n, explain: 0 })!.find((r) => r.ref === ref)?.score ?? null;
}
function seekerScoreFor(index: MatchIndex, s: SeekerInput, jobId: string): number | null {
  return matchSeeker(index, s, { top: index.jobs.length, explain: 0 }).find((r) => r.job_id === jobId)?.score ?? null;
}

/**
 * For each query job, five changes to one person with the matching defect (the first by id among
 * those the job's trade rules admit and no other gate keeps out): add a missing required skill,
 * raise the level by one below the cap, add a missing required certificate, move expected pay
 * from above the range into it, move to the job's county. Each must raise the person's score. For
 * each seeker, the same changes (skill, level, certificate, pay, county) against a job in their
 * trade. A query with no such person or job counts as "no pair found".
 */
export function directionalChecks(set: RegistrySet, queries: { jobs: string[]; seekers: string[] }, pub = publishRegistry(set)): Directional[] {
  const v = registryVocabularies(set.reference);
  const skillName = new Map(set.reference.skills.map((s) => [s.skill_id, s.name]));
  const certName = new Map(set.reference.certificates.map((c) => [c.cert_id, c.name]));
  const jobRow = new Map(pub.jobs.map((j) => [j.job_id, j]));
  const byRef = new Map(pub.pool.map((p) => [p.ref, p]));
  type Change = { name: string; applies: (job: JobRow, p: PoolRow, raw: RawPerson) => boolean; apply: (job: JobRow, raw: RawPerson) => RawPerson };
  // a higher skill-level certificate already counts as the lower one the job asks for
  const missingCertificate = (j: JobRow, held: readonly string[]) => {
    const all = heldCertificates(pub.index.catalogue, held);
    return (j.required_certificates ?? []).find((c) => !all.includes(c));
  };
  const mid = (j: JobRow) => Math.round(((j.salary_min ?? 0) + (j.salary_max ?? 0)) / 2 / 100) * 100;
  const changes: Change[] = [
    {
      name: 'add a required skill',
      applies: (j, p) => (j.required_skills ?? []).some((s) => !(p.skills ?? []).includes(s)),
      apply: (j, raw) => ({ ...raw, skills: [raw.skills, skillName.get((j.required_skills ?? []).find((s) => !(publishPerson(v, raw).skills ?? []).includes(s))!)].filter(Boolean).join(';') })
    },
    { name: 'raise the level', applies: (j, p) => p.skill_level < j.min_level + 2 && p.skill_level < 8, apply: (_, raw) => ({ ...raw, skill_level: raw.skill_level + 1 }) },
    {
      name: 'add a required certificate',
      applies: (j, p) => missingCertificate(j, p.certificates ?? []) !== undefined,
      apply: (j, raw) => ({ ...raw, certificates: [raw.certificates, certName.get(missingCertificate(j, publishPerson(v, raw).certificates ?? [])!)].filter(Boolean).join(';') })
    },
    { name: 'move expected pay into the range', applies: (j, _p, raw) => raw.expected_salary !== null && j.salary_max !== null && raw.expected_salary > j.salary_max, apply: (j, raw) => ({ ...raw, expected_salary: mid(j) }) },
    { name: "move to the job's county", applies: (j, p) => p.region_code !== j.region_code, apply: (j, raw) => ({ ...raw, region_code: j.region_code! }) }
  ];
  const out: Directional[] = changes.map((c) => ({ name: c.name, passed: 0, total: 0, lowered: 0, missing: 0 }));
  const TRIES = 8;
  for (const jobId of queries.jobs) {
    const j = jobRow.get(jobId)!;
    const grades = set.jobQueries.get(jobId)!.grades;
    changes.forEach((c, k) => {
      out[k].total++;
      // someone the job's trade rules admit, with this defect, who is a candidate already — or, for
      // a certificate, who becomes one with it (no other gate keeps them out)
      const admitted = set.people.filter((p) => grades.has(p.person_id) && grades.get(p.person_id)!.hard !== 'trade' && c.applies(j, byRef.get(p.person_id)!, p));
      const tried = (k === 2 ? admitted.slice(0, TRIES) : admitted.filter((p) => scoreFor(pub.index, jobId, p.person_id) !== null).slice(0, 1)).map((raw) => ({
        raw,
        after: scoreFor(publishRegistry(set, set.people.map((p) => (p === raw ? c.apply(j, raw) : p))).index, jobId, raw.person_id)
      }));
      const pair = tried.find((t) => t.after !== null);
      if (!pair) return void out[k].missing++;
      const b = scoreFor(pub.index, jobId, pair.raw.person_id) ?? -Infinity;
      const a = pair.after ?? -Infinity;
      if (a > b) out[k].passed++;
      else if (a < b) out[k].lowered++;
    });
  }
  const seekerChanges: { name: string; pick: (s: SeekerInput, j: JobRow) => SeekerInput | null }[] = [
    {
      name: 'add a required skill',
      pick: (s, j) => {
        const held = v.skills.resolveAll(s.skills ?? []).ids;
        const miss = (j.required_skills ?? []).find((x) => !held.includes(x));
        return miss ? { ...s, skills: [...(s.skills ?? []), skillName.get(miss)!] } : null;
      }
    },
    { name: 'raise the level', pick: (s, j) => (Number(s.skill_level) < j.min_level ? { ...s, skill_level: Number(s.skill_level) + 1 } : null) },
    {
      name: 'add a required certificate',
      pick: (s, j) => {
        const miss = missingCertificate(j, v.certificates.resolveAll(s.certificates ?? []).ids);
        return miss ? { ...s, certificates: [...(s.certificates ?? []), certName.get(miss)!] } : null;
      }
    },
    { name: 'move expected pay into the range', pick: (s, j) => (s.expected_salary != null && j.salary_max !== null && s.expected_salary > j.salary_max ? { ...s, expected_salary: mid(j) } : null) },
    { name: "move to the job's county", pick: (s, j) => (s.region_code !== j.region_code ? { ...s, region_code: j.region_code } : null) }
  ];
  const seekerOut: Directional[] = seekerChanges.map((c) => ({ name: `seeker: ${c.name}`, passed: 0, total: 0, lowered: 0, missing: 0 }));
  const seekersById = new Map(set.seekers.map((s) => [s.seeker_id, s]));
  for (const id of queries.seekers) {
    const s = seekerInput(seekersById.get(id)!);
    const grades = set.seekerQueries.get(id)!.grades;
    const jobs = pub.jobs.filter((j) => grades.has(j.job_id) && grades.get(j.job_id)!.hard !== 'trade');
    seekerChanges.forEach((c, k) => {
      seekerOut[k].total++;
      // a job the seeker's trade is admitted to, where the seeker is a candidate after the change
      const j = jobs.find((x) => c.pick(s, x) !== null && seekerScoreFor(pub.index, c.pick(s, x)!, x.job_id) !== null && (k === 2 || seekerScoreFor(pub.index, s, x.job_id) !== null));
      if (!j) return void seekerOut[k].missing++;
      const b = seekerScoreFor(pub.index, s, j.job_id) ?? -Infinity;
      const a = seekerScoreFor(pub.index, c.pick(s, j)!, j.job_id) ?? -Infinity;
      if (a > b) seekerOut[k].passed++;
      else if (a < b) seekerOut[k].lowered++;
    });
  }
  return [...out, ...seekerOut];
}

// ---------------------------------------------------------------------------------------------
// The normaliser against what people meant
// ---------------------------------------------------------------------------------------------

export interface ReadingAccuracy {
  people: number;
  /** Skills people meant, and the shares of them read surely, read as inferences, and not read. */
  intended: number;
  sure: number;
  inferred: number;
  missed: number;
  /** Published skill ids (sure or inferred) that the person did not mean. */
  wrong: number;
}

/**
 * How the publisher's reading of skill tags compares with what people meant (truth.json), for the
 * people graded for a part's jobs (their own trade or an accepted one).
 */
export function readingAccuracy(set: RegistrySet, part: Part, truthDir = REGISTRY_DIR): ReadingAccuracy {
  const truth = JSON.parse(readFileSync(join(truthDir, 'truth.json'), 'utf8')) as { people: Record<string, { skills: string[] | null }> };
  const v = registryVocabularies(set.reference);
  const ids = new Set(set.split[part].jobs.flatMap((j) => [...set.jobQueries.get(j)!.grades.keys()]));
  const out: ReadingAccuracy = { people: 0, intended: 0, sure: 0, inferred: 0, missed: 0, wrong: 0 };
  for (const p of set.people) {
    if (!ids.has(p.person_id)) continue;
    const meant = truth.people[p.person_id].skills ?? [];
    const row = publishPerson(v, p);
    out.people++;
    out.intended += meant.length;
    for (const s of meant) {
      if (row.skills?.includes(s)) out.sure++;
      else if (row.skills_inferred?.includes(s)) out.inferred++;
      else out.missed++;
    }
    out.wrong += [...(row.skills ?? []), ...(row.skills_inferred ?? [])].filter((s) => !meant.includes(s)).length;
  }
  return out;
}
