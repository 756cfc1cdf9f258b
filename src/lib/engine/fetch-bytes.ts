/** Dataset downloads: which file a loader reads, the download with progress, and the error a reader sees when it fails. */
import type { Manifest } from '../core/manifest';

export type Loader = 'duckdb' | 'parquet';

/** The published file of dataset `name` that `loader` reads, or null when it was not published. */
export function datasetFile(manifest: Manifest, loader: Loader, name: string): string | null {
  const d = manifest.datasets[name];
  if (!d) return null;
  return loader === 'duckdb' && d.database ? d.database.file : d.file;
}

export interface LoadProgress {
  phase: 'engine' | 'data';
  /** Bytes received so far and expected (when the server says). */
  loaded: number;
  total: number | null;
  label: string;
}

export async function fetchBytes(url: string, label: string, onProgress: (p: LoadProgress) => void): Promise<Uint8Array> {
  const res = await fetch(url).catch(() => null);
  // Dataset names carry their content hash: a missing one was replaced by a newer release.
  if (res?.status === 404) throw new Error(`数据 ${label} 已被新的发布取代，请刷新页面`);
  if (!res?.ok || !res.body) throw new Error(`数据 ${label} 下载失败（${res ? `HTTP ${res.status}` : '网络错误'}）`);
  const total = Number(res.headers.get('content-length')) || null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new Error(`数据 ${label} 下载中断（网络错误）`);
    });
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress({ phase: 'data', loaded, total, label });
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
