/** The 人才库: search by pinyin, filters in the URL, ?ref= opens an entry, nothing but published fields. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquet } from '../helpers/publish';
import { axeViolations } from './axe';
import { baseUrl, hydrated, launch, openBeforeScript, openPage, waitForEngine } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

type Row = { ref: string; occupation_code: string; skill_level: number; region_code: string };
const manifest = () => JSON.parse(readFileSync('build/data/manifest.json', 'utf8')) as { datasets: Record<string, { file: string; rows: number }> };
const pool = (where?: string) => readParquet<Row>(join('build/data', manifest().datasets.talent_pool.file), where);

/** Waits until the list shows the results of the given search text (the engine has answered). */
const resultsFor = (page: Page, q: string) => page.waitForSelector(`[data-query-state="ready"] [data-testid="pool-results"][data-q="${q}"]`, { timeout: 30_000 });
const listText = (page: Page) => page.locator('[data-query-state="ready"] [data-testid="pool-results"]').innerText();
const DATASETS = /\/data\/[^/]+\.duckdb$/;
/** The engine answers within the default 1 s on an idle machine, not on a shared 2-core one. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const count = async (page: Page) => Number((await page.getByTestId('pool-count').innerText()).replace(/[^\d]/g, ''));

describe('/pool', () => {
  it('shows the first page, the count and the notes without JavaScript, and says search needs it', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/pool/`);
    expect(await page.locator('[data-testid="pool-entry"]').count()).toBe(20);
    expect(await count(page)).toBe(manifest().datasets.talent_pool.rows);
    const body = await page.locator('main').innerText();
    expect(body).toContain('单独同意公开');
    expect(body).toContain('名单不是排名');
    expect(body).toMatch(/数据为 \d{4} 年人才库/);
    expect(body).toContain('检索、筛选和翻页需要启用 JavaScript');
    // the controls are there, shown disabled: nothing to press that would do nothing
    for (const control of [page.getByLabel('查找人才'), page.getByRole('combobox', { name: /^所在县（市）/ }), page.getByRole('button', { name: '下一页' })])
      expect(await control.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    await context.close();
  });

  it('finds welders by typing hg, and each entry says how to reach the person through the bureau', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/pool/`);
    await waitForEngine(page);
    await page.getByLabel('查找人才').pressSequentially('hg');
    await resultsFor(page, 'hg');
    await page.waitForURL(/q=hg/);
    const occupations = await page.locator('[data-testid="entry-occupation"]').allInnerTexts();
    expect(occupations).toContain('焊工');
    const welders = (await pool("occupation_code = '6-18-02-04'")).length;
    expect(await count(page)).toBeGreaterThanOrEqual(welders);
    expect(await page.getByTestId('pool-understood').innerText()).toContain('焊工');
    // Narrowing to 焊工 from what the search understood lists exactly the welders.
    await page.getByRole('button', { name: /^职业焊工$/ }).click();
    await page.waitForURL(/occ=6-18-02-04/);
    await poll(() => count(page)).toBe(welders);
    expect(new Set(await page.locator('[data-testid="entry-occupation"]').allInnerTexts())).toEqual(new Set(['焊工']));
    for (const card of await page.locator('[data-testid="pool-entry"]').all()) {
      const text = await card.innerText();
      const ref = await card.getAttribute('data-ref');
      expect(text).toContain(`通过人社局人才服务窗口联系，提供编号 ${ref}`);
      expect(text).not.toMatch(/1[3-9]\d{9}/);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('puts county and level in the URL; a reload reproduces the list and the back button undoes it', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/pool/`);
    await waitForEngine(page);
    await page.getByRole('combobox', { name: /^所在县（市）/ }).selectOption({ label: '蒙自市' });
    await page.waitForURL(/county=532503/);
    await page.getByRole('combobox', { name: /^技能等级/ }).selectOption({ label: '高技能人才（高级工及以上）' });
    await page.waitForURL(/level=4%2B/);
    const expected = await pool("region_code = '532503' AND skill_level >= 4");
    await poll(() => count(page)).toBe(expected.length);
    const before = await listText(page);
    expect(new Set(await page.locator('[data-testid="entry-county"]').allInnerTexts())).toEqual(new Set(['蒙自市']));
    const levels = await page.locator('[data-testid="entry-level"]').allInnerTexts();
    expect(levels.every((l) => /高级工|技师|首席/.test(l))).toBe(true);

    await page.getByRole('button', { name: '下一页' }).click();
    await page.waitForURL(/page=2/);
    await poll(() => page.getByTestId('pool-page').innerText()).toMatch(/^第 2 \//);

    await page.reload();
    await waitForEngine(page);
    await poll(() => page.getByTestId('pool-page').innerText()).toMatch(/^第 2 \//);
    expect(await page.getByRole('combobox', { name: /^所在县（市）/ }).inputValue()).toBe('532503');
    expect(await page.getByRole('combobox', { name: /^技能等级/ }).inputValue()).toBe('4+');

    await page.goBack();
    await poll(() => page.getByTestId('pool-page').innerText()).toMatch(/^第 1 \//);
    await poll(() => listText(page)).toBe(before);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('level='));
    await poll(() => count(page)).toBe((await pool("region_code = '532503'")).length);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens and focuses the entry of ?ref=, even one far down the list, and is axe clean', async () => {
    const refs = (await pool()).map((r) => r.ref).sort();
    const last = refs.at(-1)!;
    const { page, context } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${baseUrl()}/pool/?ref=${last}`);
    const card = page.locator(`[data-testid="pool-opened"] [data-testid="pool-entry"][data-ref="${last}"]`);
    await card.waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain(`提供编号 ${last}`);
    expect(await page.evaluate(() => document.activeElement?.querySelector('[data-testid="pool-entry"]')?.getAttribute('data-ref'))).toBe(last);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/pool/?ref=R00000000`);
    await poll(() => page.getByTestId('pool-opened').innerText()).toContain('本期人才库中没有编号 R00000000');
    await context.close();
  });

  it('is axe clean with a search and filters applied', async () => {
    const { page, context } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${baseUrl()}/pool/?q=hangong&level=5%2B&relocate=1`);
    await resultsFor(page, 'hangong');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone with a search on screen', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${baseUrl()}/pool/?q=hg&county=532503`);
    await resultsFor(page, 'hg');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('works from the keyboard: tab to the search, type, and reach the first entry’s links', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/pool/`);
    await hydrated(page);
    const box = page.getByLabel('查找人才');
    for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('焊工');
    await resultsFor(page, '焊工');
    await page.waitForURL(/q=%E7%84%8A%E5%B7%A5/);
    expect(new Set(await page.locator('[data-testid="entry-occupation"]').allInnerTexts())).toContain('焊工');
    await context.close();
  });
});

describe('/pool before its script has run', () => {
  it('keeps a search typed into the prerendered box and runs it once the page is live', async () => {
    const { page, context } = await openPage(browser);
    const { release, live } = await openBeforeScript(page, `${baseUrl()}/pool/`);
    await page.getByLabel('查找人才').fill('hg');
    expect(await live()).toBe(false);
    release();
    await resultsFor(page, 'hg');
    await page.waitForURL(/q=hg/);
    expect(await page.getByLabel('查找人才').inputValue()).toBe('hg');
    expect(await page.getByTestId('pool-understood').innerText()).toContain('焊工');
    await context.close();
  });
});

describe('/pool with the data unreachable', () => {
  it('a search says 查询失败 with 重试; once the network is back, 重试 shows the search’s results', async () => {
    const welders = (await pool("occupation_code = '6-18-02-04'")).length;
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/pool/`);
    await hydrated(page);
    await page.getByLabel('查找人才').fill('焊工');
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 40_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 talent_pool 下载失败/);
    // the list on screen is still the prerendered one, and the page says it is not the search's
    expect(await error.innerText()).toContain('下方仍是上一次的结果');
    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await resultsFor(page, '焊工');
    expect(await page.getByTestId('query-error').count()).toBe(0);
    expect(await count(page)).toBeGreaterThanOrEqual(welders);
    expect(new Set(await page.locator('[data-testid="pool-results"] [data-testid="entry-occupation"]').allInnerTexts())).toContain('焊工');
    await context.close();
  });

  it('?ref= says 查询失败 with 重试, and 重试 opens the entry once the network is back', async () => {
    const someone = (await pool())[7].ref;
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/pool/?ref=${someone}`);
    const opened = page.getByTestId('pool-opened');
    const error = opened.getByTestId('query-error');
    await error.waitFor({ timeout: 40_000 });
    expect(await error.innerText()).toContain('查询失败');
    expect(await opened.innerText()).not.toContain('本期人才库中没有编号');
    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await opened.locator(`[data-testid="pool-entry"][data-ref="${someone}"]`).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });
});

