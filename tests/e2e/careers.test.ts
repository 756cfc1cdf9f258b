/**
 * Career paths and 技能评价 as a reader meets them: the whole ladder without JavaScript, the
 * personal next step from "我现在是…", figures equal to the published data whether prerendered or
 * from the engine, and a failed query that says so and retries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/core/manifest';
import { formatInt, formatPercent } from '../../src/lib/core/format';
import { readParquet } from '../helpers/publish';
import { baseUrl, engineRequests, hydrated, launch, openPage } from './browser';

const DATA = 'static/data';
const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
const read = <T>(name: string, where: string) => readParquet<T>(join(DATA, manifest.datasets[name].file), where);
const PREF = manifest.prefecture.code;
const GEJIU = '532501';
const WELDER = '6-18-02-04';
const wageYear = manifest.years.wage.at(-1)!;
const certYear = manifest.years.certification!.at(-1)!;
const DATASETS = /\/data\/[^/]+\.duckdb$/;

type Wage = { skill_level: number | null; p25: number; p50: number; p75: number; suppressed: boolean };
type Cert = { year: number; skill_level: number | null; route: string | null; n_candidates: number | null; pass_rate: number | null; suppressed: boolean };

const wages = (region: string) => read<Wage>('wage_prices', `occupation_code = '${WELDER}' AND region_code = '${region}' AND year = ${wageYear} AND industry IS NULL`);
const rung = (page: Page, level: number) => page.locator(`[data-testid="rung"][data-level="${level}"]`);

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('/careers/6-18-02-04/ without JavaScript', () => {
  it('shows a 中级工 welder what 高级工 and 技师 pay, what stands between, how often candidates pass, where to sit it and what 技师 counts as', async () => {
    const { page, context, requests } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/careers/${WELDER}/`);
    const pref = await wages(PREF);
    const certs = await read<Cert>('certification_stats', `occupation_code = '${WELDER}' AND region_code = '${PREF}' AND body_id IS NULL AND year = ${certYear} AND route IS NULL`);
    for (const level of [4, 5]) {
      const text = await rung(page, level).innerText();
      const w = pref.find((r) => r.skill_level === level)!;
      expect(text).toContain(`中位数 ${formatInt(w.p50)} 元/年`);
      expect(text).toContain(`P25–P75：${formatInt(w.p25)}–${formatInt(w.p75)} 元/年`);
      expect(text).toContain(`${wageYear} 年，全州`);
      expect(text).toMatch(new RegExp(`与${level === 4 ? '中级工' : '高级工'}（[四三]级）相比 \\+[\\d,]+（\\d\\.\\d\\d×）`));
      const c = certs.find((r) => r.skill_level === level)!;
      expect(c.suppressed).toBe(false);
      expect(text).toContain(`${formatInt(c.n_candidates)}（${formatPercent(c.pass_rate, 0)}）`);
      expect(await rung(page, level).getByTestId('rung-bodies').locator('li').count()).toBeGreaterThan(0);
    }
    expect(await rung(page, 4).getByTestId('rung-requirement').innerText()).toMatch(/取得中级工证书后从事本职业满 \d+ 年/);
    expect(await rung(page, 5).getByTestId('rung-requirement').innerText()).toMatch(/取得高级工证书后从事本职业满 \d+ 年/);
    expect(await rung(page, 5).getByTestId('rung-equivalence').innerText()).toContain('职称：工程师');
    expect(await rung(page, 5).innerText()).toMatch(/本地规定|通用默认/);
    // the courses toward 高级工, each a link to its prerendered page, and the finder for all of them
    const toward = rung(page, 4).getByTestId('courses-toward');
    expect(await toward.locator('li a[href*="/training/"]').count()).toBeGreaterThan(0);
    expect(await toward.locator(`a[href*="/training/?occ=${WELDER}&level=4"]`).innerText()).toMatch(/查看通往焊工高级工（三级）的全部 \d+ 门培训课程/);
    // the ladder at a glance lists every level, top first
    expect(await page.locator('[data-testid="ladder-overview"] li').count()).toBe(8);
    expect(engineRequests(requests)).toEqual([]);
    await context.close();
  });

  it('marks levels an occupation’s standard does not define as such, never as zero', async () => {
    const occ = (await read<{ code: string; max_level: number }>('occupations', 'max_level < 8 ORDER BY code LIMIT 1'))[0];
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/careers/${occ.code}/`);
    const above = rung(page, occ.max_level + 1);
    expect(await above.innerText()).toContain('未设置此等级');
    expect(await above.innerText()).not.toMatch(/\b0\b/);
    expect(await page.locator(`[data-testid="ladder-overview"] li[data-level="${occ.max_level + 1}"]`).innerText()).toContain('未设置');
    await context.close();
  });
});

describe('我现在是…', () => {
  it('turns the page into the next step for a 中级工 in 个旧市: pay change here, the requirement, the pass rate, where to certify', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/careers/${WELDER}/`);
    await hydrated(page);
    await page.getByTestId('my-level').selectOption({ label: '中级工（四级）' });
    await page.getByTestId('my-region').selectOption({ label: '个旧市' });
    await page.getByTestId('my-years').fill('2');
    await page.waitForURL(/level=3/);
    await page.waitForURL(/region=532501/);
    const gejiu = await wages(GEJIU);
    const [mid, high] = [3, 4].map((l) => gejiu.find((r) => r.skill_level === l)!);
    const pay = page.getByTestId('next-step-pay');
    await expect.poll(() => pay.innerText(), { timeout: 30_000 }).toContain('在个旧市');
    expect(await pay.innerText()).toContain(`${formatInt(mid.p50)} 元/年`);
    expect(await pay.innerText()).toContain(`${formatInt(high.p50)} 元/年`);
    expect(await pay.innerText()).toContain(`+${formatInt(high.p50 - mid.p50)}`);
    // what 高级工 and 技师 pay here, with the fewest years to each
    const path = page.getByTestId('next-step-path');
    expect(await path.locator('caption').textContent()).toContain(`在个旧市的年工资（${wageYear} 年，元/年`);
    const technician = gejiu.find((r) => r.skill_level === 5)!;
    const rows = await path.locator('tbody tr').allInnerTexts();
    const [req] = await read<{ min_years: number }>('level_requirements', `occupation_code = '${WELDER}' AND to_level = 4`);
    expect(rows[0]).toMatch(new RegExp(`^高级工（三级）\\s+${Math.ceil(req.min_years - 2)} 年\\s+${formatInt(high.p25)}\\s+${formatInt(high.p50)}\\s+${formatInt(high.p75)}$`));
    expect(rows[1]).toMatch(new RegExp(`^技师（二级）\\s+\\d+ 年\\s+${formatInt(technician.p25)}\\s+${formatInt(technician.p50)}\\s+${formatInt(technician.p75)}$`));
    const result = page.getByTestId('next-step-result');
    expect(await result.innerText()).toContain('下一级：高级工（三级）');
    expect(await page.getByTestId('next-step-requirement').innerText()).toMatch(/取得中级工证书后从事本职业满 (\d+) 年（按你填写的年限，还差 \d+ 年）/);
    expect(await page.getByTestId('next-step-pass').innerText()).toMatch(new RegExp(`${certYear} 年全州 [\\d,]+ 人次参加高级工（三级）认定，通过率 \\d+\\.\\d%`));
    expect(await page.getByTestId('next-step-bodies').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('next-step-equivalence').innerText()).toContain('助理工程师');
    // the URL holds the choice: a reload gives the same step
    await page.reload();
    await expect.poll(() => page.getByTestId('next-step-pay').innerText(), { timeout: 30_000 }).toContain('在个旧市');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says 查询失败 when the county cannot be queried, keeps the prefecture’s figures, and 重试 brings the county’s', async () => {
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/careers/${WELDER}/?level=3`);
    await hydrated(page);
    await page.getByTestId('my-region').selectOption({ label: '个旧市' });
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 wage_prices 下载失败/);
    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.getByTestId('next-step-pay').innerText(), { timeout: 30_000 }).toContain('在个旧市');
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });
});

describe('/careers/', () => {
  it('finds 焊工 by pinyin initials, and every path is a plain link', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/careers/`);
    const all = await page.locator('[data-testid="career-index"] tbody tr').count();
    expect(all).toBeGreaterThan(50);
    await hydrated(page);
    await page.getByTestId('career-search').fill('hg');
    await page.waitForURL(/q=hg/);
    const first = page.locator('[data-testid="career-index"] tbody tr').first();
    await expect.poll(() => first.innerText()).toContain('焊工');
    expect(await first.locator('a').getAttribute('href')).toMatch(/\/careers\/6-18-02-04\/$/);
    await context.close();
  });

  it('is linked from the occupation’s wage page', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/wages/${WELDER}/`);
    expect(await page.getByTestId('career-link').getAttribute('href')).toMatch(/\/careers\/6-18-02-04\/$/);
    await context.close();
  });
});

describe('/certification/', () => {
  const levelRows = async (page: Page) => (await page.locator('[data-testid="levels"] tbody tr').allInnerTexts()).map((t) => t.split('\t').map((s) => s.trim()));
  const expectedLevels = async (year: number) => {
    const cells = await read<Cert>('certification_stats', `occupation_code IS NULL AND region_code = '${PREF}' AND body_id IS NULL AND year = ${year} AND route IS NULL AND skill_level IS NOT NULL`);
    return cells;
  };

  it('prerenders the latest year, and the engine gives another year: both equal the published cells', async () => {
    const nojs = await openPage(browser, { javaScriptEnabled: false });
    await nojs.page.goto(`${baseUrl()}/certification/`);
    const checkTable = async (page: Page, year: number) => {
      const rows = await levelRows(page);
      for (const c of await expectedLevels(year)) {
        const label = c.skill_level === 0 ? '专项职业能力（不定级）' : null;
        const row = rows.find((r) => (label ? r[0] === label : r[0].startsWith(['', '', '初级工', '中级工', '高级工', '技师', '高级技师', '特级技师', '首席技师'][c.skill_level!])));
        if (!row) continue;
        expect(row[1]).toBe(c.suppressed ? '不公布' : formatInt(c.n_candidates));
      }
    };
    await checkTable(nojs.page, certYear);
    expect(await nojs.page.getByTestId('certification-title').innerText()).toContain(`${certYear} 年 · 全部职业`);
    await nojs.context.close();

    const year = manifest.years.certification!.at(-2)!;
    const js = await openPage(browser);
    await js.page.goto(`${baseUrl()}/certification/?year=${year}`);
    await js.page.locator('[data-query-state="ready"] [data-testid="levels"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => js.page.getByTestId('certification-title').innerText()).toContain(`${year} 年`);
    await checkTable(js.page, year);
    expect(js.consoleErrors).toEqual([]);
    await js.context.close();
  });

  it('a blocked dataset → 查询失败; 重试 shows the chosen view', async () => {
    const { page, context } = await openPage(browser);
    await page.route(DATASETS, (r) => r.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/certification/`);
    await hydrated(page);
    await page.getByTestId('filter-level').selectOption({ label: '技师（二级）' });
    const error = page.getByTestId('query-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain('查询失败');
    await page.unroute(DATASETS);
    await error.getByRole('button', { name: '重试' }).click();
    await page.locator('[data-query-state="ready"] [data-testid="routes"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('certification-title').innerText()).toContain('技师（二级）');
    expect(await page.getByTestId('query-error').count()).toBe(0);
    await context.close();
  });
});
