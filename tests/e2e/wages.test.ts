/** The 工资价位 table: filters and sort live in the URL, search finds by pinyin, numbers match the data. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, waitForEngine } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('/wages', () => {
  it('shows the prerendered table without JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/wages/`);
    const rows = page.locator('[data-testid="wage-table"] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('wage-title').innerText()).toMatch(/\d{4} 年 · .+ · 全部行业 · 全部等级/);
    await context.close();
  });

  it('puts filters in the URL; a reload and the back button reproduce the view', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/wages/`);
    await waitForEngine(page);
    await page.getByLabel('地区').selectOption({ label: '蒙自市' });
    await page.getByLabel('技能等级').selectOption({ label: '高级工（三级）' });
    await page.waitForURL(/region=532503/);
    await page.waitForURL(/level=4/);
    await expect.poll(() => page.getByTestId('wage-title').innerText()).toContain('蒙自市 · 全部行业 · 高级工（三级）');
    const before = await page.locator('[data-testid="wage-table"] tbody').innerText();

    await page.reload();
    await waitForEngine(page);
    await expect.poll(() => page.getByTestId('wage-title').innerText()).toContain('蒙自市 · 全部行业 · 高级工（三级）');
    await expect.poll(() => page.locator('[data-testid="wage-table"] tbody').innerText()).toBe(before);

    await page.goBack();
    await expect.poll(() => page.getByTestId('wage-title').innerText()).toContain('蒙自市 · 全部行业 · 全部等级');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('finds 焊工 by typing hg', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/wages/`);
    await page.getByLabel('查找职业').fill('hg');
    await page.waitForURL(/q=hg/);
    const weld = page.locator('tr.match[data-code="6-18-02-04"]');
    await expect.poll(() => weld.count()).toBe(1);
    expect(await weld.innerText()).toContain('焊工');
    await context.close();
  });
});
