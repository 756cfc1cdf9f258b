import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launch, openPage, waitForEngine } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

it('loads the overview and the engine', async () => {
  const { page, consoleErrors, requests } = await openPage(browser);
  await page.goto(`${baseUrl()}/`);
  await waitForEngine(page);
  await page.waitForSelector('[data-source="engine"]');
  console.log(requests.length, consoleErrors);
  expect(consoleErrors).toEqual([]);
});
