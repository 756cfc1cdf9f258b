/**
 * Quality of the matcher on the labelled sets (tests/match-eval/ and tests/match-eval/registry/),
 * against baselines computed in the same run: a deliberately simple reference matcher, plain
 * fuse.js text search and a random ranking. Shared by `npm run bench -- match-quality` and tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { buildMatchIndex, matchJobId, type MatchData, type PoolRow } from '../../src/lib/core/match';
import { hardRule, type EvalJob } from '../../tests/match-eval/label';
import { rng } from './synthetic-pool';

export const EVAL_DIR = 'tests/match-eval';
export const K = 10;

/** A labelled pair: relevance 0–3, and the hard rule it breaks (another trade, no mandatory certificate, two levels short). */
export interface Grade {
  relevance: number;
  hard: string | null;
}

/** One query: the grades of what it may return (an id not listed is relevance 0 and breaks `unlisted`). */
export interface Judged {
  id: string;
  grades: ReadonlyMap<string, Grade>;
  unlisted: Grade;
}

export interface EvalSet {
  jobs: EvalJob[];
  candidates: PoolRow[];
  /** job_id → ref → relevance 0–3 (every pair is labelled). */
  labels: Map<string, Map<string, number>>;
  reference: Omit<MatchData, 'pool' | 'jobs'>;
}

export function loadEvalSet(dir = EVAL_DIR): EvalSet {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const labels = new Map<string, Map<string, number>>();
  for (const line of read('labels.csv').trim().split('\n').slice(1)) {
    const [job, ref, rel] = line.split(',');
    if (!labels.has(job)) labels.set(job, new Map());
    labels.get(job)!.set(ref, Number(rel));
  }
  return { jobs: JSON.parse(read('jobs.json')), candidates: JSON.parse(read('candidates.json')), labels, reference: JSON.parse(read('reference.json')) };
}

const gain = (rel: number) => 2 ** rel - 1;
const relevanceOf = (labels: ReadonlyMap<string, number | Grade>, id: string): number => {
  const g = labels.get(id);
  return g === undefined ? 0 : typeof g === 'number' ? g : g.relevance;
};

export function ndcgAt(k: number, ranked: readonly string[], labels: ReadonlyMap<string, number | Grade>): number {
  const dcg = ranked.slice(0, k).reduce((s, id, i) => s + gain(relevanceOf(labels, id)) / Math.log2(i + 2), 0);
  const all = [...labels.keys()].map((id) => relevanceOf(labels, id));
  const ideal = all.sort((a, b) => b - a).slice(0, k).reduce((s, rel, i) => s + gain(rel) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Reciprocal rank of the first result with relevance ≥ 2 (0 when none is returned). */
export function reciprocalRank(ranked: readonly string[], labels: ReadonlyMap<string, number | Grade>): number {
  const i = ranked.findIndex((id) => relevanceOf(labels, id) >= 2);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Share of the relevance ≥ 2 results found in the top k, out of at most k (1 when there are none). */
export function recallAt(k: number, ranked: readonly string[], labels: ReadonlyMap<string, number | Grade>): number {
  const good = [...labels.keys()].filter((id) => relevanceOf(labels, id) >= 2).length;
  if (good === 0) return 1;
  return ranked.slice(0, k).filter((id) => relevanceOf(labels, id) >= 2).length / Math.min(k, good);
}

/** Share of the top-k results returned that are not relevant at all (0 when nothing is returned). */
export function irrelevantShare(k: number, ranked: readonly string[], labels: ReadonlyMap<string, number | Grade>): number {
  const top = ranked.slice(0, k);
  return top.length === 0 ? 0 : top.filter((id) => relevanceOf(labels, id) === 0).length / top.length;
}

export type Ranker = (id: string) => string[];

export interface Quality {
  ndcg: number;
  mrr: number;
  recall: number;
  irrelevant: number;
  /** Top-k results, over all queries, that break a hard rule; and their share of the results returned. */
  violations: number;
  violationShare: number;
  /** Per query, for the report. */
  perQuery: { id: string; ndcg: number }[];
}

export function evaluateQueries(queries: readonly Judged[], rank: Ranker): Quality {
  let violations = 0;
  let returned = 0;
  const per = queries.map((q) => {
    const ranked = rank(q.id);
    const top = ranked.slice(0, K);
    returned += top.length;
    violations += top.filter((id) => (q.grades.get(id) ?? q.unlisted).hard !== null).length;
    return { id: q.id, ndcg: ndcgAt(K, ranked, q.grades), mrr: reciprocalRank(ranked, q.grades), recall: recallAt(K, ranked, q.grades), irrelevant: irrelevantShare(K, ranked, q.grades) };
  });
  const mean = (f: (x: (typeof per)[number]) => number) => per.reduce((s, x) => s + f(x), 0) / Math.max(1, per.length);
  return {
    ndcg: mean((x) => x.ndcg),
    mrr: mean((x) => x.mrr),
    recall: mean((x) => x.recall),
    irrelevant: mean((x) => x.irrelevant),
    violations,
    violationShare: returned ? violations / returned : 0,
    perQuery: per.map(({ id, ndcg }) => ({ id, ndcg }))
  };
}

/** The mean of a ranker over several random seeds (for the random baseline). */
export function meanQuality(runs: readonly Quality[]): Quality {
  const avg = (f: (q: Quality) => number) => runs.reduce((a, q) => a + f(q), 0) / runs.length;
  return {
    ndcg: avg((q) => q.ndcg),
    mrr: avg((q) => q.mrr),
    recall: avg((q) => q.recall),
    irrelevant: avg((q) => q.irrelevant),
    violations: avg((q) => q.violations),
    violationShare: avg((q) => q.violationShare),
    perQuery: []
  };
}

/** The development set as judged queries (its grades come from tests/match-eval/label.ts). */
export function devQueries(set: EvalSet): Judged[] {
  const byRef = new Map(set.candidates.map((c) => [c.ref, c]));
  return set.jobs.map((j) => {
    const grades = new Map<string, Grade>();
    for (const [ref, rel] of set.labels.get(j.job_id)!) grades.set(ref, { relevance: rel, hard: hardRule(j, byRef.get(ref)!) });
    return { id: j.job_id, grades, unlisted: { relevance: 0, hard: 'trade' } };
  });
}

export function matcherRanker(set: EvalSet): Ranker {
  const index = buildMatchIndex({ ...set.reference, pool: set.candidates, jobs: set.jobs });
  return (jobId) => matchJobId(index, jobId, { top: K, explain: 0 })!.map((r) => r.ref);
}

/** A random order of the ids; evaluate it over several seeds and average. */
export function randomRanker(ids: readonly string[], seed: number): Ranker {
  return () => {
    const r = rng(seed);
    const out = [...ids];
    for (let i = out.length - 1; i > 0; i--) {
      const k = Math.floor(r() * (i + 1));
      [out[i], out[k]] = [out[k], out[i]];
    }
    return out;
  };
}

/**
 * Plain text search, as a job board without a matcher would do it: each query term searched with
 * fuse.js over the documents' occupation and skill names; a document's score is the sum of its
 * match qualities.
 */
export function textSearch(docs: readonly { id: string; occupation: string; skills: string[] }[]): (terms: readonly string[]) => string[] {
  const fuse = new Fuse(docs, { keys: ['occupation', 'skills'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  return (terms) => {
    const total = new Map<string, number>();
    for (const t of terms.filter(Boolean)) for (const hit of fuse.search(t)) total.set(hit.item.id, (total.get(hit.item.id) ?? 0) + (1 - (hit.score ?? 1)));
    return [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  };
}

/** Text search over the people's occupation and skill names, queried with the job's occupation and skill names. */
export function textRanker(reference: Pick<MatchData, 'occupations' | 'skills'>, pool: readonly PoolRow[], jobs: readonly Pick<EvalJob, 'job_id' | 'occupation_code' | 'required_skills' | 'preferred_skills'>[]): Ranker {
  const occ = new Map(reference.occupations.map((o) => [o.code, o.name]));
  const skill = new Map(reference.skills.map((s) => [s.skill_id, s.name]));
  const search = textSearch(pool.map((c) => ({ id: c.ref, occupation: occ.get(c.occupation_code) ?? '', skills: (c.skills ?? []).map((s) => skill.get(s) ?? s) })));
  const byId = new Map(jobs.map((j) => [j.job_id, j]));
  return (jobId) => {
    const job = byId.get(jobId)!;
    return search([occ.get(job.occupation_code) ?? '', ...[...(job.required_skills ?? []), ...(job.preferred_skills ?? [])].map((t) => skill.get(t) ?? t)]);
  };
}

/**
 * The reference matcher: what a careful engineer writes in an afternoon. Same 细类 only, at most one
 * level short, required certificates held; ranked by the share of required skills held (twice),
 * then level at the minimum, same county and pay not above the job's maximum.
 */
export function referenceScore(job: Pick<EvalJob, 'occupation_code' | 'min_level' | 'required_skills' | 'required_certificates' | 'region_code' | 'salary_max'>, p: PoolRow): number | null {
  if (p.occupation_code !== job.occupation_code || p.skill_level < job.min_level - 1) return null;
  const certs = p.certificates ?? [];
  if ((job.required_certificates ?? []).some((c) => !certs.includes(c))) return null;
  const req = job.required_skills ?? [];
  const skills = p.skills ?? [];
  const share = req.length ? req.filter((s) => skills.includes(s)).length / req.length : 1;
  const pay = p.expected_salary_min === null || job.salary_max === null || p.expected_salary_min <= job.salary_max ? 1 : 0;
  return 2 * share + (p.skill_level >= job.min_level ? 1 : 0) + (p.region_code === job.region_code ? 1 : 0) + pay;
}

export function referenceRanker(pool: readonly PoolRow[], jobs: readonly EvalJob[]): Ranker {
  const byId = new Map(jobs.map((j) => [j.job_id, j]));
  return (jobId) => {
    const job = byId.get(jobId)!;
    const scored = pool.flatMap((p) => {
      const s = referenceScore(job, p);
      return s === null ? [] : [{ ref: p.ref, s }];
    });
    return scored.sort((a, b) => b.s - a.s || (a.ref < b.ref ? -1 : 1)).map((x) => x.ref);
  };
}

export interface Comparison {
  matcher: Quality;
  reference: Quality;
  text: Quality;
  random: Quality;
}

export function compare(set = loadEvalSet(), seeds = 20): Comparison {
  const queries = devQueries(set);
  const refs = set.candidates.map((c) => c.ref);
  return {
    matcher: evaluateQueries(queries, matcherRanker(set)),
    reference: evaluateQueries(queries, referenceRanker(set.candidates, set.jobs)),
    text: evaluateQueries(queries, textRanker(set.reference, set.candidates, set.jobs)),
    random: meanQuality(Array.from({ length: seeds }, (_, s) => evaluateQueries(queries, randomRanker(refs, s + 1))))
  };
}
