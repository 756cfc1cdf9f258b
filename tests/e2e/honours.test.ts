/**
 * Honours on /competitions/ (竞赛与荣誉) as the public meets them: the latest year's roll without
 * JavaScript, announced names only (王某 otherwise), a holder in the pool linked to their entry,
 * the section's choices in the page's URL under the page's filter, the studios, and a failed
 * query with a working retry.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, hydrated, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const HONOURS = /\/data\/honours\.[^/]+\.duckdb$/;
const roll = (page: Page) => page.getByTestId('roll-table');

describe('honours on /competitions/', () => {
  it('shows the latest roll without JavaScript, with announced names only, and what each honour unlocks', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/competitions/`);
    expect(await page.locator('h1').innerText()).toBe('竞赛与荣誉');
    expect(await page.getByTestId('roll-title').innerText()).toMatch(/^\d{4} 年 · 全部级别 · 全部职业 · 全州各县（市）：[\d,]+ 人次/);
    const masked = await roll(page).locator('tr[data-announced="false"] th').allInnerTexts();
    expect(masked.length).toBeGreaterThan(0);
    for (const m of masked) expect(m).toMatch(/^\S{1,2}某\s*未公示$/);
    const announced = await roll(page).locator('tr[data-announced="true"] th').allInnerTexts();
    expect(announced.some((n) => !n.includes('某'))).toBe(true);
    expect(await page.getByTestId('honours-by-year').locator('tbody tr').count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId('honour-unlocks').locator('tbody tr').count()).toBe(7);
    expect(await page.getByTestId('honours-studios').locator('li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('links a holder who is in the pool to their pool entry, and the entry back to the roll', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/competitions/`);
    const row = roll(page).locator('tbody tr', { has: page.locator('a[href*="/pool/?ref="]') }).first();
    const link = row.locator('a[href*="/pool/?ref="]');
    const ref = (await link.innerText()).trim();
    expect(ref).toMatch(/^R[0-9A-Z]{8}$/);
    const [honour] = (await row.innerText()).split('\t').map((s) => s.trim());
    const year = /(\d{4}) 年/.exec(await page.getByTestId('roll-title').innerText())![1];
    await link.click();
    await page.waitForURL(new RegExp(`/pool/\\?ref=${ref}`));
    await page.locator(`[data-testid="pool-opened"] [data-testid="pool-entry"][data-ref="${ref}"]`).waitFor({ timeout: 30_000 });
    const back = page.getByTestId('pool-honours').getByRole('link', { name: `${year} 年${honour}` });
    await back.click();
    await page.waitForURL(/\/competitions\/\?.*hyear=/);
    await expect.poll(() => page.getByTestId('roll-title').innerText(), { timeout: 30_000 }).toContain(`${year} 年`);
    expect(await page.getByTestId('roll-title').innerText()).toContain(honour);
    expect(await roll(page).locator(`a[href*="/pool/?ref=${ref}"]`).count()).toBe(1);
    await context.close();
  });

  it('keeps its year, title and studio list in the page’s URL, under the page’s tier and county filter', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/competitions/?tier=provincial`);
    await hydrated(page);
    const section = page.getByTestId('honours');
    await section.getByLabel('授予年份').selectOption('2018');
    await page.waitForURL(/hyear=2018/);
    expect(page.url()).toContain('tier=provincial');
    await expect.poll(() => page.getByTestId('roll-title').innerText(), { timeout: 30_000 }).toMatch(/^2018 年 · 省级/);
    // the title list follows the page's tier (省级: 省技术能手 only)
    expect(await section.getByLabel('荣誉称号').locator('option').allInnerTexts()).toEqual(['全部荣誉', '省技术能手（省级）']);
    await section.getByLabel('荣誉称号').selectOption('省技术能手');
    await page.waitForURL(/honour=/);
    await expect.poll(() => roll(page).locator('tbody tr td:first-child').allInnerTexts().then((t) => [...new Set(t)]), { timeout: 30_000 }).toEqual(['省技术能手']);
    await page.getByLabel('选手所在县（市）').selectOption({ label: '蒙自市' });
    await page.waitForURL(/county=532503/);
    expect(page.url()).toMatch(/hyear=2018/);
    await expect.poll(() => roll(page).locator('tbody tr td:nth-child(5)').allInnerTexts().then((t) => [...new Set(t)]), { timeout: 30_000 }).toEqual(['蒙自市']);
    expect(await page.getByTestId('roll-title').innerText()).toContain('蒙自市');

    const studios = page.getByTestId('honours-studios');
    await studios.locator('[data-query-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await studios.locator('h2').innerText()).toContain('蒙自市');
    const total = Number(/共 (\d+) 个/.exec(await studios.locator('h2').innerText())![1]);
    if (total > (await studios.locator('li').count())) {
      await studios.getByRole('button', { name: /显示全部/ }).click();
      await page.waitForURL(/studios=all/);
      await expect.poll(() => studios.locator('li').count(), { timeout: 30_000 }).toBe(total);
    }
    await page.goBack();
    expect(page.url()).not.toContain('studios=all');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says 查询失败 when the roll cannot be fetched, and 重试 shows it', async () => {
    const { page, context } = await openPage(browser);
    await page.route(HONOURS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/competitions/`);
    await hydrated(page);
    await page.getByTestId('honours').getByLabel('授予年份').selectOption('2016');
    // the page's status line says it (the section still shows the previous roll, not as 2016's)
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 honours 下载失败/);
    expect(await error.innerText()).toContain('下方仍是上一次的结果');
    await page.unroute(HONOURS);
    await error.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.getByTestId('roll-table').locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('query-error').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.getByTestId('roll-title').innerText()).toMatch(/^2016 年/);
    expect(await page.locator('[data-testid="honours-roll"] [data-query-state="ready"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
