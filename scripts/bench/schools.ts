/**
 * bench schools: the 职业院校 page in headless Chromium, timed inside the page from the input
 * event until the page shows the new view (a MutationObserver on <main>: the title or the sorted
 * column says so and nothing is marked busy), once every cohort is in memory:
 * - filter changes: cohort, school kind, county, the shortage toggle, the compared occupation,
 *   a sort (each a navigation, answered from memory: scorecard, placement, comparison and criteria
 *   recomputed and redrawn);
 * - the first view of a cohort on a page that has not loaded every cohort yet (a DuckDB-wasm
 *   query), for comparison;
 * - baseline, same session: switching the sort direction of the same column (a re-sort only).
 * Also: the prerendered HTML and page data, and the datasets the engine attaches (brotli).
 */
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt, pageWeight } from './report';
import { stepsScript } from './steps';

/** Steps: [selector, value (select value, 'check' / 'uncheck', or 'click'), text the page must show, URL part]. */
const STEPS_SCRIPT = stepsScript(
  `([sel, value]) => {
    const el = document.querySelector(sel);
    if (value === 'click') el.click();
    else if (value === 'check' || value === 'uncheck') { el.checked = value === 'check'; el.dispatchEvent(new Event('change', { bubbles: true })); }
    else { el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); }
  }`,
  `([, , expect, url], main) => location.search.includes(url) && (!expect || main.textContent.includes(expect)) && !main.querySelector('[aria-busy="true"]')
    && document.querySelector('[data-testid="schools-content"]')`
);

export async function run(): Promise<void> {
  if (!existsSync('build/schools/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: true });

  // a cohort's first view, before every cohort is in memory: one query each (fresh pages)
  const firstViews: number[] = [];
  for (const cohort of ['2024', '2023', '2024', '2023', '2024']) {
    const page = await context.newPage();
    await page.goto(`${base}/schools/`);
    await page.waitForFunction('document.documentElement.classList.contains("js")');
    const [ms] = (await page.evaluate(`(${STEPS_SCRIPT})(${JSON.stringify([['form select', cohort, `${cohort} 届`, `cohort=${cohort}`]])})`)) as number[];
    firstViews.push(ms);
    await page.close();
  }

  const page = await context.newPage();
  await page.goto(`${base}/schools/`);
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  await page.focus('form select'); // the reader's first intent: every cohort loads
  await page.waitForSelector('[data-testid="schools-content"][data-source="engine"]', { timeout: 60_000 });
  const kinds = ['技师学院', '中职', '高职', '技工学校', ''];
  const counties = (await page.evaluate(`[...document.querySelectorAll('form select')[2].options].slice(1).map((o) => o.value)`)) as string[];
  const occupations = (await page.evaluate(`[...document.querySelector('[data-testid="compare"] select').options].map((o) => o.value)`)) as string[];
  type Step = [string, string, string, string];
  const KIND = 'form label:nth-child(2) select';
  const COUNTY = 'form label:nth-child(3) select';
  const SHORTAGE = 'form input[type="checkbox"]';
  const COMPARE = '[data-testid="compare"] select';
  const SORT_COLUMN: Record<string, number> = { graduates: 2, employment_rate: 3, relevant_rate: 4, median_monthly_wage: 7 };
  const sortButton = (key: string) => `[data-testid="scorecard"] thead th:nth-child(${SORT_COLUMN[key]}) button`;
  const steps: Step[] = [];
  for (const [i, cohort] of ['2024', '2023', '2025'].entries()) {
    steps.push(['form select', cohort, `${cohort} 届`, cohort === '2025' ? '' : `cohort=${cohort}`]);
    for (const k of kinds) steps.push([KIND, k, k || '全部类型', k ? 'kind=' : '']);
    for (const c of counties.slice(i * 4, i * 4 + 4)) steps.push([COUNTY, c, '', `county=${c}`]);
    steps.push([COUNTY, '', '全州', '']);
    steps.push([SHORTAGE, 'check', '急需紧缺职业对应专业', 'only=shortage'], [SHORTAGE, 'uncheck', '', '']);
    for (const o of occupations.slice(i * 3 + 1, i * 3 + 4)) steps.push([COMPARE, o, '', `occ=${o}`]);
  }
  for (const key of Object.keys(SORT_COLUMN)) steps.push([sortButton(key), 'click', '', `sort=${key}`]);
  const changes = ((await page.evaluate(`(${STEPS_SCRIPT})(${JSON.stringify(steps)})`)) as number[]);
  const sortBack = Array.from({ length: 12 }, (): Step => [sortButton('median_monthly_wage'), 'click', '', 'sort=median_monthly_wage']);
  const baseline = (await page.evaluate(`(${STEPS_SCRIPT})(${JSON.stringify(sortBack)})`)) as number[];

  const ok = changes.filter((x) => !Number.isNaN(x));
  console.log(`bench schools on ${machine()}, Chromium ${browser.version()}, ${manifest.datasets.school_outcomes?.rows ?? 0} school × major × cohort rows`);
  if (ok.length < changes.length) console.log(`  (${changes.length - ok.length} changes showed no update within 10 s and are left out)`);
  console.log(`  filter change, every cohort in memory (navigation + scorecard, placement, comparison, criteria): ${fmt(ok)}   target p95 ≤ 50 ms`);
  console.log(`  first view of another cohort before every cohort is in (DuckDB-wasm query, engine starting): ${fmt(firstViews.filter((x) => !Number.isNaN(x)))}`);
  console.log(`  baseline: re-sorting the same rows (direction only): ${fmt(baseline.filter((x) => !Number.isNaN(x)))}`);
  console.log(`  ratio: a filter change costs ${(median(ok) / median(baseline)).toFixed(1)}× a re-sort (medians)`);
  for (const line of pageWeight(manifest, 'schools', ['school_outcomes', 'schools', 'regions', 'occupations'])) console.log(line);
  await browser.close();
  server.close();
}
