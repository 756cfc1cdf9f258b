/**
 * bench load: opens the built overview page in headless Chromium several times with the cache
 * disabled and measures, from navigation start,
 * - the first wage table from the prerendered HTML,
 * - the engine ready (DuckDB-wasm instantiated),
 * - the first result of a query run by the engine (the same table, recomputed in the browser),
 * plus the bytes transferred by type. The engine-rendered table is what a page without
 * prerendering would show first, so its time is the "prerendering off" baseline; the ratio of
 * the two is printed. Both dataset loaders run in the same session: DuckDB files (default) and
 * Parquet decoded in JavaScript (?loader=parquet).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';

const RUNS = 5;

interface Run {
  tableFromHtml: number;
  engineReady: number;
  engineResult: number;
  bytes: Record<string, number>;
}

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

function kind(url: string, shell: Set<string>): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (/\/data\/.+\.(duckdb|parquet)$/.test(path)) return 'data';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.css') || path.endsWith('.html') || path.endsWith('/')) return 'shell';
  if (path.endsWith('.js')) return [...shell].some((f) => path.endsWith(f)) ? 'shell' : 'engine-js';
  return 'other';
}

/** Records when each milestone first appears (page clock, ms from navigation start). A string,
 * because tsx decorates compiled functions with helpers that do not exist in the page. */
const PROBE = `(() => {
  const tick = () => {
    if (!window.__table && document.querySelector('[data-testid="level-medians"] tbody tr')) window.__table = performance.now();
    const status = document.querySelector('[data-testid="engine-status"]')?.getAttribute('data-status');
    if (!window.__ready && status === 'ready') window.__ready = performance.now();
    if (!window.__result && document.querySelector('[data-testid="overview"][data-source="engine"]')) window.__result = performance.now();
    if (!window.__result) requestAnimationFrame(tick);
  };
  tick();
  document.addEventListener('readystatechange', tick);
})()`;

async function measure(page: Page, cdp: CDPSession, url: string, shell: Set<string>): Promise<Run> {
  const bytes: Record<string, number> = {};
  const urls = new Map<string, string>();
  const onResponse = (e: { requestId: string; response: { url: string } }) => urls.set(e.requestId, e.response.url);
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    const u = urls.get(e.requestId);
    if (!u) return;
    const k = kind(u, shell);
    bytes[k] = (bytes[k] ?? 0) + e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto(url);
  await page.waitForFunction('window.__result', null, { timeout: 60_000 });
  const t = (await page.evaluate('({ table: window.__table, ready: window.__ready, result: window.__result })')) as { table: number; ready: number; result: number };
  await page.waitForLoadState('networkidle');
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { tableFromHtml: t.table, engineReady: t.ready, engineResult: t.result, bytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function run(): Promise<void> {
  if (!existsSync('build/index.html')) throw new Error('build/ is missing: run npm run build first');
  if (!readdirSync('build/_app/immutable/assets').some((f) => f.endsWith('.wasm.br')))
    throw new Error('build/ has no precompressed files: run npm run build (not vite build) first');
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const shell = shellScripts();
  console.log(`bench load on ${machine()}, Chromium ${browser.version()}, ${RUNS} runs per loader, cache disabled, loopback`);
  const results: Record<string, Run[]> = {};
  for (const loader of ['duckdb', 'parquet']) {
    results[loader] = [];
    for (let i = 0; i < RUNS; i++) {
      // the probes are evaluated strings, which the site's CSP (rightly) forbids
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.addInitScript(PROBE);
      const r = await measure(page, cdp, `${base}/${loader === 'parquet' ? '?loader=parquet' : ''}`, shell);
      results[loader].push(r);
      console.log(
        `  ${loader.padEnd(7)} run ${i + 1}: table from HTML ${r.tableFromHtml.toFixed(0)} ms · engine ready ${r.engineReady.toFixed(0)} ms · first engine result ${r.engineResult.toFixed(0)} ms · ` +
          Object.entries(r.bytes).map(([k, v]) => `${k} ${kb(v)}`).join(', ')
      );
      await context.close();
    }
  }
  console.log('\nmedians');
  for (const [loader, runs] of Object.entries(results)) {
    const m = (f: (r: Run) => number) => median(runs.map(f));
    const types = [...new Set(runs.flatMap((r) => Object.keys(r.bytes)))].sort();
    console.log(
      `  ${loader.padEnd(7)} table from HTML ${m((r) => r.tableFromHtml).toFixed(0)} ms · engine ready ${m((r) => r.engineReady).toFixed(0)} ms · ` +
        `first engine result ${m((r) => r.engineResult).toFixed(0)} ms (engine ready → result ${m((r) => r.engineResult - r.engineReady).toFixed(0)} ms)`
    );
    console.log(`          transferred: ${types.map((k) => `${k} ${kb(m((r) => r.bytes[k] ?? 0))}`).join(' · ')}`);
  }
  const d = results.duckdb;
  const html = median(d.map((r) => r.tableFromHtml));
  const engine = median(d.map((r) => r.engineResult));
  console.log(`\n  prerendered table vs. engine-rendered table (prerendering off): ${(engine / html).toFixed(1)}× sooner from HTML`);
  console.log(`  app shell (HTML + CSS + JS without the engine), brotli on the wire: ${kb(median(d.map((r) => r.bytes.shell ?? 0)))}`);
  // The DuckDB worker fetches the wasm itself, outside the page's network log: sizes from disk.
  const wasm = readdirSync('build/_app/immutable/assets').filter((f) => /^duckdb-eh\..*\.wasm(\.br)?$/.test(f));
  for (const f of wasm) console.log(`  engine wasm ${f.endsWith('.br') ? '(brotli, as sent)' : '(raw)'}: ${kb(statSync(join('build/_app/immutable/assets', f)).size)}`);
  await browser.close();
  server.close();
}
