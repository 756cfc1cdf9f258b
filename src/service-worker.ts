/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Repeat and offline visits (docs/architecture.md, "Repeat and offline visits").
 *
 * Nothing is fetched at install: a reader who only reads must not download the engine or the
 * datasets because a service worker exists. What a page uses is kept as it is used:
 * - content-hashed files (app code, the DuckDB wasm, datasets) are answered from the cache once
 *   there, passed through untouched (same body, same headers, so wasm still compiles streaming);
 * - pages, page data and the manifest go to the network first; only when the server cannot be
 *   reached does the cache answer, and the page is told so, because the copy may be an older
 *   release.
 */
import { base, build, files, version } from '$service-worker';
import { IMMUTABLE_CACHE as IMMUTABLE, cacheRule, superseded } from './lib/offline/cache-policy';
import { ASK_SERVED, SERVED, type ServedMessage } from './lib/offline/protocol';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Content-hashed files (IMMUTABLE) survive app updates: their names change when their bytes do.
/** Pages and page data of this app version; an update starts a new one. */
const PAGES = `skillatlas-pages-${version}`;
/** A page waits this long for a server that does not answer before the saved copy is shown. */
const NETWORK_TIMEOUT_MS = 4000;

/** Clients whose page or data came from the cache, with when that copy was saved. */
const servedFromCache = new Map<string, string | null>();

sw.addEventListener('install', () => {
  sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await sw.registration.navigationPreload?.enable();
      for (const name of await caches.keys()) if (name !== IMMUTABLE && name !== PAGES) await caches.delete(name);
      const current = new Set([...build, ...files]);
      const cache = await caches.open(IMMUTABLE);
      for (const req of await cache.keys()) {
        const path = new URL(req.url).pathname;
        if (superseded([path], current).length) await cache.delete(req);
      }
      await sw.clients.claim();
    })()
  );
});

sw.addEventListener('message', (event) => {
  if (event.data?.type !== ASK_SERVED || !(event.source instanceof Client)) return;
  const id = event.source.id;
  const reply: ServedMessage = { type: SERVED, fromCache: servedFromCache.has(id), savedAt: servedFromCache.get(id) ?? null };
  event.source.postMessage(reply);
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const rule = cacheRule({ method: request.method, url, origin: sw.location.origin, base, hasRange: request.headers.has('range') });
  if (rule === 'network-only') return;
  if (rule === 'immutable') event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(event));
});

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(IMMUTABLE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && res.status === 200) await cache.put(request, res.clone());
  return res;
}

async function networkFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await caches.open(PAGES);
  try {
    const res = await withTimeout(fromNetwork(event), await cache.match(request) ? NETWORK_TIMEOUT_MS : null);
    if (res.ok && res.status === 200) event.waitUntil(cache.put(request, res.clone()));
    const client = event.resultingClientId || event.clientId;
    if (request.mode === 'navigate' && client) servedFromCache.delete(client);
    return res;
  } catch (error) {
    const hit = await cache.match(request);
    if (!hit) {
      if (request.mode === 'navigate') return notSaved();
      throw error;
    }
    const savedAt = dateOf(hit);
    if (request.mode === 'navigate') {
      if (event.resultingClientId) servedFromCache.set(event.resultingClientId, savedAt);
    } else if (event.clientId) {
      servedFromCache.set(event.clientId, savedAt);
      const client = await sw.clients.get(event.clientId);
      client?.postMessage({ type: SERVED, fromCache: true, savedAt } satisfies ServedMessage);
    }
    return hit;
  }
}

async function fromNetwork(event: FetchEvent): Promise<Response> {
  const preloaded = event.request.mode === 'navigate' ? ((await event.preloadResponse) as Response | undefined) : undefined;
  return preloaded ?? fetch(event.request);
}

/** Rejects after `ms` (when there is a saved copy to fall back on); null waits as long as it takes. */
function withTimeout<T>(p: Promise<T>, ms: number | null): Promise<T> {
  if (ms === null) return p;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e))
    );
  });
}

/** A page never opened before, with the server out of reach. */
function notSaved(): Response {
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>无法连接 · SkillAtlas</title><body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6">
<h1>暂时无法连接服务器</h1><p>这个页面此前没有在本设备上打开过，因此没有保存的副本。请检查网络后重试；已打开过的页面在离线时仍可阅读。</p>
<p><a href="${base}/">返回首页</a></p></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

function dateOf(res: Response): string | null {
  const d = res.headers.get('date');
  const t = d ? Date.parse(d) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
