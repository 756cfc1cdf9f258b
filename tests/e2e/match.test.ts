/**
 * /match in real Chromium: 企业找人 (the 焊工 · 高级工 · 焊工证 · 个旧市 job) and 求职者找岗位,
 * state in the URL fragment, reload and back button, no request off the origin, axe clean.
 * Also prints how long the worker took to build its index and how long a click on 匹配 takes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { baseUrl, engineRequests, hydrated, launch, openBeforeScript, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** A wage reference waits for the engine, which the page starts only once a result needs it. */
const ENGINE = { timeout: 30_000 };

const offOrigin = (requests: string[]) => {
  const origin = new URL(baseUrl()).origin;
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
};

/** The matcher loads on the reader's first intent (or for a link naming a search): like a reader, focus the form if nothing has started it. */
async function waitForMatcher(page: Page): Promise<string> {
  await hydrated(page);
  if ((await page.getByTestId('matcher-status').getAttribute('data-status')) === 'idle') await page.getByRole('combobox').first().focus();
  const status = page.locator('[data-testid="matcher-status"][data-status="ready"]');
  await status.waitFor({ timeout: 60_000 });
  return status.innerText();
}

const MATCH_DATA = /\/data\/[^/]+\.(parquet|duckdb|topo\.json)$/;

async function pickOccupation(page: Page, label: string, typed: string, name: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().waitFor();
  // the keyboard path: the best match is first, Enter picks it
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe(name);
}

async function addTerm(page: Page, label: string, term: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(term);
  await input.press('Enter');
  await page.getByRole('button', { name: `移除 ${term}` }).waitFor();
}

/** Clicks 匹配 and returns the milliseconds until the first result is on screen. */
async function clickMatch(page: Page, result: string): Promise<number> {
  const t0 = Date.now();
  await page.getByTestId('match-submit').click();
  await page.locator(`[data-testid="${result}"]`).first().waitFor({ timeout: 30_000 });
  return Date.now() - t0;
}

const jobIdsOf = (page: Page) => page.locator('[data-testid="job"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const refsOf = (page: Page) => page.locator('[data-testid="candidate"] .ref strong').allInnerTexts();
/** References with their scores: a different search may rank the same people, never with the same scores. */
const rankedOf = async (page: Page) => [await refsOf(page), await page.locator('[data-testid="candidate"] [data-testid="score"]').allInnerTexts()];

describe('/match', () => {
  it('without JavaScript explains that matching runs in the browser, and lists the occupations with open jobs', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/match/`);
    expect(await page.getByTestId('nojs-note').innerText()).toContain('需要启用 JavaScript');
    expect(await page.locator('[data-testid="open-jobs"] tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.fairness').innerText()).toContain('不使用性别、年龄、民族');
    await context.close();
  });

  it('企业找人: a 焊工 job needing 高级工 and 焊工证 in 个旧市 gets ranked candidates with reasons; the URL reproduces them', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser);
    const t0 = Date.now();
    await page.goto(`${baseUrl()}/match/`);
    const ready = await waitForMatcher(page);
    const readyMs = Date.now() - t0;

    await pickOccupation(page, '职业（必填）', 'hg', '焊工');
    await page.getByLabel('最低技能等级（必填）').selectOption({ label: '高级工（三级）' });
    await page.getByLabel('工作地点').selectOption({ label: '个旧市' });
    await addTerm(page, '必备证书', '焊工证');
    await addTerm(page, '必备技能', '氩弧焊');
    const clickMs = await clickMatch(page, 'candidate');
    const workerMs = await page.getByTestId('match-ms').innerText();
    console.log(`[match e2e] page load → matcher ready ${readyMs} ms (${ready.trim()}); click 匹配 → candidates ${clickMs} ms (worker ${workerMs})`);

    const hash = decodeURIComponent(new URL(page.url()).hash);
    for (const part of ['occ=6-18-02-04', 'level=4', 'region=532501', 'cert=焊工证', 'skill=氩弧焊']) expect(hash).toContain(part);

    const cards = page.getByTestId('candidate');
    expect(await cards.count()).toBe(10);
    const scores = (await page.locator('[data-testid="candidate"] [data-testid="score"]').allInnerTexts()).map(Number);
    expect(scores.every((s, i) => s >= 0 && s <= 100 && (i === 0 || s <= scores[i - 1]))).toBe(true);
    const first = await cards.first().innerText();
    expect(first).toContain('符合');
    expect(first).toContain('持有必备证书：熔化焊接与热切割作业');
    expect(first).toMatch(/通过人社局人才服务窗口联系，提供编号 R[0-9A-Z]+/);
    // the person's facts read as on /pool/: names, never the vocabularies' ids
    expect(first).toMatch(/技能\s+\S/);
    expect(first).not.toMatch(/\b(SK|TZ|JN)\d+\b/);
    // components open on request, with the core's labels
    await cards.first().locator('summary').click();
    expect(await cards.first().locator('details table').innerText()).toContain('必备技能');
    // the wage reference for the job: unit and year stated
    await expect.poll(() => page.getByTestId('job-pay-reference').innerText(), ENGINE).toMatch(/工资价位参考（\d{4} 年 · .+ · .+）：\s*中位数 [\d,]+ 元\/年/);

    const refs = await rankedOf(page);
    await page.reload();
    await waitForMatcher(page);
    await page.getByTestId('candidate').first().waitFor({ timeout: 30_000 });
    expect(await rankedOf(page)).toEqual(refs);
    expect(await page.getByRole('combobox', { name: '职业（必填）' }).inputValue()).toBe('焊工');

    // a second search, then back: the first one's results return
    await page.getByLabel('最低技能等级（必填）').selectOption({ label: '技师（二级）' });
    await page.getByTestId('match-submit').click();
    await page.waitForURL(/level=5/);
    await expect.poll(() => rankedOf(page)).not.toEqual(refs);
    await page.goBack();
    await page.waitForURL(/level=4/);
    await expect.poll(() => rankedOf(page)).toEqual(refs);

    expect(offOrigin(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('企业找人: picking a published job fills the form and links the job by its id', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/match/`);
    await waitForMatcher(page);
    await pickOccupation(page, '职业（必填）', '焊工', '焊工');
    const picker = page.getByTestId('job-picker');
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(1);
    const id = await picker.locator('option').nth(1).getAttribute('value');
    await picker.selectOption(id!);
    await page.waitForURL(new RegExp(`#job=${id}$`));
    await page.getByTestId('candidate').first().waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('最低技能等级（必填）').inputValue()).toMatch(/^\d$/);
    await expect.poll(() => page.getByTestId('job-pay-reference').innerText(), ENGINE).toContain('元/年');
    await context.close();
  });

  it('求职者找岗位: a seeker describes themselves and gets jobs with pay references; nothing is sent anywhere', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/match/`);
    await waitForMatcher(page);
    await page.getByRole('tab', { name: '求职者找岗位' }).click();
    await page.waitForURL(/#mode=seeker$/);
    await pickOccupation(page, '您的职业（必填）', 'hangong', '焊工');
    await page.getByLabel('您的技能等级（必填）').selectOption({ label: '高级工（三级）' });
    await page.getByLabel('您所在的县（市）').selectOption({ label: '个旧市' });
    await addTerm(page, '您掌握的技能', '熟练掌握TIG焊');
    await addTerm(page, '您掌握的技能', '电悍');
    await addTerm(page, '您掌握的技能', 'MAG焊');
    await addTerm(page, '您掌握的技能', '吃苦耐劳');
    await addTerm(page, '您掌握的技能', '修手表');
    await addTerm(page, '持有证书', '焊工证');
    await page.getByLabel('期望月薪下限').fill('7000');
    await page.getByLabel('是否愿意异地工作').selectOption({ label: '愿意' });
    await page.getByLabel('从业年限（年）').fill('8');
    const before = requests.length;
    const clickMs = await clickMatch(page, 'job');
    console.log(`[match e2e] seeker: click 匹配 → jobs ${clickMs} ms (worker ${await page.getByTestId('match-ms').innerText()})`);

    // the seeker's description is in the fragment only, and matching fetched nothing with it
    const url = new URL(page.url());
    expect(url.search).toBe('');
    expect(decodeURIComponent(url.hash)).toContain('mode=seeker');
    const during = requests.slice(before);
    expect(during.filter((u) => /TIG|7000|%E6%8C%96/.test(u) || u.includes('mode=seeker'))).toEqual([]);

    // read as a recruiter would, and said: a same-pinyin typo (counted partially), an abbreviation, a soft quality
    const read = await page.getByTestId('term-readings').innerText();
    expect(read).toContain('按“电悍”理解为“电焊”（焊条电弧焊，部分计分）');
    expect(read).toContain('按“MAG焊”理解为 二氧化碳气体保护焊');
    expect(await page.getByTestId('soft-terms').innerText()).toContain('吃苦耐劳：个人品质，不参与匹配计分');
    expect(await page.getByTestId('unknown-terms').innerText()).toContain('未识别：修手表');
    const jobs = page.getByTestId('job');
    expect(await jobs.count()).toBeGreaterThan(0);
    const first = await jobs.first().innerText();
    expect(first).toMatch(/\d[\d,]* 元\/月|面议/);
    expect(first).toContain('符合');
    await expect.poll(() => jobs.first().getByTestId('pay-reference').innerText(), ENGINE).toMatch(/工资价位参考（\d{4} 年|没有可公布的工资价位/);
    await expect.poll(() => page.getByTestId('seeker-pay-reference').innerText(), ENGINE).toContain('工资价位参考');
    expect(await page.getByTestId('next-level').innerText()).toMatch(/升到技师（二级），中位数 [\d,]+ 元\/年，相差 [+−]?[\d,]+ 元\/年（约 [+−]?[\d,]+ 元\/月，\d\.\d\d×）|无法比较升级后的工资/);

    // what would open more of these jobs: the next rung of the career path, the missing skills' courses
    const steps = page.getByTestId('seeker-next-steps');
    expect(await steps.getByTestId('next-rung-link').innerText()).toContain('下一级：技师（二级）');
    expect(await steps.getByTestId('next-rung-link').getAttribute('href')).toMatch(/\/careers\/6-18-02-04\/\?level=4&region=\d+#next-step$/);
    const gap = steps.getByTestId('skill-gaps').locator('a').first();
    expect(await gap.getAttribute('href')).toMatch(/\/training\/\?skill=[^&]+$/);
    const skill = (await steps.getByTestId('skill-gaps').locator('li strong').first().innerText()).trim();

    const ids = await jobIdsOf(page);
    await page.reload();
    await waitForMatcher(page);
    await page.getByTestId('job').first().waitFor({ timeout: 30_000 });
    expect(await jobIdsOf(page)).toEqual(ids);
    // the course finder opens on the missing skill
    await page.getByTestId('skill-gaps').locator('a').first().click();
    await page.waitForURL(/\/training\/\?skill=/);
    expect(await page.getByTestId('finder-skill').locator('strong').innerText()).toBe(skill);
    expect(offOrigin(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('求职者找岗位 by a pool reference: the entry’s link opens its matches, and the form shows what was matched', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl()}/pool/`);
    const link = page.getByTestId('entry-match').first();
    const ref = (await link.getAttribute('href'))!.split('#seeker=')[1];
    await link.click();
    await page.waitForURL(new RegExp(`/match/#seeker=${ref}$`));
    await waitForMatcher(page);
    await expect.poll(() => page.getByTestId('seeker-ref').innerText()).toContain(ref);
    await page.locator('[data-testid="job"], .unavailable').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: '求职者找岗位' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('combobox', { name: '您的职业（必填）' }).inputValue()).not.toBe('');
    expect(await page.getByLabel('您的技能等级（必填）').inputValue()).toMatch(/^\d$/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a linked search with the data unreachable says 查询失败 with 重试; once the network is back, 重试 shows its candidates', async () => {
    const { page, context } = await openPage(browser);
    // the matcher's worker fetches its datasets itself: the route sees the worker's requests too
    const pool = /talent_pool\.[0-9a-f]+\.parquet/;
    await page.route(pool, (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/match/#occ=6-18-02-04&level=4&region=532501&cert=焊工证`);
    const error = page.locator('section.results').getByTestId('query-error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.innerText()).toMatch(/查询失败：数据 talent_pool 下载失败/);
    expect(await page.locator('[data-testid="matcher-status"][data-status="error"]').innerText()).toContain('匹配功能加载失败');
    expect(await page.getByTestId('candidate').count()).toBe(0);
    await page.unroute(pool);
    await error.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('candidate').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('query-error').count()).toBe(0);
    expect(await page.getByTestId('matcher-status').getAttribute('data-status')).toBe('ready');
    await context.close();
  });

  it('a reader who only reads downloads no matcher data and no wasm; the first intent starts the matcher', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${baseUrl()}/match/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.locator('h1').click();
    await page.waitForTimeout(500);
    expect(requests.filter((u) => MATCH_DATA.test(u))).toEqual([]);
    expect(engineRequests(requests)).toEqual([]);
    expect(await page.getByTestId('matcher-status').innerText()).toMatch(/开始填写时载入人才库与岗位数据（约 [\d.]+ (KB|MB)）/);
    await page.getByRole('combobox', { name: '职业（必填）' }).focus();
    await page.locator('[data-testid="matcher-status"][data-status="ready"]').waitFor({ timeout: 60_000 });
    expect(requests.some((u) => /talent_pool\.[0-9a-f]+\.parquet$/.test(u))).toBe(true);
    await context.close();
  });

  it('keeps what was typed into the form before the page’s script ran', async () => {
    const { page, context } = await openPage(browser);
    const { release, live } = await openBeforeScript(page, `${baseUrl()}/match/`);
    const box = page.getByRole('combobox', { name: '职业（必填）' });
    await box.fill('hg');
    await page.getByLabel('最低技能等级（必填）').selectOption({ label: '高级工（三级）' });
    expect(await live()).toBe(false);
    release();
    await hydrated(page);
    await page.getByRole('option', { name: /^焊工/ }).first().waitFor({ timeout: 30_000 });
    expect(await box.inputValue()).toBe('hg');
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('焊工');
    expect(await page.getByLabel('最低技能等级（必填）').inputValue()).toBe('4');
    await page.getByTestId('match-submit').click();
    await page.getByTestId('candidate').first().waitFor({ timeout: 60_000 });
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('occ=6-18-02-04&level=4');
    await context.close();
  });

  it('switches direction with the arrow keys on the tabs, keeping focus on the selected tab', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/match/`);
    await hydrated(page);
    await page.getByRole('tab', { name: '企业找人' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/#mode=seeker$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-seeker');
    expect(await page.getByRole('tab', { name: '求职者找岗位' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL((u) => !u.hash.includes('mode=seeker'));
    expect(await page.getByRole('combobox', { name: '职业（必填）' }).count()).toBe(1);
    await context.close();
  });

  it('has no axe violations with results and their components open, in both modes', async () => {
    const { page, context } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${baseUrl()}/match/#occ=6-18-02-04&level=4&region=532501&cert=焊工证`);
    await waitForMatcher(page);
    await page.getByTestId('candidate').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('candidate').first().locator('summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/match/#mode=seeker&occ=6-18-02-04&level=4&region=532501&skill=氩弧焊`);
    await page.reload();
    await waitForMatcher(page);
    await page.getByTestId('job').first().waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone with results on screen', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${baseUrl()}/match/#mode=seeker&occ=6-18-02-04&level=4&region=532501&skill=氩弧焊`);
    await waitForMatcher(page);
    await page.getByTestId('job').first().waitFor({ timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
