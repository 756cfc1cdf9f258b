import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';

export const launch = launchChromium;

export const baseUrl = (): string => inject('baseUrl');

export interface Recorded {
  page: Page;
  context: BrowserContext;
  requests: string[];
  consoleErrors: string[];
}

/**
 * A fresh context and page that record every request and every console error. The service worker
 * is blocked unless a test asks for it (`serviceWorkers: 'allow'`): requests it answers from its
 * cache would bypass `page.route`, and only the offline tests are about it.
 */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Recorded> {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r: Request) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { page, context, requests, consoleErrors };
}

/**
 * The engine starts on the reader's first intent (runtime/intent.ts): like a reader, focus the
 * page's first control if nothing has started it yet, then wait for it to be ready (the engine's
 * status line on pages that have one, else the engine's `engine:instantiate` measure).
 */
export async function waitForEngine(page: Page, timeout = 30_000): Promise<void> {
  await hydrated(page, timeout);
  const status = page.getByTestId('engine-status');
  if (await status.count()) {
    if ((await status.getAttribute('data-status')) === 'idle') await page.locator('main :is(select, input, button)').first().focus();
    await page.waitForSelector('[data-testid="engine-status"][data-status="ready"]', { timeout });
    return;
  }
  const started = () => page.evaluate(() => performance.getEntriesByName('engine:instantiate').length > 0);
  if (!(await started())) await page.locator('main :is(select, input, button)').first().focus();
  await page.waitForFunction(() => performance.getEntriesByName('engine:instantiate').length > 0, null, { timeout });
}

/** Requests a reader who only reads must never make: the engine's wasm, worker and datasets. */
export const engineRequests = (urls: readonly string[]): string[] => urls.filter((u) => /\.wasm(\?|$)|\.duckdb(\?|$)|duckdb-browser-.*\.worker/.test(u));

/** Waits until the page's script has run (the root layout marks <html> with .js once mounted). */
export async function hydrated(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.classList.contains('js'), null, { timeout });
}

/**
 * Opens `url` with the app's entry scripts held back, so the test can act on the prerendered page
 * as a reader on a slow connection would before the page is live; `release()` lets the scripts in.
 */
export async function openBeforeScript(page: Page, url: string): Promise<{ release: () => void; live: () => Promise<boolean> }> {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/\/_app\/immutable\/entry\/.*\.js$/, async (route) => (await gate, route.continue()));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { release, live: () => page.evaluate(() => document.documentElement.classList.contains('js')) };
}
