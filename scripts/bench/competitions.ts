/**
 * bench competitions: the 技能竞赛 page in headless Chromium, once the engine is ready.
 * - filter change: from the `change` event until the title names the new view and nothing on the
 *   page is still marked busy, i.e. the list, medal table, trends and results were all re-queried
 *   in DuckDB-wasm and rendered (4 queries); every county, alternately at all tiers and at
 *   provincial tier, each step a view not seen before;
 * - each query, from `engine.run()` to its result (User Timing entries `engine:<name>`); the
 *   four of a change share one worker connection, so a later one includes waiting for the earlier;
 * - baseline, same session: switching back to the default view, answered from the prerendered
 *   data with no query;
 * - page weight: the prerendered HTML and the page's datasets as served (brotli).
 */
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt, pageWeight } from './report';
import { stepsScript } from './steps';

/** Steps: [index of the filter's select, value, text the competitions title must then show]. */
const FILTER_SCRIPT = stepsScript(
  `([sel, value]) => {
    const el = document.querySelectorAll('form select')[sel];
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }`,
  `([, , expect], main) => document.querySelector('[data-testid="comp-title"]').textContent.includes(expect)
    && !main.querySelector('[aria-busy="true"]') && document.querySelector('[data-testid="medal-table"] tbody tr')`
);

export async function run(): Promise<void> {
  if (!existsSync('build/competitions/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(`${base}/competitions/`);
  // the engine starts on the reader's first intent (focus on a filter)
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  await page.focus('form select');
  await page.waitForFunction(`performance.getEntriesByName('engine:instantiate').length > 0`, undefined, { timeout: 60_000 });

  const counties = (await page.evaluate(`[...document.querySelectorAll('form select')[3].options].slice(1).map((o) => [o.value, o.textContent])`)) as [string, string][];
  // warm up: the first query attaches the datasets
  await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify([[1, 'county', '县级'], [1, '', '全部级别']])})`);
  const steps: [number, string, string][] = [];
  // every step is a view not seen before: a county at the current tier, then the other tier
  counties.forEach(([code, name], i) => steps.push([3, code, name], i % 2 ? [1, '', '全部级别'] : [1, 'provincial', '省级']));
  const filter = (await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify(steps)})`)) as number[];
  // baseline: every step now hits a view seen before (cached or prerendered), so no query runs
  await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify([[1, '', '全部级别'], [3, '', '全州各县（市）']])})`);
  const back = counties.flatMap(([code, name]) => [[3, code, name], [3, '', '全州各县（市）']]);
  const cached = ((await page.evaluate(`(${FILTER_SCRIPT})(${JSON.stringify(back)})`)) as number[]).filter((_, i) => i % 2 === 1);

  const measures = (await page.evaluate(`performance.getEntriesByType('measure').filter((m) => m.name.startsWith('engine:') && m.name !== 'engine:instantiate').map((m) => [m.name.slice(7), m.duration])`)) as [string, number][];
  const byQuery = new Map<string, number[]>();
  for (const [name, ms] of measures) byQuery.set(name, [...(byQuery.get(name) ?? []), ms]);
  console.log(`bench competitions on ${machine()}, Chromium ${browser.version()}, ${manifest.datasets.competition_results?.rows ?? 0} results in ${manifest.datasets.competitions?.rows ?? 0} competitions`);
  const ok = filter.filter((x) => !Number.isNaN(x));
  if (ok.length < filter.length) console.log(`  (${filter.length - ok.length} changes showed no update within 10 s and are left out)`);
  console.log(`  filter change (navigation + 4 DuckDB-wasm queries + render): ${fmt(ok)}`);
  console.log(`  baseline: back to the default view, from prerendered data (no query): ${fmt(cached)}`);
  console.log(`  ratio: a queried filter change costs ${(median(ok) / median(cached)).toFixed(1)}× the prerendered one (medians)`);
  console.log('  each query, engine.run() to result (in the worker queue with the others of the same change):');
  for (const [name, xs] of [...byQuery].sort()) console.log(`    ${name}: ${fmt(xs)}`);
  for (const line of pageWeight(manifest, 'competitions', ['competitions', 'competition_results', 'regions', 'occupations', 'occupation_groups'])) console.log(line);
  await browser.close();
  server.close();
}
