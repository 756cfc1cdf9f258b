/** /talent: the county map and the charts it filters; metric and county in the URL; keyboard; withheld cells. */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { baseUrl, engineRequests, hydrated, launch, openPage, waitForEngine } from './browser';

const COUNTIES = ['532501', '532502', '532503', '532504', '532523', '532524', '532525', '532527', '532528', '532529', '532530', '532531', '532532'];

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const DATASETS = /\/data\/[^/]+\.duckdb$/;
const text = (page: Page, testid: string) => page.getByTestId(testid).innerText();
/** The charts' numbers, from their tables (the SVGs carry the same figures). */
const tables = (page: Page) => Promise.all(['levels', 'trend', 'occupations', 'industries', 'ages', 'genders'].map((id) => page.locator(`[data-testid="${id}"] table`).textContent()));

describe('/talent', () => {
  it('shows the map and the prefecture’s charts without JavaScript, with the figures the engine computes', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/talent/`);
    const codes = await page.locator('[data-testid="county-map"] path[data-code]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')));
    expect(codes).toEqual(COUNTIES);
    expect(await text(page, 'structure-title')).toMatch(/^全州 · \d{4} 年/);
    const levels = await page.locator('[data-testid="levels"] table').textContent();
    expect(levels).toMatch(/高级工（三级）\s*[\d,]+/);
    expect(await page.locator('[data-testid="industries"] table tbody tr').count()).toBeGreaterThan(5);
    const prerendered = await tables(page);
    await context.close();

    // the engine's cells give the same figures once it has loaded them (it starts on the reader's first intent)
    const js = await openPage(browser);
    await js.page.goto(`${baseUrl()}/talent/`);
    await waitForEngine(js.page);
    await js.page.waitForSelector('[data-testid="structure"][data-breakdowns="engine"]', { timeout: 30_000 });
    expect(await tables(js.page)).toEqual(prerendered);
    await js.context.close();
  });

  it('puts the metric and the county in the URL, updates every chart, and the back button and a reload reproduce it', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/talent/`);
    await waitForEngine(page);
    const before = await tables(page);

    await page.getByLabel('地图指标').selectOption('per_emp');
    await page.waitForURL(/metric=per_emp/);
    await expect.poll(() => text(page, 'map-title')).toContain('每万名就业人员中的在库人数');

    await page.locator('path[data-code="532503"]').click();
    await page.waitForURL(/county=532503/);
    expect(page.url()).toMatch(/metric=per_emp/);
    await expect.poll(() => text(page, 'structure-title')).toContain('蒙自市');
    await expect.poll(async () => (await tables(page)).every((t, i) => t !== before[i])).toBe(true);
    expect(await page.locator('path[data-code="532503"]').getAttribute('aria-pressed')).toBe('true');
    const mengzi = await tables(page);
    expect(await page.getByTestId('compare-table').innerText()).toMatch(/蒙自市\s+全州/);

    await page.reload();
    await waitForEngine(page);
    await expect.poll(() => text(page, 'structure-title')).toContain('蒙自市');
    await expect.poll(() => tables(page)).toEqual(mengzi);
    expect(await page.getByLabel('地图指标').inputValue()).toBe('per_emp');

    await page.goBack();
    await expect.poll(() => text(page, 'structure-title')).toMatch(/^全州/);
    await expect.poll(() => tables(page)).toEqual(before);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reaches every county by keyboard and selects with Enter and Space', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/talent/`);
    await waitForEngine(page);
    await page.locator('form[aria-label="选择年度与指标"] select').last().focus();
    const reached: string[] = [];
    for (let i = 0; i < COUNTIES.length; i++) {
      await page.keyboard.press('Tab');
      reached.push((await page.evaluate(() => document.activeElement?.getAttribute('data-code'))) ?? '');
    }
    expect(reached).toEqual(COUNTIES);
    // focus shows the county's figures
    expect(await text(page, 'map-detail')).toContain('河口瑶族自治县');
    await page.keyboard.press('Enter');
    await page.waitForURL(/county=532532/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(' ');
    await page.waitForURL(/county=532531/);
    await expect.poll(() => text(page, 'structure-title')).toContain('绿春县');
    await context.close();
  });

  it('hatches and names counties whose figure is withheld, and downloads 不公布 in the CSV', async () => {
    const { page, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${baseUrl()}/talent/?metric=count&level=8&county=532531`);
    await waitForEngine(page);
    await expect.poll(() => text(page, 'map-title')).toContain('首席技师');
    const hatched = await page.locator('path[data-code][fill="url(#no-data-hatch)"]').evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')));
    expect(hatched.length).toBeGreaterThan(0);
    expect(hatched.every((l) => /不公布|无数据/.test(l ?? ''))).toBe(true);
    const note = await text(page, 'no-data-note');
    for (const l of hatched) expect(note).toContain(l!.split('：')[0]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('levels-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^人才分布_技能等级_\d{4}_绿春县\.csv$/);
    const body = await readFile((await download.path())!);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toContain('技能等级');
    expect(lines.some((l) => l.includes('首席技师') && l.includes('不公布'))).toBe(true);
    await context.close();
  });

  it('with the datasets unreachable, a county click says 查询失败 in place of its breakdowns; back online, 重试 shows them', async () => {
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/talent/`);
    await hydrated(page);
    await page.locator('path[data-code="532503"]').click();
    await page.waitForURL(/county=532503/);
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 talent_stats 下载失败/);
    // what needs no query is still there: the county's ladder and trend, from the totals the page ships
    expect(await text(page, 'structure-title')).toContain('蒙自市');
    expect(await page.locator('[data-testid="levels"] table').textContent()).toMatch(/高级工（三级）\s*[\d,]+/);
    expect(await page.getByTestId('industries').count()).toBe(0);

    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await page.waitForSelector('[data-testid="structure"][data-breakdowns="engine"]', { timeout: 30_000 });
    expect(await page.locator('[data-testid="industries"] table tbody tr').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('query-error').count()).toBe(0);
    // another year is one more query of the year's cells; a county click then queries nothing
    await page.getByLabel('统计年度').selectOption({ index: 1 });
    await page.waitForURL(/year=\d{4}/);
    await page.waitForSelector('[data-testid="structure"][data-breakdowns="engine"] [data-testid="industries"]', { timeout: 30_000 });
    const queries = () => page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('engine:talent.')).length);
    const before = await queries();
    await page.locator('path[data-code="532501"]').click();
    await expect.poll(() => text(page, 'structure-title')).toContain('个旧市');
    expect(await queries()).toBe(before);
    await context.close();
  });

  it('loads and draws a chart when it comes into view, not before: a phone at the top of the page loads no chart code', async () => {
    const { page, context, requests } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(`${baseUrl()}/talent/`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const scripts = () => requests.filter((u) => u.endsWith('.js')).length;
    const before = scripts();
    expect(await page.locator('.chart svg').count()).toBe(0);
    await page.getByTestId('levels').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="levels"] .chart svg').waitFor({ timeout: 30_000 });
    expect(scripts()).toBeGreaterThan(before);
    expect(engineRequests(requests)).toEqual([]);
    // on the phone every axis label of the long-label charts is whole inside its chart (cut with …, never clipped)
    for (const id of ['occupations', 'industries']) {
      await page.getByTestId(id).scrollIntoViewIfNeeded();
      const svg = page.locator(`[data-testid="${id}"] .chart svg`).first();
      await svg.waitFor({ timeout: 30_000 });
      const outside = await svg.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('g[aria-label$="tick label"] text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5;
          })
          .map((t) => t.textContent);
      });
      expect(outside, id).toEqual([]);
    }
    await context.close();
  });

  it('has no axe violations with a county selected and a comparison open', async () => {
    const { page, context } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${baseUrl()}/talent/?county=532501&vs=532531&metric=count_change`);
    await waitForEngine(page);
    await expect.poll(() => page.getByTestId('compare-table').innerText()).toContain('绿春县');
    await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await context.close();
  });
});
