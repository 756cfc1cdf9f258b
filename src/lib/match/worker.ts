/**
 * The matcher's Web Worker. It fetches and decodes the datasets itself (load-datasets.ts), builds
 * the index, and answers queries with the core's handler: the page's thread never holds a pool
 * row object nor waits for the pool. pinyin-pro is loaded only when a typed term reads as nothing
 * (it may be a same-pinyin typo, 电悍 for 电焊); the query is then read again.
 */
import { createMatchHandler, type MatchResponse } from '../core/match';
import { hasCjk } from '../core/terms/fold';
import { loadMatchDatasets } from './load-datasets';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse): void };
const handle = createMatchHandler();

async function load(req: Extract<WorkerRequest, { type: 'load' }>): Promise<WorkerResponse> {
  const t0 = performance.now();
  let last = 0;
  const { data, missing } = await loadMatchDatasets(req.manifest, req.dataUrl, ({ loaded, total }) => {
    // at most a message per percent: progress, not a flood of messages
    if (loaded - last < total / 100 && loaded < total) return;
    last = loaded;
    scope.postMessage({ type: 'progress', id: req.id, phase: 'download', loaded, total });
  });
  const loadMs = performance.now() - t0;
  scope.postMessage({ type: 'progress', id: req.id, phase: 'index', loaded: 0, total: data.pool.length });
  const ready = handle({ type: 'init', id: req.id, data });
  if (ready.type !== 'ready') return ready;
  return {
    type: 'loaded',
    id: req.id,
    candidates: ready.candidates,
    jobs: [...data.jobs],
    names: { skills: data.skills.map((s) => [s.skill_id, s.name]), certificates: data.certificates.map((c) => [c.cert_id, c.name]) },
    missing,
    loadMs,
    indexMs: ready.ms
  };
}

const mayBeTypos = (r: MatchResponse) => (r.type === 'candidates' || r.type === 'jobs') && r.unknownTerms.some(hasCjk);

let pinyin: Promise<void> | null = null;

async function answer(req: Exclude<WorkerRequest, { type: 'load' }>): Promise<WorkerResponse> {
  const first = handle(req);
  if (handle.readsTypos || !mayBeTypos(first)) return first;
  pinyin ??= import('../core/pinyin').then(({ pinyinReadings }) => handle.usePinyin(pinyinReadings));
  try {
    await pinyin;
  } catch {
    // without the reader the answer stands as it is (no typo read); a later query tries again
    pinyin = null;
    return first;
  }
  const again = handle(req);
  return again.type === 'error' || first.type === 'error' ? again : { ...again, ms: again.ms + first.ms };
}

scope.onmessage = (e) => {
  const req = e.data;
  (req.type === 'load' ? load(req) : answer(req))
    .catch((err: unknown): WorkerResponse => ({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) }))
    .then((res) => scope.postMessage(res));
};
