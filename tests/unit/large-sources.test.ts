/**
 * Sources as bureaus send them: large files, GBK, XLSX, cells with line breaks, blank lines.
 * Every problem is reported with the row Excel shows, however deep in the file it is.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { publishSources } from '../helpers/publish';
import { baseTables, toCsv, wageRows, writeSources } from '../helpers/sources';

const SURVEY_HEADER = ['year', 'region_code', 'industry', 'enterprise_id', 'occupation_code', 'skill_level', 'annual_wage'];

describe('large sources', () => {
  it('streams an XLSX of 100,000 rows and publishes every row of it', async () => {
    const dir = await writeSources(baseTables());
    await rm(join(dir, 'wage_survey.csv'));
    const path = join(dir, 'wage_survey.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const ws = wb.addWorksheet('wage_survey');
    ws.addRow(['调查年份', '行政区划代码', '行业', '企业编码', '职业编码', '技能等级', '年工资']).commit();
    const rows = wageRows(100_000, { enterprises: 40 });
    for (const r of rows) ws.addRow([Number(r[0]), r[1], r[2], r[3], r[4], '高级工', Number(r[6])]).commit();
    ws.commit();
    await wb.commit();
    const p = await publishSources(dir);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const [cell] = await p.read<{ n_workers: number; n_enterprises: number }>('wage_prices', "occupation_depth = 4 AND region_code = '532501' AND skill_level = 4 AND industry = 'C'");
    expect(cell.n_workers).toBe(100_000);
    expect(cell.n_enterprises).toBe(40);
    expect(p.manifest.sources.find((s) => s.table === 'wage_survey')).toMatchObject({ encoding: 'xlsx', rows: 100_000 });
  }, 120_000);

  it('reports an error in the last row of a 300,000-row CSV with its Excel row', async () => {
    const t = baseTables();
    t.wage_survey = [SURVEY_HEADER, ...wageRows(300_000)];
    t.wage_survey[300_000][6] = '七万';
    const p = await publishSources(await writeSources(t));
    expect(p.result.ok).toBe(false);
    expect(p.messages.filter((m) => m.includes('错误'))).toEqual(['wage_survey.csv:300001:7: 错误：年工资（annual_wage）：「七万」不是有效数字']);
  }, 120_000);

  it('counts the same error in 10,000 rows once per row, listing the first ones', async () => {
    const t = baseTables();
    t.wage_survey = [SURVEY_HEADER, ...wageRows(20_000)];
    for (let i = 1; i <= 20_000; i += 2) t.wage_survey[i][5] = '高高级';
    const p = await publishSources(await writeSources(t));
    expect(p.result.log.errorCount).toBe(10_000);
    expect(p.messages[0]).toBe('wage_survey.csv:2:6: 错误：技能等级（skill_level）：「高高级」不是有效的技能等级（0–8，或 初级工、高级工、三级、技师 等）');
    expect(p.messages.at(-1)).toContain('同类问题共 10000 处');
    const summary = p.result.log.summary();
    expect(summary.length).toBeLessThanOrEqual(5);
    expect(summary.join('\n')).toContain('同类共 10,000 处');
  }, 60_000);
});

describe('how rows are numbered', () => {
  it('counts a quoted cell spanning lines as one row, as Excel does', async () => {
    const t = baseTables();
    t.talent[1][16] = '主持焊接工艺攻关\n获专利 2 项\n带徒 10 名';
    t.talent[2][9] = '九级';
    const p = await publishSources(await writeSources(t));
    expect(p.messages.filter((m) => m.includes('错误'))).toEqual([expect.stringMatching(/^talent\.csv:3:10: 错误：技能等级（skill_level）：「九级」/)]);
  });

  it('counts blank lines as rows, as Excel does', async () => {
    const t = baseTables();
    const dir = await writeSources(t);
    const lines = toCsv(t.wage_survey).split('\n');
    lines.splice(3, 0, '', '');
    lines[6] = lines[6].replace(/,[^,]*$/, ',abc');
    await writeFile(join(dir, 'wage_survey.csv'), lines.join('\n'));
    const p = await publishSources(dir);
    expect(p.messages.filter((m) => m.includes('错误'))).toEqual(['wage_survey.csv:7:7: 错误：年工资（annual_wage）：「abc」不是有效数字']);
  });

  it('reads GBK with a Chinese header and reports its rows the same way', async () => {
    const t = baseTables();
    t.region_stats[0] = ['区划代码', '年度', '常住人口', '从业人员'];
    t.region_stats[3][2] = '１２．５';
    const dir = await writeSources(t);
    await writeFile(join(dir, 'region_stats.csv'), iconv.encode(toCsv(t.region_stats), 'gbk'));
    const p = await publishSources(dir);
    expect(p.messages.filter((m) => m.includes('错误'))).toEqual(['region_stats.csv:4:3: 错误：常住人口（population）：「１２．５」不是整数']);
    expect(p.manifest).toBeUndefined();
  });
});

describe('every problem at once', () => {
  it('lists cell, reference, key and row-rule errors of several tables in one run', async () => {
    const t = baseTables();
    t.wage_survey[2][6] = 'x';
    t.talent[2][7] = '532599';
    t.occupations[2][0] = '6-18-02-04';
    t.jobs[1][10] = '9500';
    t.region_stats[2][1] = '2030';
    const p = await publishSources(await writeSources(t));
    expect(p.result.ok).toBe(false);
    const where = p.messages.filter((m) => m.includes('错误')).map((m) => m.split(' ')[0]);
    // the duplicated occupation code also takes 中式烹调师 away, so its references fail too
    expect(where).toEqual(['jobs.csv:2:12:', 'jobs.csv:3:5:', 'occupations.csv:3:1:', 'region_stats.csv:3:2:', 'skills.csv:4:4:', 'talent.csv:3:8:', 'talent.csv:3:9:', 'wage_survey.csv:3:7:']);
  });
});
