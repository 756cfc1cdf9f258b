/**
 * Quality of the matcher on the labelled development set (tests/match-eval/), against two
 * baselines computed in the same run: a random ranking and plain fuse.js text search over
 * occupation and skill names. Shared by `npm run bench -- match-quality` and a unit test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { buildMatchIndex, matchJobId, type MatchData, type PoolRow } from '../../src/lib/core/match';
import type { EvalJob } from '../../tests/match-eval/label';
import { rng } from './synthetic-pool';

export const EVAL_DIR = 'tests/match-eval';
export const K = 10;

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

export function ndcgAt(k: number, ranked: readonly string[], labels: ReadonlyMap<string, number>): number {
  const dcg = ranked.slice(0, k).reduce((s, ref, i) => s + gain(labels.get(ref) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...labels.values()].sort((a, b) => b - a).slice(0, k).reduce((s, rel, i) => s + gain(rel) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Reciprocal rank of the first result with relevance ≥ 2 (0 when none is returned). */
export function reciprocalRank(ranked: readonly string[], labels: ReadonlyMap<string, number>): number {
  const i = ranked.findIndex((ref) => (labels.get(ref) ?? 0) >= 2);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Share of the top-k results returned that are not relevant at all (0 when nothing is returned). */
export function irrelevantShare(k: number, ranked: readonly string[], labels: ReadonlyMap<string, number>): number {
  const top = ranked.slice(0, k);
  return top.length === 0 ? 0 : top.filter((ref) => (labels.get(ref) ?? 0) === 0).length / top.length;
}

export type Ranker = (job: EvalJob) => string[];

export interface Quality {
  ndcg: number;
  mrr: number;
  irrelevant: number;
  /** Per job, for the report. */
  perJob: { job_id: string; ndcg: number }[];
}

export function evaluate(set: EvalSet, rank: Ranker): Quality {
  const perJob = set.jobs.map((j) => {
    const ranked = rank(j);
    const labels = set.labels.get(j.job_id)!;
    return { job_id: j.job_id, ndcg: ndcgAt(K, ranked, labels), mrr: reciprocalRank(ranked, labels), irrelevant: irrelevantShare(K, ranked, labels) };
  });
  const mean = (f: (x: (typeof perJob)[number]) => number) => perJob.reduce((s, x) => s + f(x), 0) / perJob.length;
  return { ndcg: mean((x) => x.ndcg), mrr: mean((x) => x.mrr), irrelevant: mean((x) => x.irrelevant), perJob: perJob.map(({ job_id, ndcg }) => ({ job_id, ndcg })) };
}

export function matcherRanker(set: EvalSet): Ranker {
  const index = buildMatchIndex({ ...set.reference, pool: set.candidates, jobs: set.jobs });
  return (job) => matchJobId(index, job.job_id, { top: K, explain: 0 })!.map((r) => r.ref);
}

/** A random order of the whole pool; `evaluate` it over several seeds and average. */
export function randomRanker(set: EvalSet, seed: number): Ranker {
  return () => {
    const r = rng(seed);
    const refs = set.candidates.map((c) => c.ref);
    for (let i = refs.length - 1; i > 0; i--) {
      const k = Math.floor(r() * (i + 1));
      [refs[i], refs[k]] = [refs[k], refs[i]];
    }
    return refs;
  };
}

/**
 * Plain text search, as a job board without a matcher would do it: each of the job's terms
 * (occupation name, required and preferred skill names) searched with fuse.js over the people's
 * occupation and skill names; a person's score is the sum of their match qualities.
 */
export function textRanker(set: EvalSet): Ranker {
  const occ = new Map(set.reference.occupations.map((o) => [o.code, o.name]));
  const skill = new Map(set.reference.skills.map((s) => [s.skill_id, s.name]));
  const docs = set.candidates.map((c) => ({ ref: c.ref, occupation: occ.get(c.occupation_code) ?? '', skills: (c.skills ?? []).map((s) => skill.get(s) ?? s) }));
  const fuse = new Fuse(docs, { keys: ['occupation', 'skills'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  return (job) => {
    const terms = [occ.get(job.occupation_code) ?? '', ...(job.required_skills ?? []), ...(job.preferred_skills ?? [])].map((t) => skill.get(t) ?? t).filter(Boolean);
    const total = new Map<string, number>();
    for (const t of terms) for (const hit of fuse.search(t)) total.set(hit.item.ref, (total.get(hit.item.ref) ?? 0) + (1 - (hit.score ?? 1)));
    return [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ref]) => ref);
  };
}

export function compare(set = loadEvalSet(), seeds = 20): { matcher: Quality; text: Quality; random: Quality } {
  const runs = Array.from({ length: seeds }, (_, s) => evaluate(set, randomRanker(set, s + 1)));
  const avg = (f: (q: Quality) => number) => runs.reduce((a, q) => a + f(q), 0) / runs.length;
  return {
    matcher: evaluate(set, matcherRanker(set)),
    text: evaluate(set, textRanker(set)),
    random: { ndcg: avg((q) => q.ndcg), mrr: avg((q) => q.mrr), irrelevant: avg((q) => q.irrelevant), perJob: [] }
  };
}
