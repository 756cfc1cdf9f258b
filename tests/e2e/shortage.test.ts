/**
 * /shortage/ as an employer and a policymaker meet it: the list in force without JavaScript, a
 * trade looked up by name (on the list, or not and since when), what a listing unlocks, the open
 * jobs of an entry from the engine (with the count the prerendered table gives), the county map,
 * the list's history, and a failed query with a working retry.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, engineRequests, hydrated, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const JOBS = /\/data\/jobs\.[^/]+\.duckdb$/;
const table = (page: Page) => page.getByTestId('shortage-table');
const weldRow = (page: Page) => table(page).locator('tr[data-code="6-18-02-04"]');

describe('/shortage/', () => {
  it('shows the list in force, the county map and the history without JavaScript; reading starts no engine', async () => {
    const nojs = await openPage(browser, { javaScriptEnabled: false });
    await nojs.page.goto(`${baseUrl()}/shortage/`);
    expect(await nojs.page.getByTestId('shortage-title').innerText()).toMatch(/^\d{4}年第[一二三四]季度 · 全州/);
    expect(await table(nojs.page).locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await weldRow(nojs.page).innerText()).toMatch(/焊工[\s\S]*紧缺[\s\S]*培训补贴上浮[\s\S]*\d+ 元\/月/);
    expect(await nojs.page.locator('[data-testid="shortage-map"] path[data-code]').count()).toBe(13);
    expect(await nojs.page.getByTestId('timeline').locator('tbody tr').count()).toBeGreaterThan(20);
    await nojs.context.close();

    const { page, context, requests, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/shortage/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    expect(engineRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('answers an employer: their trade is on the list, what that unlocks, and its open jobs (as many as the table counts)', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/shortage/`);
    await hydrated(page);
    await page.getByLabel('查找职业（工种）').fill('电焊工');
    await expect.poll(() => table(page).locator('tbody tr').count()).toBe(1);
    await page.waitForURL(/q=/);
    const jobs = Number((await weldRow(page).locator('td').nth(4).innerText()).split('（')[0].replace(/,/g, ''));
    expect(jobs).toBeGreaterThan(0);
    await weldRow(page).getByRole('link', { name: '焊工' }).click();
    await page.waitForURL(/occ=6-18-02-04/);
    const detail = page.getByTestId('entry-detail');
    expect(await detail.innerText()).toMatch(/列入目录可享受[\s\S]*培训补贴上浮：[\s\S]*人才引进待遇：/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry-title');
    expect(await detail.getByTestId('entry-history').locator('li').count()).toBeGreaterThan(10);
    // the live job list (DuckDB-wasm) holds exactly the jobs the prerendered table counted (Node DuckDB)
    await detail.locator('[data-query-state="ready"] [data-testid="entry-jobs"]').waitFor({ timeout: 30_000 });
    expect(await detail.getByTestId('entry-jobs').locator('tbody tr').count()).toBe(jobs);
    expect(await detail.getByTestId('entry-jobs').locator('a').first().getAttribute('href')).toMatch(/\/match\/#job=J\d+/);

    await page.getByLabel('查找职业（工种）').fill('中式面点师');
    await expect.poll(() => page.getByTestId('not-listed').count()).toBe(1);
    expect(await page.getByTestId('not-listed').innerText()).toMatch(/中式面点师不在\d{4}年第.季度目录中，也未在以往各期列入/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('narrows the jobs to a county chosen on the map, steps back through periods, and tells what changed', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/shortage/`);
    await hydrated(page);
    const before = await weldRow(page).locator('td').nth(4).innerText();
    await page.locator('[data-testid="shortage-map"] path[data-code="532503"]').click();
    await page.waitForURL(/county=532503/);
    await expect.poll(() => page.getByTestId('shortage-title').innerText()).toContain('蒙自市');
    expect(await table(page).locator('thead').innerText()).toContain('蒙自市');
    expect(await weldRow(page).locator('td').nth(4).innerText()).not.toBe(before);

    const period = page.getByLabel('目录期别');
    const options = await period.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await period.selectOption(options[3]);
    await page.waitForURL(new RegExp(`period=${options[3]}`));
    await expect.poll(() => page.getByTestId('shortage-history').innerText()).toMatch(/与\d{4}年第.季度相比/);
    expect(await page.getByTestId('changes').locator('li').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('period='));
    expect(page.url()).toMatch(/county=532503/);
    await context.close();
  });

  it('says 查询失败 when the open jobs cannot be fetched, keeps the rest, and 重试 lists them', async () => {
    const { page, context } = await openPage(browser);
    await page.route(JOBS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/shortage/?occ=6-18-02-04&level=4`);
    const detail = page.getByTestId('entry-detail');
    const error = detail.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 jobs 下载失败/);
    expect(await detail.innerText()).toContain('列入目录可享受');
    await page.unroute(JOBS);
    await error.getByRole('button', { name: '重试' }).click();
    await detail.locator('[data-query-state="ready"] [data-testid="entry-jobs"]').waitFor({ timeout: 30_000 });
    expect(await detail.getByTestId('entry-jobs').locator('tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  });
});
