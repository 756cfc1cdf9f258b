/**
 * Debian's Chromium driven by playwright-core, with the flags this network needs (no background
 * requests to Google, which would also break the "no request leaves the origin" check).
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']
  });
}

export const baseUrl = (): string => inject('baseUrl');

export interface Recorded {
  page: Page;
  context: BrowserContext;
  requests: string[];
  consoleErrors: string[];
}

/** A fresh context and page that record every request and every console error. */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Recorded> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
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
