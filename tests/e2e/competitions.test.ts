/** 技能竞赛: the medal table matches the published results, filters live in the URL, links lead on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/core/manifest';
import { readParquet } from '../helpers/publish';
import { axeViolations } from './axe';
import { baseUrl, engineRequests, hydrated, launch, openPage, waitForEngine } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest;
const dataset = <T>(name: string) => readParquet<T>(join('static/data', manifest.datasets[name].file));

/** Points per county recomputed from the published Parquet, independently of the page's SQL. */
async function publishedCountyPoints(tier: string | null): Promise<Map<string, number>> {
  const comps = await dataset<{ competition_id: string; tier: string }>('competitions');
  const tierOf = new Map(comps.map((c) => [c.competition_id, c.tier]));
  const points: Record<string, number> = { gold: 4, first: 4, silver: 3, second: 3, bronze: 2, third: 2, excellence: 1, none: 0 };
  const by = new Map<string, number>();
  for (const r of await dataset<{ competition_id: string; region_code: string; award: string }>('competition_results')) {
    if (tier && tierOf.get(r.competition_id) !== tier) continue;
    by.set(r.region_code, (by.get(r.region_code) ?? 0) + points[r.award]);
  }
  return by;
}

const DATASETS = /\/data\/[^/]+\.duckdb$/;
const WASM = /\.wasm(\?.*)?$/;
const medalRows = (page: Page) => page.locator('[data-testid="medal-table"] tbody tr');
/** A figure as the page writes it (thousands separated). */
const num = (s: string) => Number(s.replace(/,/g, ''));
const column = async (page: Page, table: string, index: number) =>
  page.locator(`${table} tbody tr`).evaluateAll((rows, i) => rows.map((r) => (r.children[i] as HTMLElement).innerText.trim()), index);

describe('/competitions', () => {
  it('prerenders the county medal table, the list and the first competition\'s results, matching the published data', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/competitions/`);
    const regions = await dataset<{ code: string; name: string }>('regions');
    const expected = [...(await publishedCountyPoints(null))].sort((a, b) => b[1] - a[1]);
    const names = await column(page, '[data-testid="medal-table"]', 1);
    const pts = (await column(page, '[data-testid="medal-table"]', 7)).map(num);
    expect(names.length).toBe(expected.length);
    expect(names[0]).toBe(regions.find((r) => r.code === expected[0][0])!.name);
    expect(pts).toEqual(expected.map((e) => e[1]));
    expect(await page.locator('[data-testid="competition-list"] tbody tr').count()).toBe(manifest.datasets.competitions.rows);
    expect(await page.locator('[data-testid="results"] table tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('filters by county: the URL updates, every result shown is from that county, reload and back reproduce', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/competitions/`);
    await waitForEngine(page);
    const allCount = await page.locator('[data-testid="competition-list"] tbody tr').count();
    await page.getByLabel('选手所在县（市）').selectOption({ label: '蒙自市' });
    await page.waitForURL(/county=532503/);
    await expect.poll(() => page.getByTestId('comp-title').innerText()).toContain('蒙自市');
    await expect.poll(() => medalRows(page).count()).toBe(1);
    expect(await medalRows(page).first().locator('th').innerText()).toBe('蒙自市');
    await expect.poll(() => page.locator('[data-testid="competition-list"] tbody tr').count()).toBeLessThan(allCount);
    // the previous results stay on screen, marked busy, until this view's have arrived
    await page.waitForSelector('[data-testid="results"][aria-busy="false"]');
    const counties = await page.locator('[data-testid="results"] .results-table tbody tr td:nth-child(5)').allInnerTexts();
    expect(counties.length).toBeGreaterThan(0);
    expect(new Set(counties)).toEqual(new Set(['蒙自市']));

    // pick another competition from the filtered list: the selection joins the URL
    const second = page.locator('[data-testid="competition-list"] tbody tr').nth(1).locator('a');
    const name = await second.innerText();
    await second.click();
    await page.waitForURL(/c=C\d{4}/);
    await expect.poll(() => page.locator('#results-title').innerText()).toBe(`${name} 成绩`);

    await page.reload();
    await waitForEngine(page);
    await expect.poll(() => page.locator('#results-title').innerText()).toBe(`${name} 成绩`);
    await expect.poll(() => page.getByLabel('选手所在县（市）').inputValue()).toBe('532503');

    await page.goBack();
    await expect.poll(() => page.url()).not.toMatch(/c=C/);
    await page.goBack();
    await expect.poll(() => medalRows(page).count()).toBeGreaterThan(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('answers which county and which enterprise won most at provincial level, and how many were promoted', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/competitions/?tier=provincial`);
    await waitForEngine(page);
    await expect.poll(() => page.getByTestId('comp-title').innerText()).toContain('省级');
    const expected = [...(await publishedCountyPoints('provincial'))].sort((a, b) => b[1] - a[1]);
    const regions = await dataset<{ code: string; name: string }>('regions');
    await expect.poll(async () => (await column(page, '[data-testid="medal-table"]', 7)).map(num)).toEqual(expected.map((e) => e[1]));
    const top = regions.find((r) => r.code === expected[0][0])!.name;
    expect(await page.getByTestId('medal-leader').innerText()).toMatch(new RegExp(`奖牌积分最高的县（市）是 ${top}（${expected[0][1]} 分`));

    await page.getByRole('button', { name: '按参赛单位' }).click();
    await page.waitForURL(/by=unit/);
    await page.getByLabel('单位类型').selectOption({ label: '企业' });
    await page.waitForURL(/kind=enterprise/);
    await page.waitForSelector('[data-testid="medal-table"][data-by="unit"][aria-busy="false"]');
    await expect.poll(() => page.locator('[data-testid="medal-table"][data-by="unit"] tbody tr').count()).toBeGreaterThan(0);
    const kinds = await page.locator('[data-testid="medal-table"] tbody th .meta').allInnerTexts();
    expect(kinds.every((k) => k.startsWith('企业'))).toBe(true);
    // the leading enterprise is named, or the tie for first place is stated as a tie
    const firstPlace = (await column(page, '[data-testid="medal-table"]', 0)).filter((r) => r === '1').length;
    expect(await page.getByTestId('medal-leader').innerText()).toMatch(firstPlace > 1 ? new RegExp(`并列最高的有 ${firstPlace} 个单位：.+公司`) : /奖牌积分最高的单位是 .+公司/);

    // sort by gold: Olympic order, the header says so, the URL keeps it
    await page.locator('[data-testid="medal-table"] thead button', { hasText: '金牌' }).click();
    await page.waitForURL(/sort=gold/);
    await expect.poll(() => page.locator('[data-testid="medal-table"] thead th[aria-sort="descending"]').innerText()).toContain('金牌');
    const gold = (await column(page, '[data-testid="medal-table"]', 2)).map((g) => (g === '·' ? 0 : num(g)));
    expect(gold).toEqual([...gold].sort((a, b) => b - a));
    expect(gold[0]).toBeGreaterThan(0);

    expect(await page.getByTestId('kpi-promotions').innerText()).toMatch(/技师（二级） \d+/);
    const violations = await axeViolationsWithoutCsp(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await context.close();
  });

  it('links an event to its occupation\'s wage page and a pooled winner to the pool entry', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/competitions/`);
    await waitForEngine(page);
    const wage = page.locator('[data-testid="results"] h4 a').first();
    expect(await wage.getAttribute('href')).toMatch(/\/wages\/\d-\d{2}-\d{2}-\d{2}\/$/);
    const pool = page.locator('[data-testid="results"] a.pool').first();
    const href = await pool.getAttribute('href');
    expect(href).toMatch(/\/pool\/\?ref=R[0-9A-Z]+$/);
    const refs = new Set((await dataset<{ ref: string }>('talent_pool')).map((p) => p.ref));
    expect(refs.has(new URL(href!, baseUrl()).searchParams.get('ref')!)).toBe(true);
    await wage.click();
    await page.waitForURL(/\/wages\/\d-\d{2}-\d{2}-\d{2}\/$/);
    await context.close();
  });

  it('with the datasets unreachable, a filter says 查询失败 once over the previous tables; back online, 重试 shows the view', async () => {
    const { page, context, error, counties } = await mengziWhileBlocked(DATASETS, 'internetdisconnected');
    expect(counties).toBeGreaterThan(1);
    expect(await error.innerText()).toMatch(/查询失败：数据 \S+ 下载失败/);
    expect(await error.innerText()).toContain('下方仍是上一次的结果');
    // one line for the page, not one per section; the previous tables stay readable
    expect(await page.getByTestId('query-error').count()).toBe(1);
    expect(await medalRows(page).count()).toBe(counties);
    // a section with nothing to show yet holds its place and points to the retry
    await page.getByRole('button', { name: '按参赛单位' }).click();
    await page.waitForURL(/by=unit/);
    await expect.poll(() => page.getByTestId('query-failed').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('by=unit'));
    await page.waitForLoadState('networkidle');

    await page.unroute(DATASETS);
    await page.getByTestId('query-error').getByRole('button', { name: '重试' }).click();
    await expect.poll(() => medalRows(page).count(), { timeout: 30_000 }).toBe(1);
    expect(await medalRows(page).first().locator('th').innerText()).toBe('蒙自市');
    await page.waitForSelector('[data-testid="results"][aria-busy="false"]');
    expect(new Set(await page.locator('[data-testid="results"] .results-table tbody tr td:nth-child(5)').allInnerTexts())).toEqual(new Set(['蒙自市']));
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });

  it('with the engine unreachable (wasm blocked), a filter says why over the prerendered tables, and 重试 restarts the engine', async () => {
    const { page, context, error, counties } = await mengziWhileBlocked(WASM, 'blockedbyclient');
    expect(await error.innerText()).toContain('无法获取分析引擎文件');
    expect(await medalRows(page).count()).toBe(counties);

    await page.unroute(WASM);
    await error.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => medalRows(page).count(), { timeout: 40_000 }).toBe(1);
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });

  it('a reader who only reads downloads no engine; the back button and a reload keep a sorted unit table', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/competitions/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 3000);
    await page.locator('h1').click();
    await page.waitForTimeout(300);
    expect(engineRequests(requests)).toEqual([]);

    await page.getByRole('button', { name: '按参赛单位' }).click();
    await page.waitForURL(/by=unit/);
    await page.locator('[data-testid="medal-table"] thead button', { hasText: '奖牌合计' }).click();
    await page.waitForURL(/sort=medals/);
    await page.waitForSelector('[data-testid="medal-table"][data-by="unit"][aria-busy="false"]');
    const units = await column(page, '[data-testid="medal-table"]', 1);
    await page.reload();
    await expect.poll(() => column(page, '[data-testid="medal-table"][data-by="unit"]', 1), { timeout: 30_000 }).toEqual(units);
    expect(await page.locator('[data-testid="medal-table"] thead th[aria-sort="descending"]').innerText()).toContain('奖牌合计');
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('sort='));
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid="medal-table"]').getAttribute('data-by')).toBe('county');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/** Opens the page with `blocked` requests failing, and chooses 蒙自市 once it is live: its query fails. */
async function mengziWhileBlocked(blocked: RegExp, reason: 'internetdisconnected' | 'blockedbyclient') {
  const opened = await openPage(browser);
  const { page } = opened;
  await page.route(blocked, (route) => route.abort(reason));
  await page.goto(`${baseUrl()}/competitions/`);
  await hydrated(page);
  const counties = await medalRows(page).count();
  await page.getByLabel('选手所在县（市）').selectOption({ label: '蒙自市' });
  const error = page.getByTestId('query-error');
  await error.waitFor({ timeout: 40_000 });
  return { ...opened, error, counties };
}

/** axe needs an inline script, which the site's CSP refuses: a second context without it, same URL. */
async function axeViolationsWithoutCsp(page: Page) {
  const { page: p, context } = await openPage(browser, { bypassCSP: true });
  await p.goto(page.url());
  await waitForEngine(p);
  await p.waitForSelector('[data-testid="medal-table"][aria-busy="false"]');
  await p.waitForLoadState('networkidle');
  const v = await axeViolations(p);
  await context.close();
  return v;
}
