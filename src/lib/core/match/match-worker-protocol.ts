/**
 * Messages between the /match page and its Web Worker. The worker loads the datasets itself
 * (src/lib/match/load-datasets.ts) and builds the index (`init`), then answers one `match-*` per
 * query with the same `id`. Results carry the published rows they name (`people`, a ref seeker's
 * own row), so the page never holds the pool. Everything is structured-clone friendly.
 */
import type { PinyinReader } from '../terms';
import { buildMatchIndex, type MatchIndex } from './match-index';
import { normalizeJob, normalizeSeeker } from './normalize-query';
import { matchJobQuery, matchSeekerQuery, matchSeekerRef } from './score';
import type { CandidateResult, JobInput, JobResult, MatchData, MatchOptions, PoolRow, SeekerInput, TermNote } from './types';

export type MatchRequest =
  | { type: 'init'; id: number; data: MatchData }
  | { type: 'match-job'; id: number; job: JobInput | { job_id: string }; options?: MatchOptions }
  | { type: 'match-seeker'; id: number; seeker: SeekerInput | { ref: string }; options?: MatchOptions };

/** How typed terms were read: unknown ones, personal qualities (never scored), and readings worth saying. */
export interface TermsRead {
  unknownTerms: string[];
  softTerms: string[];
  readings: TermNote[];
}

export type MatchResponse =
  | { type: 'ready'; id: number; candidates: number; jobs: number; ms: number }
  | ({ type: 'candidates'; id: number; results: CandidateResult[]; people: PoolRow[]; ms: number } & TermsRead)
  | ({ type: 'jobs'; id: number; results: JobResult[]; seeker: PoolRow | null; ms: number } & TermsRead)
  | { type: 'error'; id: number; message: string };

export interface MatchHandler {
  (req: MatchRequest): MatchResponse;
  /** Lets typed terms be read through same-pinyin typos from now on (the worker loads pinyin-pro on demand). */
  usePinyin(reader: PinyinReader): void;
  readonly readsTypos: boolean;
}

const NOTHING_READ: TermsRead = { unknownTerms: [], softTerms: [], readings: [] };

/**
 * The worker's whole logic, without the worker: `self.onmessage = (e) => self.postMessage(handle(e.data))`.
 * Pure apart from timing, so the tests drive it directly.
 */
export function createMatchHandler(now: () => number = () => performance.now()): MatchHandler {
  let index: MatchIndex | null = null;
  let rows = new Map<string, PoolRow>();
  let pinyin: PinyinReader | null = null;
  const handle = ((req: MatchRequest): MatchResponse => {
    const t0 = now();
    try {
      if (req.type === 'init') {
        index = buildMatchIndex(req.data, pinyin);
        rows = new Map(req.data.pool.map((r) => [r.ref, r]));
        return { type: 'ready', id: req.id, candidates: index.candidates.n, jobs: index.jobs.length, ms: now() - t0 };
      }
      if (!index) return { type: 'error', id: req.id, message: '匹配数据尚未加载' };
      if (req.type === 'match-job') {
        const byId = 'occupation_code' in req.job ? null : index.jobById.get(req.job.job_id);
        if (!('occupation_code' in req.job) && !byId) return { type: 'error', id: req.id, message: `未找到岗位 ${req.job.job_id}` };
        const query = byId ? byId.query : normalizeJob(index.catalogue, req.job as JobInput);
        const results = matchJobQuery(index, query, req.options);
        const people = results.flatMap((r) => rows.get(r.ref) ?? []);
        return { type: 'candidates', id: req.id, results, people, unknownTerms: query.unknown_terms, softTerms: query.soft_terms, readings: query.readings, ms: now() - t0 };
      }
      if (!('occupation_code' in req.seeker)) {
        const results = matchSeekerRef(index, req.seeker.ref, req.options);
        if (!results) return { type: 'error', id: req.id, message: `本期人才库中没有编号 ${req.seeker.ref}（编号每期发布时重新生成）` };
        return { type: 'jobs', id: req.id, results, seeker: rows.get(req.seeker.ref) ?? null, ...NOTHING_READ, ms: now() - t0 };
      }
      const seeker = normalizeSeeker(index.catalogue, req.seeker);
      const results = matchSeekerQuery(index, seeker, req.options);
      return { type: 'jobs', id: req.id, results, seeker: null, unknownTerms: seeker.unknown_terms, softTerms: seeker.soft_terms, readings: seeker.readings, ms: now() - t0 };
    } catch (e) {
      return { type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) };
    }
  }) as MatchHandler;
  handle.usePinyin = (reader) => {
    pinyin = reader;
    index?.catalogue.skills.usePinyin(reader);
  };
  Object.defineProperty(handle, 'readsTypos', { get: () => pinyin !== null });
  return handle;
}
