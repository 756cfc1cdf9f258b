/**
 * bench careers: the career path and 技能评价 pages in headless Chromium, once the engine is ready.
 * - /careers/6-18-02-04/ "我现在是…": a county change, from the `change` event until the next step
 *   names the county's pay and nothing is busy (one DuckDB-wasm query of the county's ladder and a
 *   redraw); every county in turn, each a view not seen before;
 * - baseline, same session: a level change with the county left at 全州, answered from the
 *   prerendered ladder (no query);
 * - /certification/: a filter change (year × county), until the title names it and nothing is busy
 *   (five queries: levels, routes, counties, trend, bodies), each step a view not seen before;
 * - page weight: the prerendered HTML and the datasets each page reads (brotli).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt, kb, fileSize, settled } from './report';
import { stepsScript } from './steps';

/** steps: [testid of the select, value, text the result must then contain, testid of that result]. */
const CHANGE_SCRIPT = stepsScript(
  `([testid, value]) => {
    const el = document.querySelector('[data-testid="' + testid + '"]');
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }`,
  `([, , expect, result], main) => document.querySelector('[data-testid="' + result + '"]')?.textContent.includes(expect) && !main.querySelector('[aria-busy="true"]')`
);

export async function run(): Promise<void> {
  if (!existsSync('build/careers/6-18-02-04/index.html')) throw new Error('build/ is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const page = await (await browser.newContext({ bypassCSP: true, locale: 'zh-CN' })).newPage();
  const step = (steps: unknown[]) => page.evaluate(`(${CHANGE_SCRIPT})(${JSON.stringify(steps)})`) as Promise<number[]>;

  await page.goto(`${base}/careers/6-18-02-04/?level=3`);
  const counties = (await page.evaluate(`[...document.querySelector('[data-testid="my-region"]').options].slice(1).map((o) => [o.value, o.textContent])`)) as [string, string][];
  const pref = manifest.prefecture.code as string;
  // warm up: the first query starts the engine and attaches wage_prices
  await page.locator('[data-testid="my-region"]').selectOption(counties[0][0]);
  await page.waitForFunction((name) => document.querySelector('[data-testid="next-step-pay"]')?.textContent?.includes(name), `在${counties[0][1]}`, { timeout: 60_000 });
  await step([['my-region', counties[0][0], `在${counties[0][1]}`, 'next-step-pay'], ['my-region', pref, '全州', 'next-step-pay']]);
  const county = settled(await step(counties.slice(1).flatMap(([code, name]) => [['my-region', code, name, 'next-step-pay'], ['my-region', pref, '全州', 'next-step-pay']]))).filter((_, i) => i % 2 === 0);
  const levels = ['2', '3', '4', '5', '6'];
  const level = settled(await step(levels.flatMap((l) => [['my-level', l, '下一级', 'next-step-result']])));

  await page.goto(`${base}/certification/`);
  const years = (manifest.years.certification as number[]).slice(0, -1);
  const certCounties = (await page.evaluate(`[...document.querySelector('[data-testid="filter-county"]').options].slice(1).map((o) => [o.value, o.textContent])`)) as [string, string][];
  await page.locator('[data-testid="filter-level"]').selectOption('5');
  await page.waitForFunction(() => document.querySelector('[data-query-state="ready"] [data-testid="levels"]') && document.querySelector('[data-testid="certification-title"]')?.textContent?.includes('技师'), null, { timeout: 60_000 });
  const certSteps = certCounties.flatMap(([code, name], i) => [['filter-county', code, name, 'certification-title'], ['filter-year', String(years[(i + 1) % years.length]), `${years[(i + 1) % years.length]} 年`, 'certification-title']]);
  const cert = settled(await step(certSteps));

  const br = (f: string) => fileSize(`${f}.br`) || fileSize(f);
  const data = (names: string[]) => names.reduce((s, d) => s + (manifest.datasets[d]?.database ? br(join('build/data', manifest.datasets[d].database.file)) : 0), 0);
  console.log(`bench careers on ${machine()}, Chromium ${browser.version()}, ${manifest.datasets.certification_stats?.rows ?? 0} certification cells`);
  console.log(`  /careers/6-18-02-04/ county change (1 DuckDB-wasm query + redraw): ${fmt(county)}`);
  console.log(`  baseline: level change at 全州, from the prerendered ladder (no query): ${fmt(level)}`);
  console.log(`  ratio: a queried county change costs ${(median(county) / median(level)).toFixed(1)}× a prerendered level change (medians)`);
  console.log(`  /certification/ filter change (5 DuckDB-wasm queries + redraw of 4 charts and the bodies table): ${fmt(cert)}`);
  console.log(`  ratio: a /certification change costs ${(median(cert) / median(level)).toFixed(1)}× a prerendered level change (medians)`);
  console.log(`  page weight (brotli): /careers/6-18-02-04/ HTML ${kb(br('build/careers/6-18-02-04/index.html'))}, wage_prices ${kb(data(['wage_prices']))}; /certification/ HTML ${kb(br('build/certification/index.html'))}, certification_stats + evaluation_bodies ${kb(data(['certification_stats', 'evaluation_bodies']))}`);
  await browser.close();
  server.close();
}
