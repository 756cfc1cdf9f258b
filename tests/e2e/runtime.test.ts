/**
 * The page runtime as a reader meets it: reading costs no engine; the first sign of intent starts
 * it; a failed query says why and its retry works, whether the datasets or the engine itself
 * could not be fetched.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, engineRequests, hydrated, launch, openBeforeScript, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const DATASETS = /\/data\/[^/]+\.duckdb$/;
/** Any published dataset file, as the engine (.duckdb) or the matcher's worker (.parquet, the boundaries) fetches it. */
const ANY_DATA = /\/data\/[^/]+\.(duckdb|parquet|topo\.json)$/;
const WASM = /\.wasm(\?.*)?$/;
const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
};

describe('a reader who only reads', () => {
  it.each(['/', '/wages/', '/wages/6-18-02-04/', '/wages/6-18/', '/talent/', '/competitions/', '/pool/', '/match/'])('downloads no wasm and no dataset on %s, scrolling and all', async (path) => {
    const { page, context, requests, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}${path}`);
    await settle(page);
    await page.mouse.wheel(0, 2000);
    await page.locator('h1').click(); // a click on text is reading, not intent
    await settle(page);
    expect(engineRequests(requests)).toEqual([]);
    expect(requests.filter((u) => ANY_DATA.test(u))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('runs no query on the overview whatever the reader does there', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    await settle(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 3000);
    await settle(page);
    expect(engineRequests(requests)).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('engine:')).length)).toBe(0);
    await context.close();
  });
});

describe('the first sign of intent', () => {
  it('focusing a filter starts the engine and the page’s datasets, before any change', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${baseUrl()}/wages/`);
    await settle(page);
    await page.getByLabel('地区').focus();
    await expect.poll(() => engineRequests(requests).some((u) => /wage_prices\.[^/]+\.duckdb$/.test(u)), { timeout: 10_000 }).toBe(true);
    // only what the page's queries read: wage_prices, not the other datasets
    expect(engineRequests(requests).filter((u) => DATASETS.test(u)).every((u) => /wage_prices/.test(u))).toBe(true);
    await context.close();
  });

  it('a shared link to a view that is not prerendered starts the engine by itself', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/wages/?region=532503&level=4`);
    await page.locator('[data-query-state="ready"] [data-testid="wage-table"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('wage-title').innerText()).toContain('蒙自市');
    await context.close();
  });
});

describe('before the page’s script has run', () => {
  it('a filter chosen in the prerendered page is applied once the page is live', async () => {
    const { page, context } = await openPage(browser);
    const { release, live } = await openBeforeScript(page, `${baseUrl()}/wages/`);
    await page.getByLabel('地区').selectOption({ label: '蒙自市' });
    expect(await live()).toBe(false);
    release();
    await page.waitForURL(/region=532503/, { timeout: 30_000 });
    await page.locator('[data-query-state="ready"] [data-testid="wage-table"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('wage-title').innerText()).toContain('蒙自市');
    expect(await page.getByLabel('地区').inputValue()).toBe('532503');
    await context.close();
  });

  it('a shared filtered link hydrates without adding a history entry', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/wages/`);
    await page.waitForLoadState('networkidle');
    const fresh = await page.evaluate(() => history.length);
    const other = await context.newPage();
    await other.goto(`${baseUrl()}/wages/?region=532503`);
    await other.locator('[data-query-state="ready"] [data-testid="wage-table"]').waitFor({ timeout: 30_000 });
    expect(await other.evaluate(() => history.length)).toBe(fresh);
    await context.close();
  });
});

describe('a failed query says so, and its retry re-issues it', () => {
  it('/wages/: datasets unreachable → 查询失败 with the reason; back online → 重试 shows the view', async () => {
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/wages/`);
    await hydrated(page);
    await page.getByLabel('地区').selectOption({ label: '蒙自市' });
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 wage_prices 下载失败/);
    // the table on screen is the previous view's, and the page says so
    expect(await error.innerText()).toContain('下方仍是上一次的结果');
    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await page.locator('[data-query-state="ready"] [data-testid="wage-table"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('query-error').count()).toBe(0);
    expect(await page.getByTestId('wage-title').innerText()).toContain('蒙自市');
    await context.close();
  });

  it('/wages/: the engine itself unreachable (wasm blocked) → 查询失败; 重试 restarts the engine', async () => {
    const { page, context } = await openPage(browser);
    await page.route(WASM, (r) => r.abort('blockedbyclient'));
    await page.goto(`${baseUrl()}/wages/?level=5`);
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 40_000 });
    expect(await error.innerText()).toContain('无法获取分析引擎文件');
    // the prerendered table stays readable
    expect(await page.locator('[data-testid="wage-table"] tbody tr').count()).toBeGreaterThan(0);
    await page.unroute(WASM);
    await error.getByRole('button', { name: '重试' }).click();
    await page.locator('[data-query-state="ready"] [data-testid="wage-table"]').waitFor({ timeout: 40_000 });
    expect(await page.getByTestId('wage-title').innerText()).toContain('技师（二级）');
    await context.close();
  });

  it('/wages/6-18-02-04/: a county that cannot be queried is an error with 重试, never 无样本', async () => {
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/wages/6-18-02-04/`);
    await hydrated(page);
    const form = page.getByRole('form', { name: '工资核对' });
    await form.getByLabel('技能等级').selectOption({ label: '高级工（三级）' });
    await form.getByLabel('地区').selectOption({ label: '个旧市' });
    await form.getByLabel('工资（元）').fill('6500');
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain('查询失败');
    expect(await page.getByTestId('check-result').innerText()).not.toContain('无样本');
    // the ladder shows the prefecture's published figures and says whose they are
    expect(await page.locator('#ladder-title').innerText()).toContain('全州');
    expect(await page.locator('[data-testid="ladder-table"]').innerText()).not.toMatch(/无样本[\s\S]*无样本[\s\S]*无样本[\s\S]*无样本[\s\S]*无样本/);
    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('check-position').waitFor({ timeout: 30_000 });
    expect(await page.locator('#ladder-title').innerText()).toContain('个旧市');
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });

  it('/match/: the matcher’s worker itself unreachable → 查询失败 with the reason; 重试 starts a new worker and runs the search', async () => {
    const { page, context } = await openPage(browser);
    const WORKER = /\/_app\/immutable\/workers\/worker-[^/]+\.js$/;
    await page.route(WORKER, (r) => r.abort('blockedbyclient'));
    await page.goto(`${baseUrl()}/match/#job=${await firstJobId(page)}`);
    const error = page.locator('section.results').getByTestId('query-error');
    await error.waitFor({ timeout: 40_000 });
    expect(await error.innerText()).toContain('查询失败：匹配线程出错');
    await page.unroute(WORKER);
    await error.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('candidate').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });
});

/** A published job id, read from the release the build serves. */
async function firstJobId(page: Page): Promise<string> {
  const manifest = (await (await page.request.get(`${baseUrl()}/data/manifest.json`)).json()) as { datasets: { jobs: { csv: { file: string } } } };
  const csv = await (await page.request.get(`${baseUrl()}/data/${manifest.datasets.jobs.csv.file}`)).text();
  return csv.split('\n')[1].split(',')[0];
}

