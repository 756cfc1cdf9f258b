/**
 * bench training: the /training/ finder in headless Chromium, measured inside the page from the
 * `change` event to the DOM showing the new view (the result count's `data-view` names it, and the
 * cards are rendered), observed by a MutationObserver:
 * - filter changes once the catalogue is in memory (every county × level × subsidy × sort, each a
 *   view not seen before): `selectCards` over the catalogue and the render of up to 20 cards;
 * - the one-time loads behind the first change: the catalogue and its wage cells (DuckDB-wasm);
 * - baseline, same session: picking a course for comparison (a URL replace, the tray re-renders,
 *   no selection).
 * Measures whatever release build/ was made from: publish scale 10 into another folder and build
 * with SKILLATLAS_DATA pointing at it to measure scale 10.
 */
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt } from './report';

/** Steps: [select index or -1 for the subsidy box, value, expected data-view]. */
const STEP_SCRIPT = `async (steps) => {
  const main = document.querySelector('main');
  const form = document.querySelector('form.filters');
  const selects = [...form.querySelectorAll('select')];
  const box = form.querySelector('input[type="checkbox"]');
  const out = [];
  for (const [sel, value, expect] of steps) {
    const done = () => {
      const c = document.querySelector('[data-testid="finder-count"]');
      return c && c.getAttribute('data-view') === expect && document.querySelector('[data-query-state="ready"] [data-testid="finder-count"]');
    };
    const t0 = performance.now();
    const finished = new Promise((resolve) => {
      const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(performance.now()); } });
      mo.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 15000);
    });
    if (sel < 0) { box.checked = value === '1'; box.dispatchEvent(new Event('change', { bubbles: true })); }
    else { selects[sel].value = value; selects[sel].dispatchEvent(new Event('change', { bubbles: true })); }
    out.push((await finished) - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}`;

/** Picking a course for comparison and putting it back, until the tray shows the new count. */
const PICK_SCRIPT = `async (n) => {
  const main = document.querySelector('main');
  const picked = () => document.querySelector('[data-testid="compare-tray"] p')?.textContent ?? '';
  const out = [];
  for (let i = 0; i < n; i++) {
    const box = document.querySelector('[data-testid="course-card"] .pick input');
    const expect = box.checked ? '' : '已选 1/';
    const t0 = performance.now();
    const finished = new Promise((resolve) => {
      const check = () => (expect ? picked().includes(expect) : !document.querySelector('[data-testid="compare-tray"]'));
      const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); resolve(performance.now()); } });
      mo.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 5000);
    });
    box.click();
    out.push((await finished) - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}`;

export async function run(): Promise<void> {
  if (!existsSync('build/training/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(`${base}/training/`);
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  await page.focus('form.filters select');

  // select order in the form: level, county, when, type, mode, fee, sort
  const counties = (await page.evaluate(`[...document.querySelectorAll('form.filters select')[1].options].slice(1).map((o) => o.value)`)) as string[];
  const views: Record<string, string | boolean> = { when: 'all' };
  const key = () => {
    const p = new URLSearchParams();
    const order = ['level', 'county', 'type', 'mode', 'when', 'subsidy', 'fee', 'skill', 'sort'];
    const field: Record<string, string> = { level: 'level', county: 'county', when: 'when', subsidy: 'subsidy', sort: 'sort' };
    for (const k of order) if (field[k] && views[k] !== undefined && views[k] !== '' && views[k] !== false) p.set(k, views[k] === true ? '1' : String(views[k]));
    return p.toString();
  };
  const step = (sel: number, k: string, value: string): [number, string, string] => {
    views[k] = sel < 0 ? value === '1' : value;
    if (k === 'when' && value === 'upcoming') delete views.when;
    if (k === 'sort' && value === 'start') delete views.sort;
    return [sel, value, key()];
  };
  // warm-up: the first change loads the catalogue, then its wage cells (wait for both)
  const t0 = Date.now();
  const [first] = (await page.evaluate(`(${STEP_SCRIPT})(${JSON.stringify([step(2, 'when', 'all')])})`)) as number[];
  await page.waitForFunction(`performance.getEntriesByName('engine:training.wage-refs').length > 0`, undefined, { timeout: 60_000 });
  const catalogueMs = (await page.evaluate(`performance.getEntriesByName('engine:training.catalogue')[0]?.duration`)) as number;
  const refsMs = (await page.evaluate(`performance.getEntriesByName('engine:training.wage-refs')[0]?.duration`)) as number;
  const firstWall = Date.now() - t0;

  const steps: [number, string, string][] = [];
  const levels = ['4', '3', '2', ''];
  const sorts = ['fee', 'employment', 'pay', 'start'];
  counties.forEach((c, i) => {
    steps.push(step(1, 'county', c));
    steps.push(step(0, 'level', levels[i % levels.length]));
    steps.push(step(-1, 'subsidy', i % 2 ? '' : '1'));
    steps.push(step(6, 'sort', sorts[i % sorts.length]));
  });
  steps.push(step(1, 'county', ''), step(0, 'level', ''), step(-1, 'subsidy', ''), step(6, 'sort', 'start'));
  const measured = (await page.evaluate(`(${STEP_SCRIPT})(${JSON.stringify(steps)})`)) as number[];
  const filter = measured.filter((x) => !Number.isNaN(x));
  const picks = ((await page.evaluate(`(${PICK_SCRIPT})(20)`)) as number[]).filter((x) => !Number.isNaN(x));

  const cards = manifest.datasets.training_programmes?.rows ?? 0;
  console.log(`bench training on ${machine()}, Chromium ${browser.version()}, release with ${cards.toLocaleString('en')} programmes, ${(manifest.datasets.training_outcomes?.rows ?? 0).toLocaleString('en')} outcome cells`);
  console.log(`  first change (engine start + catalogue + render): ${first.toFixed(0)} ms; catalogue query ${catalogueMs?.toFixed(0)} ms, wage cells ${refsMs?.toFixed(0)} ms (background), all in after ${firstWall} ms`);
  if (filter.length < measured.length) console.log(`  (${measured.length - filter.length} changes showed no update within 15 s and are left out)`);
  console.log(`  filter change with the catalogue in memory (select + render): ${fmt(filter)}   target p95 ≤ 50 ms (scale 1), ≤ 150 ms (scale 10)`);
  console.log(`  baseline: picking a course for comparison (URL replace, tray): ${fmt(picks)}`);
  console.log(`  ratio: a filter change costs ${(median(filter) / median(picks)).toFixed(1)}× a pick (medians)`);
  await browser.close();
  server.close();
}
