/**
 * bench load: what a reader pays, cold (fresh context, cache disabled, loopback):
 * - **before the first interaction**, on every interactive page (the overview, /wages/, one occupation
 *   page, /talent/, /competitions/, /pool/, /match/): every
 *   byte the page loads until the network is idle, by kind, on the wire (Chromium sends no
 *   `br` over plain HTTP, so gzip) and as brotli (the `.br` files a production server sends for
 *   the same URLs). None may be the engine's wasm or a dataset. What a Web Worker fetches (the
 *   /match matcher's datasets) is taken from the context's requests, as brotli on both counts.
 * - **first interaction → first engine result** on /wages/: from the reader's first sign of
 *   intent (pointer down on the region filter, then choosing a county at once: no think time)
 *   until the table shows that county from the engine; with the engine-ready time and the data
 *   loaded. Both dataset loaders run in the same session: DuckDB files (default) and Parquet
 *   decoded in JavaScript (?loader=parquet).
 * - **a repeat visit**: the same interaction on /wages/ after an earlier visit that used the
 *   engine, with the service worker's cache (HTTP cache on), once at once after load (the engine
 *   starts from the cache on the interaction) and once after the page was idle (it started from
 *   the cache by itself, offline/warm-start.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { kb } from './report';

const RUNS = 5;
const READ_RUNS = 3;
const READ_PAGES = ['/', '/wages/', '/wages/6-18-02-04/', '/talent/', '/competitions/', '/pool/', '/match/', '/careers/', '/careers/6-18-02-04/', '/certification/', '/training/', '/schools/', '/schools/SC01/', '/shortage/'];

/** JS that is not statically imported by an entry is loaded lazily (the engine and its helpers). */
function shellScripts(): Set<string> {
  const m = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string; imports?: string[]; isEntry?: boolean; css?: string[] }>;
  const shell = new Set<string>();
  const visit = (k: string) => {
    const e = m[k];
    if (!e || shell.has(e.file)) return;
    shell.add(e.file);
    e.css?.forEach((c) => shell.add(c));
    e.imports?.forEach(visit);
  };
  Object.entries(m).filter(([, e]) => e.isEntry).forEach(([k]) => visit(k));
  return shell;
}

function kind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (/\/data\/.+\.(duckdb|parquet)$/.test(path)) return 'data';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'other';
}

/** The brotli size a production server would send for this URL (build/<path>.br), else the raw size. */
function brotliSize(url: string): number {
  let path = join('build', decodeURIComponent(new URL(url).pathname));
  if (path.endsWith('/')) path = join(path, 'index.html');
  if (existsSync(`${path}.br`)) return statSync(`${path}.br`).size;
  return existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0;
}

interface Traffic {
  wire: Record<string, number>;
  brotli: Record<string, number>;
  urls: string[];
  /** Answered by the service worker (from its cache or its own fetch). */
  viaServiceWorker: string[];
}

/** Records what a page loads through CDP (the page and its workers' main-thread fetches). */
function record(cdp: CDPSession): { stop: () => Traffic } {
  const t: Traffic = { wire: {}, brotli: {}, urls: [], viaServiceWorker: [] };
  const urls = new Map<string, string>();
  const onResponse = (e: { requestId: string; response: { url: string; fromServiceWorker?: boolean } }) => {
    urls.set(e.requestId, e.response.url);
    if (e.response.fromServiceWorker) t.viaServiceWorker.push(e.response.url);
  };
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    const u = urls.get(e.requestId);
    if (!u || u.startsWith('data:')) return;
    const k = kind(u);
    t.urls.push(u);
    t.wire[k] = (t.wire[k] ?? 0) + e.encodedDataLength;
    t.brotli[k] = (t.brotli[k] ?? 0) + brotliSize(u);
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  return {
    stop: () => {
      cdp.off('Network.responseReceived', onResponse);
      cdp.off('Network.loadingFinished', onFinished);
      return t;
    }
  };
}

async function coldPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  // the probes are evaluated strings, which the site's CSP (rightly) forbids
  const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { page, cdp, close: () => context.close() };
}

const total = (r: Record<string, number>) => Object.values(r).reduce((s, x) => s + x, 0);

/** Page clock: the first pointer down on the region filter, then the first time the table is ready for the county. */
const INTERACT = `async (county) => {
  const select = document.querySelectorAll('form select')[1];
  const t0 = performance.now();
  select.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  select.focus();
  select.value = county[0];
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => {
    const done = () => document.querySelector('[data-testid="wage-title"]')?.textContent.includes(county[1]) && document.querySelector('[data-query-state="ready"] [data-testid="wage-table"] tbody tr');
    const tick = () => (done() ? resolve() : requestAnimationFrame(tick));
    tick();
  });
  const t1 = performance.now();
  const engine = performance.getEntriesByName('engine:wages.table')[0];
  return { total: t1 - t0, query: engine ? engine.duration : NaN, queryStart: engine ? engine.startTime - t0 : NaN };
}`;

export async function run(args: string[] = []): Promise<void> {
  /** `read`: only what each page costs before the first interaction; `--pages /a/,/b/`: those pages. */
  const readOnly = args.includes('read');
  const pages = args.includes('--pages') ? args[args.indexOf('--pages') + 1].split(',') : READ_PAGES;
  if (!existsSync('build/index.html')) throw new Error('build/ is missing: run npm run build first');
  if (!readdirSync('build/_app/immutable/assets').some((f) => f.endsWith('.wasm.br')))
    throw new Error('build/ has no precompressed files: run npm run build (not vite build) first');
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const shell = shellScripts();
  console.log(`bench load on ${machine()}, Chromium ${browser.version()}, cache disabled, loopback`);

  console.log(`\nbefore the first interaction (${READ_RUNS} cold runs each; no interaction, until the network is idle)`);
  for (const path of pages) {
    const runs: Traffic[] = [];
    for (let i = 0; i < READ_RUNS; i++) {
      const { page, cdp, close } = await coldPage(browser);
      const rec = record(cdp);
      // the page's CDP session does not see what a Web Worker fetches (the matcher's datasets): the context does
      const seen: string[] = [];
      page.context().on('requestfinished', (r) => seen.push(r.url()));
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const t = rec.stop();
      // once per URL: a request the service worker passes on is reported twice
      for (const u of new Set(seen.filter((u) => /^https?:/.test(u) && !t.urls.includes(u)))) {
        const k = kind(u);
        t.urls.push(u);
        t.brotli[k] = (t.brotli[k] ?? 0) + brotliSize(u);
        t.wire[k] = (t.wire[k] ?? 0) + brotliSize(u);
      }
      runs.push(t);
      await close();
    }
    const r = runs[0];
    const heavy = [...new Set(runs.flatMap((x) => x.urls.filter((u) => ['wasm', 'data'].includes(kind(u)))).map((u) => new URL(u).pathname))];
    const lazyJs = r.urls.filter((u) => kind(u) === 'js' && ![...shell].some((f) => u.endsWith(f)));
    console.log(
      `  ${path.padEnd(20)} brotli ${kb(median(runs.map((x) => total(x.brotli))))} (${Object.entries(r.brotli).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}) · ` +
        `on the wire (gzip over http) ${kb(median(runs.map((x) => total(x.wire))))} · ${r.urls.length} requests · engine files: ${heavy.length ? heavy.join(' ') : 'none'}` +
        (lazyJs.length ? ` · lazy JS: ${lazyJs.length}` : '')
    );
  }
  if (readOnly) {
    await browser.close();
    server.close();
    return;
  }

  console.log(`\nfirst interaction → first engine result on /wages/ (${RUNS} cold runs per loader; pointer down on 地区 and a county chosen at once)`);
  const counties = [['532501', '个旧市'], ['532502', '开远市'], ['532503', '蒙自市'], ['532504', '弥勒市'], ['532523', '屏边苗族自治县']];
  const results: Record<string, { total: number; query: number; queryStart: number; data: number }[]> = {};
  for (const loader of ['duckdb', 'parquet']) {
    results[loader] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, cdp, close } = await coldPage(browser);
      await page.goto(`${base}/wages/${loader === 'parquet' ? '?loader=parquet' : ''}`);
      await page.waitForFunction('document.documentElement.classList.contains("js")');
      await page.waitForLoadState('networkidle');
      const rec = record(cdp);
      const county = counties[i % counties.length];
      const r = (await page.evaluate(`(${INTERACT})(${JSON.stringify(county)})`)) as { total: number; query: number; queryStart: number };
      const t = rec.stop();
      results[loader].push({ ...r, data: t.brotli.data ?? 0 });
      console.log(`  ${loader.padEnd(7)} run ${i + 1} (${county[1]}): ${r.total.toFixed(0)} ms · of which the query in the engine ${r.query.toFixed(0)} ms (asked at ${r.queryStart.toFixed(0)} ms) · data ${kb(t.brotli.data ?? 0)} brotli`);
      await close();
    }
  }
  // What a connection-aware idle prefetch would buy: the engine started before the interaction
  // (here by focusing another filter and waiting for the network to be idle), so the first
  // change is answered by a warm engine. It costs the wasm and the datasets before any intent.
  results['warm (prefetched)'] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, cdp, close } = await coldPage(browser);
    const rec = record(cdp);
    await page.goto(`${base}/wages/`);
    await page.waitForFunction('document.documentElement.classList.contains("js")');
    await page.focus('form select');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    const before = rec.stop();
    const county = counties[i % counties.length];
    const r = (await page.evaluate(`(${INTERACT})(${JSON.stringify(county)})`)) as { total: number; query: number; queryStart: number };
    results['warm (prefetched)'].push({ ...r, data: before.brotli.data ?? 0 });
    console.log(`  warm    run ${i + 1} (${county[1]}): ${r.total.toFixed(0)} ms · query ${r.query.toFixed(0)} ms · loaded before the interaction: ${kb(total(before.brotli))} brotli + the wasm`);
    await close();
  }
  for (const when of ['at once', 'after idle']) {
    const key = `repeat, ${when}`;
    results[key] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', serviceWorkers: 'allow' });
      const page = await context.newPage();
      await page.goto(`${base}/wages/`);
      await page.evaluate('navigator.serviceWorker.ready');
      await page.reload();
      await page.waitForFunction('document.documentElement.classList.contains("js")');
      await page.evaluate(`(${INTERACT})(${JSON.stringify(counties[(i + 1) % counties.length])})`);
      await page.waitForLoadState('networkidle');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const rec = record(cdp);
      await page.goto(`${base}/wages/`);
      await page.waitForFunction('document.documentElement.classList.contains("js")');
      if (when === 'after idle') {
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(2500);
      }
      const county = counties[i % counties.length];
      const r = (await page.evaluate(`(${INTERACT})(${JSON.stringify(county)})`)) as { total: number; query: number; queryStart: number };
      const t = rec.stop();
      results[key].push({ ...r, data: 0 });
      const heavy = t.urls.filter((u) => ['wasm', 'data'].includes(kind(u)));
      const fromServer = heavy.filter((u) => !t.viaServiceWorker.includes(u));
      console.log(`  ${key} run ${i + 1} (${county[1]}): ${r.total.toFixed(0)} ms · query ${r.query.toFixed(0)} ms · engine files answered by the service worker ${heavy.length - fromServer.length}, by the server: ${fromServer.length ? fromServer.join(' ') : 'none'}`);
      await context.close();
    }
  }
  console.log('\nmedians');
  for (const [loader, runs] of Object.entries(results)) {
    const target = loader.startsWith('repeat') ? 'target ≤ 500 ms (repeat visit)' : 'target ≤ 1,500 ms (cold, loopback)';
    console.log(`  ${loader.padEnd(7)} first interaction → first engine result ${median(runs.map((r) => r.total)).toFixed(0)} ms   ${target}`);
  }
  // The DuckDB worker fetches the wasm itself: its size from disk.
  const wasm = readdirSync('build/_app/immutable/assets').filter((f) => /^duckdb-eh\..*\.wasm(\.br)?$/.test(f));
  for (const f of wasm) console.log(`  engine wasm ${f.endsWith('.br') ? '(brotli, as sent)' : '(raw)'}: ${kb(statSync(join('build/_app/immutable/assets', f)).size)}`);
  await browser.close();
  server.close();
}
