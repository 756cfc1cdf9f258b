/**
 * bench wages: latency of the 工资价位 page in headless Chromium, measured inside the page from
 * the input event to the next frame after the table shows the new view:
 * - filter changes (region × level) within a year the page holds in memory, and first views of an
 *   industry (each a DuckDB-wasm query), against the baseline of switching back to the whole
 *   prefecture in the same session;
 * - search keystrokes (typing occupation names and pinyin letter by letter).
 * Measures whatever release build/ was made from: publish scale 10 into static/data and rebuild
 * to measure scale 10.
 */
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt } from './report';

/**
 * Runs in the page: change a select, and time until the table title names the new view and rows
 * are in the table, observed by a MutationObserver (not by animation frames, which would round
 * every measurement up to the next vsync).
 */
const FILTER_SCRIPT = `async (steps) => {
  const selects = [...document.querySelectorAll('form select')];
  const main = document.querySelector('main');
  const done = (expect) => document.querySelector('[data-testid="wage-title"]').textContent.includes(expect)
    && document.querySelector('[data-query-state="ready"] [data-testid="wage-table"] tbody tr');
  const out = [];
  for (const [sel, value, expect] of steps) {
    const t0 = performance.now();
    const finished = new Promise((resolve) => {
      const mo = new MutationObserver(() => { if (done(expect)) { mo.disconnect(); resolve(performance.now()); } });
      mo.observe(main, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 10000);
    });
    const seen = performance.getEntriesByName('engine:wages.table').length;
    const el = selects[sel];
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    const total = (await finished) - t0;
    const query = performance.getEntriesByName('engine:wages.table').slice(seen).reduce((s, m) => s + m.duration, 0);
    out.push([total, query]);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}`;

/** Per keystroke: input event → table DOM updated (MutationObserver), and → next frame. */
const SEARCH_SCRIPT = `async (words) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const input = document.querySelector('input[type="search"]');
  const table = document.querySelector('main');
  const out = [];
  for (const w of words) {
    for (let i = 1; i <= w.length; i++) {
      let dom = null;
      const mo = new MutationObserver(() => { if (dom === null) dom = performance.now(); });
      mo.observe(table, { childList: true, subtree: true, characterData: true });
      const t0 = performance.now();
      input.value = w.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      const settled = performance.now();
      await frame();
      mo.disconnect();
      out.push([(dom ?? settled) - t0, settled - t0, performance.now() - t0]);
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
  }
  return out;
}`;

export async function run(): Promise<void> {
  if (!existsSync('build/wages/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/wages/`);
  // The engine starts on the reader's first intent: focus a filter, as a reader would; the
  // warm-up below then waits for its first result.
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  await page.focus('form select');

  const options = await page.evaluate(`[...document.querySelectorAll('form select')[1].options].map((o) => [o.value, o.textContent])`) as [string, string][];
  const levels = [['4', '高级工（三级）'], ['2', '初级工（五级）'], ['', '全部等级']];
  const steps: [number, string, string][] = [];
  const baseline: [number, string, string][] = [];
  // every step changes something: a region, then its levels in turn
  for (const [code, label] of options.slice(1, 9)) {
    steps.push([1, code, label!]);
    for (const [lv, lvLabel] of levels) steps.push([3, lv, lvLabel]);
    baseline.push([1, manifest.prefecture.code, manifest.prefecture.name]);
  }
  // Warm up: the engine's first query attaches the dataset; after this first change the page
  // loads the whole year in the background (wages.year). Wait for that, as a reader would.
  await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify([[3, '5', '技师（二级）'], [3, '', '全部等级']])})`);
  const yearLoads = () => page.evaluate(`performance.getEntriesByName('engine:wages.year').length`) as Promise<number>;
  await page.waitForFunction(`performance.getEntriesByName('engine:wages.year').length > 0`, undefined, { timeout: 60_000 });
  const yearMs = (await page.evaluate(`performance.getEntriesByName('engine:wages.year')[0].duration`)) as number;

  const measured = (await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify(steps)})`)) as [number, number][];
  const filter = measured.map((m) => m[0]);
  const query = measured.filter((m) => !Number.isNaN(m[0])).map((m) => m[1]);
  const reset = [[3, '', '全部等级'] as [number, string, string]];
  await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify(reset)})`);
  const base0 = ((await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify(baseline.flatMap((b, i) => [[1, options[1 + i][0], options[1 + i][1]], b]))})`)) as [number, number][]).map((m) => m[0]);
  const prerendered = base0.filter((_, i) => i % 2 === 1);

  // Views outside the loaded year: each industry's first view is a DuckDB-wasm query. Between
  // steps the bench waits for the background load of that industry's year, as a reader would.
  const industries = (await page.evaluate(`[...document.querySelectorAll('form select')[2].options].slice(1).map((o) => [o.value, o.textContent.split(' ').slice(1).join(' ')])`)) as [string, string][];
  const queried: number[] = [];
  const queriedSql: number[] = [];
  for (const [code, label] of industries.slice(0, 12)) {
    const before = await yearLoads();
    const [[total, sql]] = (await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify([[2, code, label]])})`)) as [number, number][];
    if (Number.isNaN(total)) continue; // no cells at all for this industry: the page says so
    queried.push(total);
    queriedSql.push(sql);
    await page.waitForFunction(`performance.getEntriesByName('engine:wages.year').length > ${before}`, undefined, { timeout: 30_000 }).catch(() => {});
  }
  await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify([[2, '', '全部行业']])})`);

  const keys = (await page.evaluate(`(${SEARCH_SCRIPT})(${JSON.stringify(['焊工', 'hangong', 'hg', 'shukongchegong', '中式烹调师', '6-18-02', 'diangong'])})`)) as [number, number, number][];

  const wageRows = manifest.datasets.wage_prices?.rows ?? 0;
  console.log(`bench wages on ${machine()}, Chromium ${browser.version()}, release with ${wageRows.toLocaleString('en')} wage cells`);
  const timedOut = filter.filter((x) => Number.isNaN(x)).length;
  if (timedOut) console.log(`  (${timedOut} filter changes showed no update within 10 s and are left out)`);
  console.log(`  whole year in memory (wages.year query + rows → objects, in the background): ${yearMs.toFixed(0)} ms`);
  console.log(`  filter change within a loaded year (region × level, answered in memory): ${fmt(filter.filter((x) => !Number.isNaN(x)))}   target p95 ≤ 50 ms (scale 1), ≤ 150 ms (scale 10)`);
  console.log(`    of which DuckDB-wasm queries: ${fmt(query)}`);
  console.log(`  first view of an industry (DuckDB-wasm query + render): ${fmt(queried)}`);
  console.log(`    of which the DuckDB-wasm query (queue + SQL + rows → objects): ${fmt(queriedSql)}`);
  console.log(`  baseline: back to the whole prefecture (no query): ${fmt(prerendered)}`);
  console.log(`  ratio: a queried view costs ${(median(queried) / median(prerendered)).toFixed(1)}× one answered in memory (medians)`);
  console.log(`  search keystroke, input → search done and DOM updated: ${fmt(keys.map((k) => k[1]))}   target ≤ 16 ms`);
  console.log(`  search keystroke, input → next animation frame (includes waiting for vsync): ${fmt(keys.map((k) => k[2]))}`);
  await browser.close();
  server.close();
}
