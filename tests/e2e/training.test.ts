/**
 * /training/ as a worker meets it: filter for subsidised 焊工 courses toward 高级工 in a county,
 * see what each costs after the subsidy, how earlier trainees did and where their pay sits, then
 * compare, print and share; the first page and every course and provider page without
 * JavaScript, with the engine's figures equal to the prerendered ones; a blocked dataset is
 * 查询失败 with a working 重试; axe clean; a 360 px phone without sideways scrolling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquet } from '../helpers/publish';
import { axeViolations } from './axe';
import { baseUrl, engineRequests, hydrated, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const manifest = () => JSON.parse(readFileSync('build/data/manifest.json', 'utf8')) as { as_of: string; datasets: Record<string, { file: string }> };
type Programme = { programme_id: string; occupation_code: string; target_level: number | null; region_code: string; start_date: string; subsidy: number; net_fee: number | null; provider_id: string };
const programmes = (where: string) => readParquet<Programme>(join('build/data', manifest().datasets.training_programmes.file), where);

/** Cards' text keyed by programme id. */
const cardTexts = async (page: Page): Promise<Record<string, string>> =>
  Object.fromEntries(
    await page.locator('[data-testid="course-card"]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-programme')!, (e as HTMLElement).innerText.replace('加入对比', '').trim()]))
  );

/** The finder shows the view of the page's URL (its count names it: `data-view`), answered and rendered. */
const resultsReady = async (page: Page) => {
  await hydrated(page);
  const canonical = (q: string) => [...new URLSearchParams(q)].map(([k, v]) => `${k}=${v}`).sort().join('&');
  const want = canonical(new URL(page.url()).search);
  await page.waitForFunction(
    ([w]) => {
      const el = document.querySelector('[data-query-state="ready"] [data-testid="finder-count"]');
      return !!el && [...new URLSearchParams(el.getAttribute('data-view') ?? '')].map(([k, v]) => `${k}=${v}`).sort().join('&') === w;
    },
    [want],
    { timeout: 40_000 }
  );
};

describe('/training/ without JavaScript', () => {
  it('lists the courses not started yet with fee → subsidy → what you pay, and links every provider', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/training/`);
    const cards = page.getByTestId('course-card');
    expect(await cards.count()).toBeGreaterThan(5);
    expect(await page.getByTestId('finder-count').innerText()).toMatch(/尚未开班 · 全州：共 \d+ 门课程/);
    expect(await cards.first().getByTestId('fee').innerText()).toMatch(/培训费 .+ 元.*=.*自付 [\d,]+ 元/s);
    const upcoming = await programmes(`start_date >= '${manifest().as_of}'`);
    const ids = Object.keys(await cardTexts(page));
    expect(ids.every((id) => upcoming.some((p) => p.programme_id === id))).toBe(true);
    const providerLinks = page.locator('#providers-title ~ ul a');
    expect(await providerLinks.count()).toBeGreaterThan(20);
    await context.close();
  });

  it('prerenders every course page and every provider page, a suspended provider saying so with its note', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    const [past] = await programmes(`start_date < '2025-06-01' ORDER BY programme_id LIMIT 1`);
    await page.goto(`${baseUrl()}/training/${past.programme_id}/`);
    expect(await page.locator('h1').innerText()).toContain('培训班');
    expect(await page.getByTestId('course-facts').innerText()).toContain(past.occupation_code);
    expect(await page.getByTestId('evidence').count()).toBe(1);
    await page.goto(`${baseUrl()}/training/`);
    const suspended = page.locator('#providers-title ~ ul li', { hasText: '资格暂停' }).first().locator('a');
    await suspended.click();
    await page.waitForURL(/\/training\/provider\/[^/]+\/$/);
    expect(await page.getByTestId('provider-status').innerText()).toMatch(/机构资格暂停：.+/);
    expect(await page.getByTestId('provider-years').locator('tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('a worker looking for a subsidised 焊工 course toward 高级工', () => {
  it('filters by occupation (pinyin), level, county and subsidy; sees costs, outcomes and where pay sits; compares, prints and shares', async () => {
    const { page, context, consoleErrors } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${baseUrl()}/training/`);
    await hydrated(page);
    // a county with an upcoming subsidised 焊工 高级工 course
    const [course] = await programmes(`occupation_code = '6-18-02-04' AND target_level = 4 AND subsidy > 0 AND start_date >= '${manifest().as_of}' ORDER BY programme_id DESC`);
    const county = await page.getByLabel('县（市）').locator(`option[value="${course.region_code}"]`).innerText();

    await page.getByLabel('职业（工种）', { exact: true }).fill('hg');
    await page.getByRole('option', { name: /^焊工/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/occ=6-18-02-04/);
    await page.getByLabel('培训等级').selectOption({ label: '高级工（三级）' });
    await page.getByLabel('县（市）').selectOption({ label: county });
    await page.getByLabel('只看有补贴').check();
    await page.waitForURL(/subsidy=1/);
    expect(page.url()).toMatch(/level=4/);
    expect(page.url()).toContain(`county=${course.region_code}`);
    await resultsReady(page);
    expect(await page.getByTestId('finder-count').innerText()).toContain(`焊工 · 高级工（三级） · ${county} · 有补贴`);

    const cards = await cardTexts(page);
    const expected = await programmes(`occupation_code = '6-18-02-04' AND target_level = 4 AND subsidy > 0 AND region_code = '${course.region_code}' AND start_date >= '${manifest().as_of}'`);
    expect(Object.keys(cards).sort()).toEqual(expected.map((p) => p.programme_id).sort());
    const card = page.locator(`[data-testid="course-card"][data-programme="${course.programme_id}"]`);
    expect(await card.getByTestId('net-fee').innerText()).toBe(`自付 ${course.net_fee!.toLocaleString('zh-CN')} 元`);
    expect(await card.getByTestId('evidence').innerText()).toMatch(/结业|暂无往期学员数据/);

    // across the prefecture there are more; the placement names the cell's year and sample
    await page.getByLabel('县（市）').selectOption({ label: '全州' });
    await page.waitForURL((u) => !u.search.includes('county='));
    await resultsReady(page);
    const placed = page.locator('[data-testid="pay-position"]').first();
    await placed.waitFor({ timeout: 30_000 });
    expect(await placed.innerText()).toMatch(/约第 \d+(–\d+)? 百分位|低于低位数|高于高位数/);
    expect(await page.getByTestId('pay-placement').first().innerText()).toMatch(/\d{4} 年企业薪酬调查，中位数 [\d,]+ 元\/年，样本 [\d,]+ 人/);

    // pick two for comparison: they stay in the URL
    const picks = page.locator('[data-testid="course-card"] input[type="checkbox"]');
    await picks.nth(0).check();
    await page.waitForURL(/cmp=/);
    await picks.nth(1).check();
    await page.waitForURL(/cmp=[^&]+%2C|cmp=[^&]+,/);
    const [a, b] = await page.locator('[data-testid="course-card"]').evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-programme')!));
    await page.getByTestId('compare-link').click();
    await page.waitForURL(/\/training\/compare\/\?p=/);
    const table = page.getByTestId('compare-table');
    await table.waitFor({ timeout: 30_000 });
    const heads = await table.locator('thead th').allInnerTexts();
    expect(heads).toHaveLength(2);
    expect(page.url()).toContain(encodeURIComponent(a));
    expect(page.url()).toContain(encodeURIComponent(b));
    expect(await page.getByTestId('compare-net').allInnerTexts()).toEqual(
      await Promise.all([a, b].map(async (id) => `${(await programmes(`programme_id = '${id}'`))[0].net_fee!.toLocaleString('zh-CN')} 元`))
    );
    // the comparison needs no engine: it reads the courses' prerendered data
    // printable: A4 landscape without the site's navigation
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    // shareable: the same URL opens the same comparison in a fresh context
    const shared = page.url();
    const other = await openPage(browser);
    await other.page.goto(shared);
    await other.page.getByTestId('compare-table').waitFor({ timeout: 30_000 });
    expect(await other.page.getByTestId('compare-table').locator('thead th').allInnerTexts()).toEqual(heads);
    expect(engineRequests(other.requests)).toEqual([]);
    await other.context.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a missing skill from /match opens the courses that teach it', async () => {
    const { page, context } = await openPage(browser);
    const file = join('build/data', manifest().datasets.training_programmes.file);
    const [{ skill }] = await readParquet<{ skill: string }>(file, `len(skills) > 0 ORDER BY programme_id DESC LIMIT 1`).then((r) => r.map((x) => ({ skill: (x as unknown as { skills: string[] }).skills[0] })));
    await page.goto(`${baseUrl()}/training/?skill=${skill}&when=all`);
    await resultsReady(page);
    expect(await page.locator('.skill strong').innerText()).not.toBe('');
    const ids = Object.keys(await cardTexts(page));
    expect(ids.length).toBeGreaterThan(0);
    const teaching = await readParquet<{ programme_id: string }>(file, `list_contains(skills, '${skill}')`);
    expect(ids.every((id) => teaching.some((t) => t.programme_id === id))).toBe(true);
    await context.close();
  });
});

describe('the engine’s figures equal the prerendered ones', () => {
  it('on the finder’s first page once the catalogue comes from DuckDB-wasm, and on each course’s own page', async () => {
    const noJs = await openPage(browser, { javaScriptEnabled: false });
    await noJs.page.goto(`${baseUrl()}/training/`);
    const prerendered = await cardTexts(noJs.page);

    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/training/?when=3m`);
    await resultsReady(page);
    // back to the default view: now selected in memory from the engine's catalogue
    await page.getByLabel('开班时间').selectOption({ label: '尚未开班' });
    await page.waitForURL((u) => !u.search.includes('when='));
    await resultsReady(page);
    await page.locator('[data-testid="pay-placement"] [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
    expect(await cardTexts(page)).toEqual(prerendered);

    // a filtered view's cards (engine) against their prerendered course pages (Node)
    await page.getByLabel('补贴后费用').selectOption({ label: '免费（自付 0 元）' });
    await resultsReady(page);
    const engine = await cardTexts(page);
    for (const id of Object.keys(engine).slice(0, 4)) {
      await noJs.page.goto(`${baseUrl()}/training/${encodeURIComponent(id)}/`);
      const fee = await noJs.page.getByTestId('fee').innerText();
      const evidence = await noJs.page.getByTestId('evidence').innerText();
      const card = page.locator(`[data-testid="course-card"][data-programme="${id}"]`);
      expect(await card.getByTestId('fee').innerText()).toBe(fee);
      expect(await card.getByTestId('evidence').innerText()).toBe(evidence);
    }
    await noJs.context.close();
    await context.close();
  });
});

describe('failures and budgets', () => {
  it('a blocked dataset is 查询失败 with the reason; 重试 shows the view once it is back', async () => {
    const { page, context } = await openPage(browser);
    const blocked = /\/data\/training_programmes\.[0-9a-f]+\.duckdb$/;
    await page.route(blocked, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/training/`);
    await hydrated(page);
    await page.getByLabel('开班时间').selectOption({ label: '全部' });
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 40_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 training_programmes 下载失败/);
    await page.unroute(blocked);
    await error.getByRole('button', { name: '重试' }).click();
    await resultsReady(page);
    expect(await page.getByTestId('finder-count').innerText()).toMatch(/全部 · 全州：共 \d+ 门课程/);
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });

  it.each(['/training/', 'course', 'provider'])('a reader who only reads %s downloads no wasm and no dataset', async (which) => {
    const { page, context, requests } = await openPage(browser);
    const [p] = await programmes(`start_date < '2025-01-01' ORDER BY programme_id LIMIT 1`);
    const path = which === 'course' ? `/training/${p.programme_id}/` : which === 'provider' ? `/training/provider/${p.provider_id}/` : which;
    await page.goto(`${baseUrl()}${path}`);
    await hydrated(page);
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(engineRequests(requests)).toEqual([]);
    await context.close();
  });

  it('is axe clean: the finder with results, a course, a provider and a comparison', async () => {
    const { page, context } = await openPage(browser, { bypassCSP: true });
    const [p, q] = await programmes(`start_date < '2025-01-01' ORDER BY programme_id LIMIT 2`);
    await page.goto(`${baseUrl()}/training/?occ=6-18-02-04&when=all&cmp=${p.programme_id}`);
    await resultsReady(page);
    expect(await axeViolations(page)).toEqual([]);
    for (const path of [`/training/${p.programme_id}/`, `/training/provider/${p.provider_id}/`]) {
      await page.goto(`${baseUrl()}${path}`);
      await hydrated(page);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/training/compare/?p=${p.programme_id},${q.programme_id}`);
    await page.getByTestId('compare-table').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const [p, q] = await programmes(`start_date < '2025-01-01' ORDER BY programme_id LIMIT 2`);
    for (const path of ['/training/', '/training/?occ=6-18-02-04&when=all', `/training/${p.programme_id}/`, `/training/provider/${p.provider_id}/`]) {
      await page.goto(`${baseUrl()}${path}`);
      await hydrated(page);
      if (path.includes('?')) await resultsReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(`${baseUrl()}/training/compare/?p=${p.programme_id},${q.programme_id}`);
    await page.getByTestId('compare-table').waitFor({ timeout: 30_000 });
    // the comparison table scrolls inside its own box, never the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
