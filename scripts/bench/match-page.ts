/**
 * bench match-page: the /match page in headless Chromium.
 * - Cold start: navigation → matcher ready (the matcher's Web Worker fetches and decodes the
 *   Parquet files of talent_pool, jobs and the vocabularies, and the county boundaries, then builds
 *   the index), over fresh contexts. The matcher loads on the reader's first intent: the bench
 *   focuses the occupation box the moment the page is live (no think time), as a reader who came
 *   to match would. Split into the page until it starts the matcher, and the worker's fetching and
 *   decoding, and its index build.
 * - A shared link (`#job=J…`), cold: navigation → the ranked candidates in the DOM, no interaction.
 * - Per query: from setting the URL fragment (what clicking 匹配 does) until the ranked list for
 *   the new query is in the DOM (MutationObserver), for published jobs (企业找人) and described
 *   seekers (求职者找岗位). Baseline: the scoring time the worker itself reports for the same query.
 */
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium';
import { startServer } from '../serve';
import { machine, median } from './machine';
import { fmt } from './report';

const STEP_SCRIPT = `async (hashes) => {
  const section = document.querySelector('section.results');
  const out = [];
  for (const h of hashes) {
    const before = section.dataset.run;
    const t0 = performance.now();
    const done = new Promise((resolve) => {
      const check = () => section.dataset.run !== before && section.querySelector('[data-testid="candidate"], [data-testid="job"], .unavailable, .error');
      const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); resolve(performance.now()); } });
      mo.observe(section, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 10000);
    });
    location.hash = h;
    const t1 = await done;
    const ms = Number(section.querySelector('[data-testid="match-ms"]')?.textContent.match(/\\d+/)?.[0] ?? NaN);
    out.push([t1 - t0, ms]);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}`;

export async function run(args: string[]): Promise<void> {
  if (!existsSync('build/match/index.html')) throw new Error('build/ is missing: run npm run build first');
  const cold = Number(args[0] ?? 5);
  const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
  const server = await startServer('build', 0);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();

  const starts: number[][] = [];
  for (let i = 0; i < cold; i++) {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${base}/match/`);
    await page.waitForFunction('document.documentElement.classList.contains("js")');
    await page.focus('#occ');
    await page.waitForSelector('[data-testid="matcher-status"][data-status="ready"]', { timeout: 120_000 });
    const ready = Date.now() - t0;
    const split = (await page.evaluate(`[document.querySelector('[data-testid="load-ms"]').textContent, document.querySelector('[data-testid="init-ms"]').textContent].map((t) => Number(t.replace(/,/g, '')))`)) as number[];
    // when the page started the matcher (after hydration), and how long the worker took from there
    const marks = (await page.evaluate(`[performance.getEntriesByName('matcher:start')[0]?.startTime ?? NaN, performance.getEntriesByName('matcher:ready')[0]?.duration ?? NaN]`)) as number[];
    starts.push([ready, ...split, ...marks]);
    await context.close();
  }

  const jobIds = readFileSync(`build/data/${manifest.datasets.jobs.csv.file}`, 'utf8').split('\n').slice(1, 200).map((l) => l.split(',')[0]).filter(Boolean);
  const linked: number[] = [];
  for (let i = 0; i < cold; i++) {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${base}/match/#job=${jobIds[i * 7]}`);
    await page.waitForSelector('[data-query-state="ready"] [data-testid="candidate"], [data-query-state="ready"] .unavailable', { timeout: 120_000 });
    linked.push(Date.now() - t0);
    await context.close();
  }

  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/match/`);
  await page.waitForFunction('document.documentElement.classList.contains("js")');
  await page.focus('#occ');
  await page.waitForSelector('[data-testid="matcher-status"][data-status="ready"]', { timeout: 120_000 });
  const jobs = jobIds.filter((_, i) => i % 5 === 0).slice(0, 30).map((id) => `job=${id}`);
  const occupations = ['6-18-02-04', '6-18-01-01', '4-03-02-01', '6-31-01-03', '4-12-01-01'];
  const seekers = occupations.flatMap((occ) => [3, 4, 5].flatMap((level) => ['532501', '532503'].map((region) => `mode=seeker&occ=${occ}&level=${level}&region=${region}&pmin=6000`)));
  // warm up: the first query attaches wage_prices for the pay references
  await page.evaluate(`(${STEP_SCRIPT})(${JSON.stringify([jobs[jobs.length - 1], seekers[seekers.length - 1]])})`);
  const jobRuns = (await page.evaluate(`(${STEP_SCRIPT})(${JSON.stringify(jobs)})`)) as [number, number][];
  const seekerRuns = (await page.evaluate(`(${STEP_SCRIPT})(${JSON.stringify(seekers)})`)) as [number, number][];

  console.log(`bench match-page on ${machine()}, Chromium ${browser.version()}, pool ${manifest.datasets.talent_pool?.rows} people, ${manifest.datasets.jobs?.rows} jobs`);
  console.log(`  cold start, navigation → matcher ready (intent the moment the page is live): ${fmt(starts.map((s) => s[0]))}`);
  console.log(`    page until the matcher starts (navigation, HTML, scripts, hydration, the first focus): ${fmt(starts.map((s) => s[3]))}`);
  console.log(`    matcher start → ready: ${fmt(starts.map((s) => s[4]))}, of which the worker fetched and decoded the datasets in ${fmt(starts.map((s) => s[1]))} and built the index in ${fmt(starts.map((s) => s[2]))}`);
  console.log(`  a shared link (#job=…), cold: navigation → ranked candidates in the DOM: ${fmt(linked)}`);
  for (const [name, runs] of [['企业找人 (published job → candidates)', jobRuns], ['求职者找岗位 (described seeker → jobs)', seekerRuns]] as const) {
    const ok = runs.filter((r) => !Number.isNaN(r[0]));
    console.log(`  ${name}: URL change → ranked list in the DOM ${fmt(ok.map((r) => r[0]))}`);
    console.log(`    baseline, the worker's own scoring time: ${fmt(ok.map((r) => r[1]))}; ratio of medians ${(median(ok.map((r) => r[0])) / Math.max(1, median(ok.map((r) => r[1])))).toFixed(1)}×`);
  }
  await browser.close();
  server.close();
}
