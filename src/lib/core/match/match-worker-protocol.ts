/**
 * Messages between the /match page and its Web Worker. The page loads the rows with the engine
 * (core/queries/match.ts) and the county adjacency, posts `init` once, then `match` per query;
 * the worker answers with the same `id`. Everything is structured-clone friendly.
 */
import { buildMatchIndex, type MatchIndex } from './match-index';
import { normalizeJob, normalizeSeeker } from './normalize-query';
import { matchJobQuery, matchSeekerQuery, matchSeekerRef } from './score';
import type { CandidateResult, JobInput, JobResult, MatchData, MatchOptions, SeekerInput, TermNote } from './types';

export type MatchRequest =
  | { type: 'init'; id: number; data: MatchData }
  | { type: 'match-job'; id: number; job: JobInput | { job_id: string }; options?: MatchOptions }
  | { type: 'match-seeker'; id: number; seeker: SeekerInput | { ref: string }; options?: MatchOptions };

export type MatchResponse =
  | { type: 'ready'; id: number; candidates: number; jobs: number; ms: number }
  | { type: 'candidates'; id: number; results: CandidateResult[]; unknownTerms: string[]; softTerms: string[]; readings: TermNote[]; ms: number }
  | { type: 'jobs'; id: number; results: JobResult[]; unknownTerms: string[]; softTerms: string[]; readings: TermNote[]; ms: number }
  | { type: 'error'; id: number; message: string };

/**
 * The worker's whole logic, without the worker: `self.onmessage = (e) => self.postMessage(handle(e.data))`.
 * Pure apart from timing, so the tests drive it directly.
 */
export function createMatchHandler(now: () => number = () => performance.now()): (req: MatchRequest) => MatchResponse {
  let index: MatchIndex | null = null;
  return (req) => {
    const t0 = now();
    try {
      if (req.type === 'init') {
        index = buildMatchIndex(req.data);
        return { type: 'ready', id: req.id, candidates: index.candidates.n, jobs: index.jobs.length, ms: now() - t0 };
      }
      if (!index) return { type: 'error', id: req.id, message: '匹配数据尚未加载' };
      if (req.type === 'match-job') {
        const byId = 'occupation_code' in req.job ? null : index.jobById.get(req.job.job_id);
        if (!('occupation_code' in req.job) && !byId) return { type: 'error', id: req.id, message: `未找到岗位 ${req.job.job_id}` };
        const query = byId ? byId.query : normalizeJob(index.catalogue, req.job as JobInput);
        const results = matchJobQuery(index, query, req.options);
        return { type: 'candidates', id: req.id, results, unknownTerms: query.unknown_terms, softTerms: query.soft_terms, readings: query.readings, ms: now() - t0 };
      }
      if (!('occupation_code' in req.seeker)) {
        const results = matchSeekerRef(index, req.seeker.ref, req.options);
        if (!results) return { type: 'error', id: req.id, message: `未找到人才库编号 ${req.seeker.ref}` };
        return { type: 'jobs', id: req.id, results, unknownTerms: [], softTerms: [], readings: [], ms: now() - t0 };
      }
      const seeker = normalizeSeeker(index.catalogue, req.seeker);
      const results = matchSeekerQuery(index, seeker, req.options);
      return { type: 'jobs', id: req.id, results, unknownTerms: seeker.unknown_terms, softTerms: seeker.soft_terms, readings: seeker.readings, ms: now() - t0 };
    } catch (e) {
      return { type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) };
    }
  };
}
