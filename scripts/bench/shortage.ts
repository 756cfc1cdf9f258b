/**
 * bench shortage: the 急需紧缺 page in headless Chromium, timed inside the page from the input
 * event until the page shows the new view (a MutationObserver on <main>):
 * - filter changes answered from the prerendered list and facts: period, status, a county on the
 *   map (table, summary, map and history redrawn);
 * - search keystrokes (an occupation typed letter by letter: the table narrows);
 * - opening an entry, until its open jobs are listed (a DuckDB-wasm query over jobs), once the
 *   engine is ready;
 * - baseline, same session: closing the entry (nothing recomputed but the page's layout).
 */
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt, pageWeight, settled } from './report';
import { stepsScript } from './steps';

/** Steps: [kind, selector, value, text <main> must show, URL part]; kind: select | click | type | open (an entry, until its jobs are listed). */
const STEPS_SCRIPT = stepsScript(
  `([kind, sel, value]) => {
    const el = document.querySelector(sel);
    if (kind === 'click' || kind === 'open') el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    else if (kind === 'type') { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }
    else { el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); }
  }`,
  `([kind, , , expect, url], main) => location.search.includes(url) && (!expect || main.textContent.includes(expect)) && !main.querySelector('[aria-busy="true"]')
    && (kind !== 'open' || document.querySelector('[data-query-state="ready"] [data-testid="entry-jobs"], [data-testid="entry-detail"] .unavailable'))`
);

export async function run(): Promise<void> {
  if (!existsSync('build/shortage/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(`${base}/shortage/`);
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  const run = async (steps: unknown[][]) => (await page.evaluate(`(${STEPS_SCRIPT})(${JSON.stringify(steps)})`)) as number[];

  type Step = [string, string, string, string, string];
  const periods = (await page.evaluate(`[...document.querySelector('form select').options].map((o) => o.value)`)) as string[];
  const counties = (await page.evaluate(`[...document.querySelectorAll('[data-testid="shortage-map"] path[data-code]')].map((p) => p.getAttribute('data-code'))`)) as string[];
  const filters: Step[] = [];
  for (const p of periods.slice(1, 9)) filters.push(['select', 'form select', p, '', `period=${p}`]);
  filters.push(['select', 'form select', periods[0], '', '']);
  for (const s of ['紧缺', '较紧缺', '关注', '']) filters.push(['select', 'form label:nth-child(2) select', s, '', s ? 'status=' : '']);
  for (const c of counties) filters.push(['click', `[data-testid="shortage-map"] path[data-code="${c}"]`, '', '', `county=${c}`]);
  filters.push(['click', `[data-testid="shortage-map"] path[data-code="${counties.at(-1)}"]`, '', '', '']);
  const changes = await run(filters);

  const keys: Step[] = [];
  for (const word of ['焊工', 'diangong', '养老护理员', 'chegong', '人工智能训练师']) {
    for (let i = 1; i <= word.length; i++) keys.push(['type', 'input[type="search"]', word.slice(0, i), '', '']);
    keys.push(['type', 'input[type="search"]', '', '', '']);
  }
  const typed = await run(keys);

  // opening entries: the first one starts the engine and downloads jobs (warm-up, reported apart)
  const entries = (await page.evaluate(`[...document.querySelectorAll('[data-testid="shortage-table"] tbody th a')].map((a) => new URL(a.href).search)`)) as string[];
  const opens: Step[] = entries.map((search) => ['open', `[data-testid="shortage-table"] tbody th a[href="${search}"]`, '', '', search.slice(1).split('&').find((x) => x.startsWith('occ='))!]);
  const [first, ...opened] = await run(opens);
  const closes: Step[] = Array.from({ length: 10 }, (_, i): Step[] => [opens[i % opens.length], ['click', '[data-testid="entry-detail"] .head button', '', '', '']]).flat();
  const closed = (await run(closes)).filter((_, i) => i % 2 === 1);

  console.log(`bench shortage on ${machine()}, Chromium ${browser.version()}, ${manifest.datasets.shortage_list?.rows ?? 0} list entries over ${periods.length} periods, ${manifest.datasets.jobs?.rows ?? 0} open jobs`);
  const lost = [changes, typed, opened].flat().filter((x) => Number.isNaN(x)).length;
  if (lost) console.log(`  (${lost} steps showed no update within 10 s and are left out)`);
  console.log(`  filter change (period, status, county on the map), answered from prerendered data: ${fmt(settled(changes))}   target p95 ≤ 50 ms`);
  console.log(`  search keystroke → table narrowed: ${fmt(settled(typed))}`);
  console.log(`  open an entry → its open jobs listed (DuckDB-wasm query + render): ${fmt(settled(opened))}; the first (engine start + jobs download): ${first.toFixed(0)} ms`);
  console.log(`  baseline: closing the entry: ${fmt(settled(closed))}`);
  console.log(`  ratio: a filter change costs ${(median(settled(changes)) / median(settled(closed))).toFixed(1)}× closing the entry (medians)`);
  for (const line of pageWeight(manifest, 'shortage', ['jobs', 'regions'])) console.log(line);
  await browser.close();
  server.close();
}
