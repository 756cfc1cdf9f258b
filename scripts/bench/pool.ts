/**
 * bench pool: keystroke → results latency of the 人才库 page in headless Chromium, once the engine
 * is ready. Per keystroke the page resolves the text against the small vocabularies (occupations
 * with pinyin, skills, certificates) and runs one DuckDB-wasm query over the ~40k pool rows by ids.
 * Measured inside the page from the `input` event until a MutationObserver sees the list showing
 * the results for exactly the typed text. Baseline, in the same session: clearing the box, which
 * goes back to the prerendered first page with no query.
 * For comparison, the design the page avoids: fuse.js over every pool row (occupation, skill and
 * certificate names per person), run in Node (the same V8) on the same keystrokes.
 */
import { existsSync, readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { NodeEngine } from '../../src/lib/engine/node';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt } from './report';

/** Types each word letter by letter, waiting for each letter's results before the next one. */
const TYPE_SCRIPT = `async (words) => {
  const input = document.querySelector('#pool-q');
  const main = document.querySelector('main');
  const done = (q) => {
    const list = document.querySelector('[data-testid="pool-results"]');
    return list && list.dataset.q === q && list.closest('[data-query-state]')?.dataset.queryState === 'ready';
  };
  const step = (value) => {
    const t0 = performance.now();
    const finished = new Promise((resolve) => {
      const mo = new MutationObserver(() => { if (done(value.trim())) { mo.disconnect(); resolve(performance.now()); } });
      mo.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 10000);
    });
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (done(value.trim())) return Promise.resolve(performance.now() - t0);
    return finished.then((t) => t - t0);
  };
  const keys = [];
  const clears = [];
  for (const w of words) {
    const letters = [...w];
    for (let i = 1; i <= letters.length; i++) {
      const text = letters.slice(0, i).join('');
      keys.push([text, await step(text)]);
      await new Promise((r) => setTimeout(r, 30));
    }
    clears.push(await step(''));
    await new Promise((r) => setTimeout(r, 30));
  }
  return { keys, clears };
}`;

/** Per keystroke, ms: fuse.js over all pool rows, with names joined in, as a naive page would. */
async function fuseOverRows(words: readonly string[]): Promise<number[]> {
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const engine = await NodeEngine.open('build/data', manifest);
  const docs = await engine.run({
    name: 'bench.pool-docs',
    datasets: ['talent_pool', 'occupations', 'skills', 'certificates'],
    sql: `SELECT p.ref, any_value(o.name) AS occupation, any_value(o.aliases) AS aliases,
                 list_distinct(list(s.name)) AS skills, list_distinct(list(c.name)) AS certificates
          FROM talent_pool p LEFT JOIN occupations o ON o.code = p.occupation_code
          LEFT JOIN skills s ON list_contains(p.skills, s.skill_id)
          LEFT JOIN certificates c ON list_contains(p.certificates, c.cert_id)
          GROUP BY p.ref`,
    params: []
  });
  const fuse = new Fuse(docs, { keys: ['occupation', 'aliases', 'skills', 'certificates'], threshold: 0.3, ignoreLocation: true });
  const out: number[] = [];
  for (const w of words) {
    const letters = [...w];
    for (let i = 1; i <= letters.length; i++) {
      const t0 = performance.now();
      fuse.search(letters.slice(0, i).join(''));
      out.push(performance.now() - t0);
    }
  }
  return out;
}

export const WORDS = ['hg', 'hangong', '焊工', '电工', 'chegong', '氩弧焊', 'PLC', '电工证', 'zhongshi', '6-18'];

export async function run(): Promise<void> {
  if (!existsSync('build/pool/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(`${base}/pool/`);
  // the engine starts on the reader's first intent (focus in the search box), as a reader starts it
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  await page.focus('#pool-q');
  await page.waitForFunction(`performance.getEntriesByName('engine:instantiate').length > 0`, undefined, { timeout: 60_000 });
  // warm up: the first query attaches the pool's DuckDB file; that is a load cost, not a keystroke
  await page.evaluate(`(${TYPE_SCRIPT})(${JSON.stringify(['x'])})`);
  const { keys: typed, clears } = (await page.evaluate(`(${TYPE_SCRIPT})(${JSON.stringify(WORDS)})`)) as { keys: [string, number][]; clears: number[] };
  const keys = typed.map(([, ms]) => ms);
  const ok = keys.filter((x) => !Number.isNaN(x));
  console.log(`bench pool on ${machine()}, Chromium ${browser.version()}, pool of ${(manifest.datasets.talent_pool?.rows ?? 0).toLocaleString('en')} people`);
  if (ok.length < keys.length) console.log(`  (${keys.length - ok.length} keystrokes showed no results within 10 s and are left out)`);
  console.log(`  words typed letter by letter: ${WORDS.join(', ')}`);
  console.log(`  keystroke → results shown (resolve + DuckDB-wasm query + render): ${fmt(ok)}`);
  const slowest = [...typed].sort((a, b) => b[1] - a[1]).slice(0, 4);
  console.log(`  slowest keystrokes: ${slowest.map(([t, ms]) => `${t} ${ms.toFixed(0)} ms`).join(' · ')}`);
  console.log(`  baseline: clearing the box → prerendered first page (no query): ${fmt(clears)}`);
  console.log(`  ratio: a searched keystroke costs ${(median(ok) / median(clears)).toFixed(1)}× the prerendered view (medians)`);
  await browser.close();
  server.close();
  const naive = await fuseOverRows(WORDS);
  console.log(`  avoided design: fuse.js over all pool rows, search only (Node, no query, no render): ${fmt(naive)}`);
  console.log(`  ratio: fuse over the rows costs ${(median(naive) / median(ok)).toFixed(1)}× this page's whole keystroke (medians)`);
}
