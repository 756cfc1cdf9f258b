/**
 * Which cache rule a request falls under, shared by the service worker, the local server and the
 * nginx example in docs/deploy.md. Pure: no DOM, no service-worker globals.
 */
import { MANIFEST_FILE } from '../core/manifest';

/** The service worker's cache of content-hashed files (app code, the wasm, datasets). */
export const IMMUTABLE_CACHE = 'skillatlas-immutable-v1';

/** Vite's immutable assets and the publisher's `name.<10 hex>.ext` files never change. */
export const isContentHashed = (path: string): boolean =>
  path.includes('/_app/immutable/') || /\.[0-9a-f]{10}\.(parquet|duckdb|csv|json|topo\.json)$/.test(path);

/**
 * - `immutable`: content-hashed; served from the cache when present, stored on first use.
 * - `network-first`: pages, page data and the manifest; the cache answers only when the server
 *   cannot, and the page is told so (it may be an older release).
 * - `network-only`: anything the cache must not answer: other origins, non-GET, byte ranges, the
 *   service worker itself, and the two files that say which release and app version are current
 *   (`data/manifest.json`, `_app/version.json`), so a page asking them never gets an old answer.
 */
export type CacheRule = 'immutable' | 'network-first' | 'network-only';

export interface RequestFacts {
  method: string;
  url: URL;
  /** The site's own origin. */
  origin: string;
  /** `paths.base` ('' or '/skills'). */
  base: string;
  hasRange: boolean;
}

const ALWAYS_NETWORK = new Set(['/service-worker.js', `/data/${MANIFEST_FILE}`, '/_app/version.json']);

export function cacheRule({ method, url, origin, base, hasRange }: RequestFacts): CacheRule {
  if (method !== 'GET' || url.origin !== origin || hasRange) return 'network-only';
  if (!url.pathname.startsWith(`${base}/`) || ALWAYS_NETWORK.has(url.pathname.slice(base.length))) return 'network-only';
  return isContentHashed(url.pathname) ? 'immutable' : 'network-first';
}

/**
 * The content-hashed entries a cache may drop: those the current build and release no longer
 * name. `current` holds the paths of this build's assets and static files.
 */
export const superseded = (cachedPaths: readonly string[], current: ReadonlySet<string>): string[] =>
  cachedPaths.filter((p) => isContentHashed(p) && !current.has(p));
