/**
 * A repeat visit's engine start. When the service worker already holds the engine's wasm and
 * every dataset a page reads, starting the engine costs no byte of network, only a moment of a
 * background thread; doing it while the page is idle lets the reader's first filter be answered
 * at once. Never on a first visit, never a download, and not on devices short of memory.
 */
import { IMMUTABLE_CACHE } from './cache-policy';

/** Below this (GiB, `navigator.deviceMemory`) the engine waits for the reader's intent. */
export const WARM_START_MIN_MEMORY_GB = 4;

const ENGINE_WASM = /\/duckdb-(eh|mvp)\.[^/]+\.wasm$/;

/** True when the engine and these files (paths under the origin) can start from the cache alone. */
export async function engineCached(paths: readonly string[]): Promise<boolean> {
  if (typeof caches === 'undefined' || !navigator.serviceWorker?.controller) return false;
  const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  if (memory !== undefined && memory < WARM_START_MIN_MEMORY_GB) return false;
  const cached = new Set((await (await caches.open(IMMUTABLE_CACHE)).keys()).map((r) => new URL(r.url).pathname));
  return [...cached].some((p) => ENGINE_WASM.test(p)) && paths.every((p) => cached.has(p));
}

/** Calls `start` once the page is idle, if everything it needs is cached. Returns the cancel. */
export function warmStartWhenCached(paths: readonly string[], start: () => void): () => void {
  let cancelled = false;
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(() => {
    if (cancelled) return;
    engineCached(paths)
      .then((ok) => ok && !cancelled && start())
      .catch(() => {});
  });
  return () => (cancelled = true);
}
