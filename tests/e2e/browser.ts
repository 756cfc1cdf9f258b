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

export async function waitForEngine(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-testid="engine-status"][data-status="ready"]', { timeout });
}
