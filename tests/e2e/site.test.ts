/**
 * The site as a visitor meets it: every page, with and without JavaScript, on a phone, with the
 * engine blocked, and with every request recorded.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { baseUrl, engineRequests, launch, openPage, waitForEngine } from './browser';

const PAGES = ['/', '/wages/', '/wages/6-18-02-04/', '/careers/', '/careers/6-18-02-04/', '/certification/', '/talent/', '/competitions/', '/pool/', '/match/', '/training/', '/data/', '/schools/', '/schools/SC01/', '/shortage/'];

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe.each(PAGES)('page %s', (path) => {
  it('loads with no console error, shows the demo banner, and requests nothing off-origin', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser);
    const res = await page.goto(`${baseUrl()}${path}`);
    expect(res?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    if (await page.getByTestId('engine-status').count()) await waitForEngine(page);
    expect(consoleErrors).toEqual([]);
    await expect(page.getByTestId('demo-banner').textContent()).resolves.toContain('示例数据，非真实统计');
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('has no axe violations', async () => {
    // axe is injected as an inline script, which the site's CSP rightly refuses
    const { page, context } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${baseUrl()}${path}`);
    await page.waitForLoadState('networkidle');
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${baseUrl()}${path}`);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('overview', () => {
  const figures = (sel: string) => `[data-testid="${sel}"]`;
  const read = async (page: import('playwright-core').Page) =>
    Promise.all(['kpi-total', 'kpi-high', 'kpi-share', 'level-medians', 'medals', 'overview-training'].map((t) => page.locator(figures(t)).innerText()));

  it('shows the same numbers with and without JavaScript, and never starts the engine', async () => {
    const nojs = await openPage(browser, { javaScriptEnabled: false });
    await nojs.page.goto(`${baseUrl()}/`);
    const prerendered = await read(nojs.page);
    expect(prerendered.join('\n')).toMatch(/\d/);
    await nojs.context.close();

    const js = await openPage(browser);
    await js.page.goto(`${baseUrl()}/`);
    await js.page.waitForLoadState('networkidle');
    expect(await read(js.page)).toEqual(prerendered);
    expect(engineRequests(js.requests)).toEqual([]);
    await js.context.close();
  });
});

describe('/data downloads', () => {
  it('offers every published dataset as CSV with a BOM and no formula cells, and as Parquet', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/data/`);
    const csvLinks = await page.locator('[data-testid="downloads"] a[href$=".csv"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const parquetLinks = await page.locator('[data-testid="downloads"] a[href$=".parquet"]').count();
    expect(csvLinks.length).toBeGreaterThanOrEqual(10);
    expect(parquetLinks).toBe(csvLinks.length);
    for (const href of csvLinks.filter((h) => /(jobs|competition_results|talent_pool)\./.test(h))) {
      const body = await (await page.request.get(href)).body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = body.toString('utf8');
      const cells = text.split(/\r\n/).flatMap((line) => line.split(','));
      expect(cells.filter((c) => /^"?[=+@-]/.test(c) && !/^-?\d/.test(c))).toEqual([]);
    }
    await context.close();
  });
});
