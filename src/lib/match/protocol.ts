/**
 * Messages between the /match page's matcher client (matcher.svelte.ts) and its worker
 * (worker.ts): the core's match messages, plus `load`, after which the worker fetches and indexes
 * the datasets itself and reports progress.
 */
import type { Manifest } from '$lib/core/manifest';
import type { JobRow, MatchRequest, MatchResponse } from '$lib/core/match';

export type LoadPhase = 'download' | 'index';

export type WorkerRequest =
  | { type: 'load'; id: number; manifest: Manifest; dataUrl: string }
  | Extract<MatchRequest, { type: 'match-job' | 'match-seeker' }>;

export type WorkerResponse =
  | MatchResponse
  | { type: 'progress'; id: number; phase: LoadPhase; loaded: number; total: number }
  | {
      type: 'loaded';
      id: number;
      candidates: number;
      /** The open jobs, for the page's job picker and result cards. */
      jobs: JobRow[];
      names: { skills: [string, string][]; certificates: [string, string][] };
      /** Datasets not published, so one direction cannot run. */
      missing: string[];
      /** Fetching and decoding, and building the index (ms, in the worker). */
      loadMs: number;
      indexMs: number;
    };
