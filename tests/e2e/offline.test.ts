/**
 * Repeat and offline visits: the service worker keeps what a page used, answers from it when the
 * server is down, says so, and says when a newer release is on the server.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { launch, openPage } from './browser';

let browser: Browser;
let server: Server | null = null;
let port = 0;
/** When set, the server announces this as the current release's build time. */
let newerRelease: string | null = null;
/** Every path the server was asked for. */
const served: string[] = [];

async function up(): Promise<void> {
  server = await startServer('build', port, '127.0.0.1', (req, res) => {
    served.push(req.url ?? '');
    if (newerRelease === null || !req.url?.startsWith('/data/manifest.json')) return false;
    const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ ...manifest, built_at: newerRelease }));
    return true;
  });
  port = (server.address() as { port: number }).port;
}

async function down(): Promise<void> {
  const s = server;
  server = null;
  if (!s) return;
  s.closeAllConnections();
  await new Promise<void>((resolve) => s.close(() => resolve()));
}

beforeAll(async () => {
  browser = await launch();
  await up();
});
afterEach(async () => {
  newerRelease = null;
  if (!server) await up();
});
afterAll(async () => {
  await down();
  await browser?.close();
});

const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) out.push(req.url);
    return out;
  });

describe('service worker', () => {
  it('fetches nothing ahead: a reader who only reads caches no engine and no dataset', async () => {
    const { page, context, requests } = await openPage(browser, { serviceWorkers: 'allow' });
    await page.goto(url('/wages/'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForLoadState('networkidle');
    const cached = await cachedUrls(page);
    expect(cached.some((u) => u.endsWith('/wages/'))).toBe(true);
    expect(cached.filter((u) => /\.(wasm|duckdb|parquet)$/.test(u))).toEqual([]);
    expect(requests.filter((u) => /\.(wasm|duckdb|parquet)$/.test(u))).toEqual([]);
    await context.close();
  });

  it('keeps a used page working with the server down, says so, then says a newer release exists', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'allow' });
    const view = url('/wages/?region=532503');
    await page.goto(view);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Loaded once under the worker's control, so the page, its code, the engine and data are kept.
    await page.reload();
    await expect.poll(() => page.getByTestId('wage-title').innerText(), { timeout: 30_000 }).toContain('蒙自市');
    await expect.poll(async () => (await cachedUrls(page)).some((u) => u.endsWith('.wasm')), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('release-notice').count()).toBe(0);
    const table = page.locator('[data-testid="wage-table"] tbody');
    const online = await table.innerText();

    await down();
    await page.reload();
    const notice = page.getByTestId('release-notice');
    await expect.poll(() => notice.getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    expect(await notice.innerText()).toContain('离线浏览');
    // The engine starts from the cache alone and answers.
    await expect.poll(() => page.getByTestId('wage-title').innerText(), { timeout: 30_000 }).toContain('蒙自市');
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toBe(online);

    newerRelease = '2099-01-01T00:00:00.000Z';
    await up();
    await notice.getByRole('button', { name: '检查更新' }).click();
    await expect.poll(() => notice.getAttribute('data-state')).toBe('superseded');
    expect(await notice.innerText()).toContain('2099年1月1日');

    newerRelease = null;
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('release-notice').count()).toBe(0);
    await context.close();
  });

  it('starts the engine from the cache alone on a repeat visit, before any intent and without a download', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'allow' });
    await page.goto(url('/wages/?region=532503'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.getByTestId('wage-title').innerText(), { timeout: 30_000 }).toContain('蒙自市');
    await page.waitForLoadState('networkidle');

    served.length = 0;
    await page.goto(url('/wages/'));
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('engine:instantiate').length), { timeout: 15_000 }).toBe(1);
    expect(served.filter((p) => /\.(wasm|duckdb|parquet)$/.test(p))).toEqual([]);
    await context.close();
  });

  it('answers a page never opened, with the server down, with a page that says so', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'allow' });
    await page.goto(url('/'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await down();
    const res = await page.goto(url('/talent/'));
    expect(res?.status()).toBe(503);
    expect(await page.locator('h1').innerText()).toBe('暂时无法连接服务器');
    await up();
    await context.close();
  });
});
