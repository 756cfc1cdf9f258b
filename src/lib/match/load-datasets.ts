/**
 * The matcher worker's own loading (runs in the worker, never on the page's thread): it fetches
 * the published Parquet files of the datasets the matcher reads and the county boundaries, decodes
 * only the columns the matcher reads (core/queries/match.ts: never the display name) with
 * hyparquet, and reports progress in bytes. The matcher needs no SQL, so the page does not wait
 * for the DuckDB engine (5.8 MB of wasm) to rank anyone; the engine, which only the wage
 * references need, starts on the reader's first intent.
 */
import { decompress } from 'fzstd';
import { parquetReadObjects } from 'hyparquet';
import type { Topology } from 'topojson-specification';
import type { Manifest } from '../core/manifest';
import { countyAdjacency, type MatchData } from '../core/match';
import { MATCH_DATASETS, matchFiles, presentColumns, type MatchDatasetKey } from '../core/queries/match';
import { fetchBytes } from '../engine/fetch-bytes';

export interface LoadProgress {
  /** Bytes received so far, and the release's sizes of every file to fetch. */
  loaded: number;
  total: number;
}

/** The publisher writes ZSTD Parquet (docs/architecture.md); nothing else needs decoding here. */
const COMPRESSORS = { ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength)) };

/** A dataset the matcher cannot do without; the others (the pool, jobs, groups) may be unpublished. */
const REQUIRED: MatchDatasetKey[] = ['skills', 'certificates', 'occupations', 'regions'];

export class MissingDatasetError extends Error {}

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v === undefined ? null : v);

/** Rows of one dataset with exactly the matcher's columns (an optional one missing from the release reads as null). */
async function rows(bytes: ArrayBuffer, columns: readonly string[], optional: readonly string[]): Promise<Record<string, unknown>[]> {
  const read = (await parquetReadObjects({ file: bytes, columns: [...columns, ...optional], compressors: COMPRESSORS })) as Record<string, unknown>[];
  const all = [...columns, ...optional];
  for (const r of read) for (const c of all) r[c] = plain(r[c]);
  return read;
}

/** Fetches and decodes what the matcher reads; `missing` lists the optional datasets not published. */
export async function loadMatchDatasets(manifest: Manifest, dataUrl: string, onProgress: (p: LoadProgress) => void): Promise<{ data: MatchData; missing: string[] }> {
  const absent = REQUIRED.filter((k) => !(MATCH_DATASETS[k].dataset in manifest.datasets)).map((k) => MATCH_DATASETS[k].dataset);
  if (absent.length) throw new MissingDatasetError(`未发布 ${absent.join('、')}，无法匹配`);
  const keys = (Object.keys(MATCH_DATASETS) as MatchDatasetKey[]).filter((k) => MATCH_DATASETS[k].dataset in manifest.datasets);
  const total = matchFiles(manifest).reduce((s, f) => s + f.bytes, 0);
  // each file reports its own bytes so far; the sum over files is the progress
  const perFile = new Map<string, number>();
  const onBytes = (p: { loaded: number; label: string }) => {
    perFile.set(p.label, p.loaded);
    let loaded = 0;
    for (const n of perFile.values()) loaded += n;
    onProgress({ loaded: Math.min(loaded, total), total });
  };
  const topology = manifest.topology
    ? fetchBytes(`${dataUrl}/${manifest.topology.file}`, '县界', onBytes).then((b) => countyAdjacency(JSON.parse(new TextDecoder().decode(b)) as Topology, manifest.topology!.object))
    : Promise.resolve(undefined);
  const decoded = await Promise.all(
    keys.map(async (k) => {
      const d = MATCH_DATASETS[k];
      const bytes = await fetchBytes(`${dataUrl}/${manifest.datasets[d.dataset].file}`, d.dataset, onBytes);
      return [k, await rows(bytes.buffer as ArrayBuffer, d.columns, presentColumns(manifest, d))] as const;
    })
  );
  const got = Object.fromEntries(decoded) as Partial<Record<MatchDatasetKey, Record<string, unknown>[]>>;
  const list = <T>(k: MatchDatasetKey) => (got[k] ?? []) as unknown as T[];
  return {
    missing: (['pool', 'jobs'] as const).filter((k) => !got[k]).map((k) => MATCH_DATASETS[k].dataset),
    data: {
      pool: list('pool'),
      jobs: list('jobs'),
      skills: list('skills'),
      certificates: list('certificates'),
      occupations: list('occupations'),
      occupationGroups: list('occupationGroups'),
      regions: list('regions'),
      adjacency: await topology
    }
  };
}
