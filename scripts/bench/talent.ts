/**
 * bench talent: the /talent page in headless Chromium, timed inside the page.
 * - map render: projecting the published TopoJSON into 13 SVG paths (Node, what prerender does),
 *   and, in the page, a metric change until the 13 counties carry their new colours;
 * - county click (filter change): from the click until every chart and table shows the county
 *   (all six chart SVGs replaced), filtered in memory from the year's cells loaded once; the page
 *   is scrolled to the charts first (they are built when they come near the viewport);
 * - baseline, same session: a year change the first time that year is needed, which queries
 *   DuckDB-wasm for the year's cells and then renders the same charts.
 * Measures the release build/ was made from: publish another scale into static/data and rebuild.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countyMapModel } from '../../src/lib/charts/county-map';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt } from './report';

const CHARTS = ['levels', 'trend', 'occupations', 'industries', 'ages', 'genders'];

/**
 * Runs in the page: performs each step and resolves when `done` holds, observed by a
 * MutationObserver on <main> (not animation frames, which would round up to the next vsync);
 * also reports the next frame after that.
 */
const STEPS_SCRIPT = `async ({ steps, charts }) => {
  const main = document.querySelector('main');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const svgs = () => charts.map((id) => document.querySelector('[data-testid="' + id + '"] .chart svg'));
  const out = [];
  for (const s of steps) {
    const before = svgs();
    const fills = [...document.querySelectorAll('path[data-code]')].map((p) => p.getAttribute('fill')).join();
    const done = () => {
      if (s.kind === 'metric') return document.querySelector('[data-testid="map-title"]').textContent.includes(s.expect)
        && [...document.querySelectorAll('path[data-code]')].map((p) => p.getAttribute('fill')).join() !== fills;
      if (!document.querySelector('[data-testid="structure-title"]').textContent.includes(s.expect)) return false;
      const now = svgs();
      // the trend covers every year, so a year change leaves it as it is
      return now.every((svg, i) => svg && (svg !== before[i] || (s.kind === 'year' && charts[i] === 'trend')));
    };
    const t0 = performance.now();
    const finished = new Promise((resolve) => {
      const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(performance.now()); } });
      mo.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 15000);
    });
    if (s.kind === 'county') document.querySelector('path[data-code="' + s.value + '"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    else {
      const sel = [...document.querySelectorAll('form[aria-label="选择年度与指标"] select')][s.kind === 'metric' ? 1 : 0];
      sel.value = s.value;
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const t1 = await finished;
    const t2 = await frame();
    out.push([t1 - t0, t2 - t0]);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}`;

type Step = { kind: 'county' | 'metric' | 'year'; value: string; expect: string };

export async function run(): Promise<void> {
  if (!existsSync('build/talent/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const years: number[] = manifest.years.talent;

  // map projection, as prerender does it (Node)
  const topo = JSON.parse(readFileSync(join('build/data', manifest.topology.file), 'utf8'));
  const project: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    countyMapModel(topo, manifest.topology.object);
    project.push(performance.now() - t0);
  }

  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/talent/`);
  // the engine starts on the reader's first intent (focus on a filter), then loads the year's cells
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  await page.focus('form select');
  await page.waitForSelector('[data-testid="structure"][data-breakdowns="engine"]', { timeout: 60_000 });
  // charts are built as they come near the viewport: look at the structure, as a reader clicking counties would
  await page.locator('[data-testid="structure"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(`${JSON.stringify(CHARTS)}.every((id) => document.querySelector('[data-testid="' + id + '"] .chart svg'))`, undefined, { timeout: 60_000 });

  const counties = (await page.evaluate(`[...document.querySelectorAll('path[data-code]')].map((p) => [p.getAttribute('data-code'), p.getAttribute('aria-label').split('：')[0]])`)) as [string, string][];
  const run = (steps: Step[]) => page.evaluate(`(${STEPS_SCRIPT})(${JSON.stringify({ steps, charts: CHARTS })})`) as Promise<[number, number][]>;

  // every county in turn, one round to warm up (JIT), four measured; each click changes the selection
  const round: Step[] = counties.map(([code, name]) => ({ kind: 'county', value: code, expect: name }));
  await run(round);
  const county = await run([...round, ...round, ...round, ...round]);

  const metrics: Step[] = [];
  const cycle: [string, string][] = [['count', '在库人数'], ['per_emp', '每万名就业人员'], ['count_change', '在库人数同比变化'], ['high_share', '高技能人才占比']];
  for (let r = 0; r < 5; r++) for (const [value, expect] of cycle) metrics.push({ kind: 'metric', value, expect });
  const metric = await run(metrics);

  // baseline: a year not loaded yet → DuckDB-wasm query for its cells, then the same charts
  const selected = counties.at(-1)![1];
  const yearSteps: Step[] = years.slice(0, -1).reverse().map((y) => ({ kind: 'year', value: String(y), expect: selected }));
  const yearFirst = await run(yearSteps);
  const timed = (xs: [number, number][]) => xs.map((x) => x[0]).filter((x) => !Number.isNaN(x));

  const talentRows = manifest.datasets.talent_stats?.rows ?? 0;
  console.log(`bench talent on ${machine()}, Chromium ${browser.version()}, release with ${talentRows.toLocaleString('en')} talent_stats cells`);
  const lost = [...county, ...metric, ...yearFirst].filter((x) => Number.isNaN(x[0])).length;
  if (lost) console.log(`  (${lost} steps showed no update within 15 s and are left out)`);
  console.log(`  map projection, TopoJSON → 13 SVG paths (Node, at prerender): ${fmt(project)}`);
  console.log(`  map re-render on a metric change (router + 13 fills + legend): ${fmt(timed(metric))}`);
  console.log(`  county click → all 6 charts and tables updated: ${fmt(timed(county))}   target p95 ≤ 100 ms (scale 1)`);
  console.log(`  county click → next animation frame (includes waiting for vsync): ${fmt(county.map((x) => x[1]))}`);
  console.log(`  baseline: first visit of a year (DuckDB-wasm query of its cells + the same charts): ${fmt(timed(yearFirst))}`);
  console.log(`  ratio: an in-memory county change costs ${(median(timed(county)) / median(timed(yearFirst))).toFixed(2)}× a queried year change (medians)`);
  await browser.close();
  server.close();
}
