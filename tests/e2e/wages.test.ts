/** The 工资价位 table: filters and sort live in the URL, search finds by pinyin, numbers match the data. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquet } from '../helpers/publish';
import { baseUrl, hydrated, launch, openPage } from './browser';

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
    await hydrated(page);
    await page.getByLabel('地区').selectOption({ label: '蒙自市' });
    await page.getByLabel('技能等级').selectOption({ label: '高级工（三级）' });
    await page.waitForURL(/region=532503/);
    await page.waitForURL(/level=4/);
    await expect.poll(() => page.getByTestId('wage-title').innerText()).toContain('蒙自市 · 全部行业 · 高级工（三级）');
    const before = await page.locator('[data-testid="wage-table"] tbody').innerText();

    await page.reload();
    await expect.poll(() => page.getByTestId('wage-title').innerText()).toContain('蒙自市 · 全部行业 · 高级工（三级）');
    await expect.poll(() => page.locator('[data-testid="wage-table"] tbody').innerText()).toBe(before);

    await page.goBack();
    await expect.poll(() => page.getByTestId('wage-title').innerText()).toContain('蒙自市 · 全部行业 · 全部等级');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('downloads the current view as CSV that Excel opens (BOM, no formula cells)', async () => {
    const { page, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${baseUrl()}/wages/?region=532503`);
    await page.locator('[data-query-state="ready"] [data-testid="wage-table"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('wage-title').innerText()).toContain('蒙自市');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^工资价位_\d{4}_蒙自市_全部行业_全部等级\.csv$/);
    const body = await readFile((await download.path())!);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toContain('中位数(P50)');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.slice(1).every((l) => l.split(',').every((c) => !/^"?[=+@]/.test(c)))).toBe(true);
    expect(lines.slice(1).every((l) => l.includes('蒙自市'))).toBe(true);
    await context.close();
  });

  it('finds 焊工 by typing hg, even typed before the page\'s script has run', async () => {
    const { page, context } = await openPage(browser);
    // hold the app's scripts back, so the text is typed into the prerendered box before hydration
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    await page.route(/\/_app\/immutable\/entry\/.*\.js$/, async (route) => (await gate, route.continue()));
    await page.goto(`${baseUrl()}/wages/`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('查找职业').fill('hg');
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
    release();
    await hydrated(page);
    await page.waitForURL(/q=hg/);
    expect(await page.getByLabel('查找职业').inputValue()).toBe('hg');
    const weld = page.locator('tr.match[data-code="6-18-02-04"]');
    await expect.poll(() => weld.count()).toBe(1);
    expect(await weld.innerText()).toContain('焊工');
    // ranked first among the best matches, and reachable by keyboard
    const best = page.getByTestId('best-match').first();
    expect(await best.innerText()).toBe('焊工');
    await page.getByLabel('查找职业').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('焊工');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/wages\/6-18-02-04\/$/);
    await context.close();
  });
});

describe('/wages/[code]', () => {
  it('checks 6,500 元/月 as a 高级工 in 蒙自市 against the published percentiles, and prints the sheet', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/wages/6-18-02-04/`);
    await hydrated(page);
    const form = page.getByRole('form', { name: '工资核对' });
    await form.getByLabel('技能等级').selectOption({ label: '高级工（三级）' });
    await form.getByLabel('地区').selectOption({ label: '蒙自市' });
    await form.getByLabel('工资（元）').fill('6500');
    const position = page.getByTestId('check-position');
    await position.waitFor({ timeout: 30_000 });
    const text = await position.innerText();
    expect(text).toMatch(/约第 \d+ 百分位|低于低位数|高于高位数/);
    expect(page.url()).toMatch(/level=4/);
    expect(page.url()).toMatch(/region=532503/);
    expect(page.url()).toMatch(/amount=6500/);

    // the figures quoted are the cell's published percentiles
    const result = await page.getByTestId('check-result').innerText();
    const ladderRow = await page.locator('[data-testid="ladder-table"] tr.checked').innerText();
    const p50 = result.match(/中位数 ([\d,]+)/)?.[1];
    expect(p50).toBeTruthy();
    expect(ladderRow).toContain(p50!);

    // the print sheet: A4 PDF with the verdict and the non-binding note, without the navigation
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('.print-meta').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
    // A4 portrait with 12 mm margins leaves 186 mm = 703 CSS px: every column fits, no level name wraps
    await page.setViewportSize({ width: 703, height: 1000 });
    const fit = await page.locator('[data-testid="ladder-table"]').evaluate((t) => {
      const box = t.parentElement!.getBoundingClientRect();
      const last = t.querySelector('thead th:last-child')!.getBoundingClientRect();
      const heads = [...t.querySelectorAll('tbody th')].map((th) => th.getBoundingClientRect().height);
      const line = parseFloat(getComputedStyle(t.querySelector('tbody th')!).lineHeight);
      return { overflow: t.scrollWidth - box.width, lastRight: last.right - box.right, tallest: Math.max(...heads), line };
    });
    expect(fit.overflow).toBeLessThan(1);
    expect(fit.lastRight).toBeLessThanOrEqual(0.5);
    expect(fit.tallest).toBeLessThan(fit.line * 2.6); // one line of text (a premium cell may take two)
    if (process.env.SKILLATLAS_PRINT_PNG) await page.screenshot({ path: process.env.SKILLATLAS_PRINT_PNG, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('prerenders every occupation page with its ladder, readable without JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/wages/6-18-02-04/`);
    expect(await page.locator('h1').innerText()).toContain('焊工');
    expect(await page.locator('[data-testid="ladder-table"] tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid="county-table"] tbody tr').count()).toBe(13);
    await context.close();
  });
});

describe('numbers on screen equal the published Parquet', () => {
  const manifest = () => JSON.parse(readFileSync('build/data/manifest.json', 'utf8')) as { datasets: Record<string, { file: string }>; years: { wage: number[] }; prefecture: { code: string } };
  const cells = (where: string) => readParquet<Record<string, number | null>>(join('build/data', manifest().datasets.wage_prices.file), where);
  const digits = (s: string) => s.split(/\s+/).map((x) => x.replace(/,/g, '')).filter((x) => /^\d+$/.test(x)).map(Number);

  it('in the /wages table (焊工, whole prefecture, latest year)', async () => {
    const m = manifest();
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/wages/`);
    const year = m.years.wage.at(-1);
    const [c] = await cells(`year = ${year} AND region_code = '${m.prefecture.code}' AND occupation_code = '6' AND skill_level IS NULL AND industry IS NULL`);
    const row = await page.locator('tr[data-code="6"]').innerText();
    expect(digits(row).slice(-6)).toEqual([c.n_workers, c.p10, c.p25, c.p50, c.p75, c.p90]);
    await context.close();
  });

  it('in the ladder of /wages/6-18-02-04/', async () => {
    const m = manifest();
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/wages/6-18-02-04/`);
    const year = m.years.wage.at(-1);
    const published = await cells(`year = ${year} AND region_code = '${m.prefecture.code}' AND occupation_code = '6-18-02-04' AND industry IS NULL AND skill_level IS NOT NULL AND NOT suppressed ORDER BY skill_level`);
    expect(published.length).toBeGreaterThan(3);
    const rows = await page.locator('[data-testid="ladder-table"] tbody tr').allInnerTexts();
    for (const c of published) {
      const row = rows[c.skill_level as number];
      expect(digits(row).slice(0, 5)).toEqual([c.p10, c.p25, c.p50, c.p75, c.p90]);
    }
    await context.close();
  });
});
