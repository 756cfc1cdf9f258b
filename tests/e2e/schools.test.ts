/**
 * /schools/ and a school's page as a reader meets them: the scorecard without JavaScript with the
 * figures the engine computes, withheld / not reported / failed as three different states, the
 * view in the URL, the comparison, and a failed query with a working retry.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, hydrated, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const DATASETS = /\/data\/[^/]+\.duckdb$/;
const scorecard = (page: Page) => page.getByTestId('scorecard');
const sections = (page: Page) => Promise.all(['placement-table', 'scorecard', 'compare-table', 'funding-table'].map((t) => page.getByTestId(t).innerText()));

describe('/schools/', () => {
  it('shows the latest cohort without JavaScript, with the very figures the engine computes once it has every cohort', async () => {
    const nojs = await openPage(browser, { javaScriptEnabled: false });
    await nojs.page.goto(`${baseUrl()}/schools/`);
    expect(await nojs.page.getByTestId('schools-title').innerText()).toMatch(/^\d{4} 届 · 全州 · 全部类型/);
    expect(await scorecard(nojs.page).locator('tbody tr').count()).toBeGreaterThan(50);
    const prerendered = await sections(nojs.page);
    expect(prerendered[3]).toMatch(/\d+\.\d%\s+[\d,]+ \/ [\d,]+/); // a criterion with the figures it uses
    await nojs.context.close();

    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/schools/`);
    await hydrated(page);
    await page.getByLabel('毕业年份（届）').focus(); // the reader's first intent starts the engine
    await page.locator('[data-testid="schools-content"][data-source="engine"]').waitFor({ timeout: 30_000 });
    expect(await sections(page)).toEqual(prerendered);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows a small cohort as 不公布, a count the school did not send as 未报送, and neither as 0', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/schools/`);
    const small = scorecard(page).locator('tr[data-suppressed="true"]').first();
    await small.waitFor();
    const cells = await small.locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/^\d$/); // the size is published
    expect(cells.slice(1, 8)).toEqual(Array(7).fill('不公布')); // 4 rates, pay, 订单班, 学徒
    expect(await small.locator('td[data-state="withheld"]').first().getAttribute('title')).toMatch(/毕业生不足 \d+ 人，不公布/);
    await page.goto(`${baseUrl()}/schools/SC06/`);
    const unreported = page.locator('tr[data-cohort="2023"]').first();
    expect(await unreported.locator('td[data-state="missing"]').first().innerText()).toBe('未报送');
    expect(await page.getByTestId('school-cohorts').innerText()).toMatch(/2 个未报送/);
    await context.close();
  });

  it('keeps the cohort, filters, comparison and sort in the URL; a reload and the back button reproduce the view', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/schools/`);
    await hydrated(page);
    const filters = page.getByRole('form', { name: '筛选职业院校' });
    await filters.getByLabel('毕业年份（届）').selectOption('2024');
    await page.waitForURL(/cohort=2024/);
    await expect.poll(() => page.getByTestId('schools-title').innerText()).toContain('2024 届');
    await page.locator('[data-testid="schools-content"][data-source="engine"]').waitFor({ timeout: 30_000 });
    await filters.getByLabel('学校类型').selectOption('中职');
    await page.waitForURL(/kind=/);
    await expect.poll(() => scorecard(page).innerText()).not.toContain('红河州技师学院');
    const rows = await scorecard(page).locator('tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    await filters.getByLabel('只看急需紧缺职业对应的专业').check();
    await page.waitForURL(/only=shortage/);
    await expect.poll(() => scorecard(page).locator('tbody tr').count()).toBeLessThan(rows);
    expect(await scorecard(page).locator('tbody tr').evaluateAll((trs) => trs.every((tr) => tr.textContent!.includes('急需紧缺')))).toBe(true);
    await page.getByRole('button', { name: /6个月就业率/ }).first().click();
    await page.waitForURL(/sort=employment_rate/);

    const compare = page.getByTestId('compare');
    await compare.getByLabel('职业（专业对应的细类）').selectOption('6-18-02-04');
    await page.waitForURL(/occ=6-18-02-04/);
    await expect.poll(() => page.getByTestId('compare-table').innerText()).toContain('焊接加工');

    const url = page.url();
    const before = await sections(page);
    await page.reload();
    await page.locator('[data-testid="schools-content"][data-source="engine"]').waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(url);
    await expect.poll(() => sections(page), { timeout: 30_000 }).toEqual(before);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('occ='));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says 查询失败 with the reason when the data cannot be fetched, and 重试 shows the cohort', async () => {
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/schools/`);
    await hydrated(page);
    await page.getByLabel('毕业年份（届）').selectOption('2023');
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 \w+ 下载失败/);
    expect(await error.innerText()).toContain('下方仍是上一次的结果');
    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.getByTestId('query-error').count(), { timeout: 30_000 }).toBe(0);
    await page.locator('[data-query-state="ready"] [data-testid="scorecard"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('schools-title').innerText()).toContain('2023 届');
    await context.close();
  });
});

describe('/schools/[id]/', () => {
  it('prerenders a school: every cohort of every major, its criteria with their figures, and its partners', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl()}/schools/SC01/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('红河州技师学院');
    expect(await page.locator('[data-testid="school-majors"] tbody tr[data-cohort]').count()).toBeGreaterThanOrEqual(3 * 5);
    expect(await page.getByTestId('school-cohorts').innerText()).toMatch(/2025 届[\s\S]*\d+\.\d%/);
    expect(await page.locator('[data-testid="partners"] li').count()).toBeGreaterThan(0);
    await context.close();
  });
});
