/**
 * The staff report (report.html, report.csv in --private) on every run, and the release history
 * (更新说明) each publish records against the release it replaces.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReleaseHistory } from '../../src/lib/core/manifest';
import { publishSources } from '../helpers/publish';
import { baseTables, tempDir, wageRows, writeSources, type Table } from '../helpers/sources';

const SURVEY_HEADER = ['year', 'region_code', 'industry', 'enterprise_id', 'occupation_code', 'skill_level', 'annual_wage'];

/** The fixture with free-text skills the vocabulary does not know, and soft qualities, in several rows. */
function withSoftSkills(): Record<string, Table> {
  const t = baseTables();
  t.talent[1][11] = '氩弧焊;吃苦耐劳;团队协作;修手表';
  t.talent[2][11] = '滇菜;吃苦耐劳;修手表';
  t.jobs[1][7] = '氩弧焊;吃苦耐劳;修手表';
  return t;
}

describe('the staff report', () => {
  it('is written on success: zh-CN, self-contained, with sources, problems, unmatched terms by frequency, datasets and privacy', async () => {
    const p = await publishSources(await writeSources(withSoftSkills()));
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    expect(p.result.report).toBe(join(p.private, 'report.html'));
    const html = await readFile(join(p.private, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).not.toMatch(/<(script|link|img)\b|https?:\/\/|src=/);
    for (const section of ['源文件', '问题汇总', '问题明细', '未匹配的技能写法', '发布的数据集', '隐私处理', '与上期相比']) expect(html).toContain(`<h2>${section}`);
    expect(html).toContain('发布成功');
    // 吃苦耐劳 three times, 团队协作 once: by frequency; soft qualities say what they are
    expect(html.indexOf('<td>吃苦耐劳</td><td>3</td><td>个人品质，不是技能，不参与匹配</td>')).toBeGreaterThan(0);
    expect(html.indexOf('<td>吃苦耐劳</td>')).toBeLessThan(html.indexOf('<td>团队协作</td>'));
    expect(html).toContain('<td>修手表</td><td>3</td><td></td>');
    expect(html).toContain('<td>wage_prices</td>');
    expect(html).toContain('未经正式公示、姓名改为「姓 + 某」的选手');
    // the private folder holds the report; the public one does not
    expect(p.manifest.datasets.wage_prices.rows).toBeGreaterThan(0);
  });

  it('is written when the run fails, listing every problem with file, row, column, value, rule and hint; report.csv opens in Excel', async () => {
    const t = withSoftSkills();
    t.wage_survey[4][6] = 'abc';
    const p = await publishSources(await writeSources(t));
    expect(p.result.ok).toBe(false);
    const html = await readFile(join(p.private, 'report.html'), 'utf8');
    expect(html).toContain('发布失败');
    expect(html).toContain('wage_survey.csv:5:7');
    const csv = await readFile(join(p.private, 'report.csv'), 'utf8');
    expect(csv.startsWith('\ufeff级别,文件,行,列,原值,规则,说明,提示\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toContainEqual({ 级别: '错误', 文件: 'wage_survey.csv', 行: '5', 列: '7', 原值: 'abc', 规则: 'annual_wage:type', 说明: '年工资（annual_wage）：「abc」不是有效数字', 提示: expect.stringContaining('数据字典') });
    expect(rows.filter((r) => r.规则 === 'unknown-skill:修手表').map((r) => `${r.文件}:${r.行}`)).toEqual(['jobs.csv:2', 'talent.csv:2', 'talent.csv:3']);
    // a soft quality is recognised, not an unknown skill
    expect(rows.filter((r) => r.规则 === 'unknown-skill:吃苦耐劳')).toEqual([]);
  });

  it('groups the terminal summary by kind: count, first rows, hint, a screenful at most', async () => {
    const t = baseTables();
    t.wage_survey = [SURVEY_HEADER, ...wageRows(3000)];
    for (let i = 1; i <= 3000; i++) t.wage_survey[i][6] = i % 3 ? 'x' : t.wage_survey[i][6];
    for (let i = 1; i < 3000; i += 7) t.wage_survey[i][1] = '532599';
    t.jobs[1][7] = '修手表';
    const p = await publishSources(await writeSources(t));
    const summary = p.result.log.summary();
    expect(summary.length).toBeLessThanOrEqual(40);
    expect(summary[0]).toMatch(/^错误 \d[\d,]* 处，共 2 类/);
    expect(summary).toContain('wage_survey.csv:2:7: 错误：年工资（annual_wage）：「x」不是有效数字');
    expect(summary.some((l) => l.includes('同类共 2,000 处'))).toBe(true);
    expect(summary.some((l) => l.startsWith('jobs.csv:2:8: 警告：技能「修手表」'))).toBe(true);
  });
});

describe('release history', () => {
  it('records the first release with no comparison, then what changed in the next one', async () => {
    const root = await tempDir();
    const first = await publishSources(await writeSources(baseTables()), root);
    expect(first.manifest.release).toMatchObject({ replaces: null, changes: null, as_of: '2026-11-01' });

    const t = baseTables();
    // a new survey year, and different wages in 2024
    t.wage_survey = [SURVEY_HEADER, ...wageRows(60, { seed: 9 }), ...wageRows(60, { year: 2025 })];
    delete t.competitions;
    delete t.competition_results;
    const second = await publishSources(await writeSources(t), root);
    expect(second.result.ok, second.messages.join('\n')).toBe(true);
    const changes = second.manifest.release!.changes!;
    expect(second.manifest.release!.replaces).toBe(first.manifest.release!.id);
    expect(changes.datasets_removed).toEqual(['competitions', 'competition_results']);
    expect(changes.years_added.wage).toEqual([2025]);
    expect(changes.rows.find((r) => r.dataset === 'wage_prices')).toMatchObject({ before: first.manifest.datasets.wage_prices.rows });
    expect(changes.wage_cells_changed).toBeGreaterThan(0);
    const example = changes.wage_cells_examples[0];
    expect(example.year).toBe(2024);
    expect(example.before.p50).not.toBe(example.after.p50);

    // the public history lists both, newest first, with published values only
    const history = JSON.parse(await readFile(join(second.out, second.manifest.history!.file), 'utf8')) as ReleaseHistory;
    expect(history.releases.map((r) => r.id)).toEqual([second.manifest.release!.id, first.manifest.release!.id]);
    expect(JSON.stringify(history)).not.toMatch(/annual_wage|enterprise_id|E\d|张建国/);
    // the staff get every changed cell
    const csv = await readFile(join(second.private, 'release-changes.csv'), 'utf8');
    expect(csv.trimEnd().split('\r\n').length - 1).toBe(changes.wage_cells_changed);
    expect(await readFile(join(second.private, 'report.html'), 'utf8')).toContain('数值变化最大的工资价位单元格');
  });

  it('keeps the id of a re-publish of the same sources and finds nothing changed', async () => {
    const root = await tempDir();
    const dir = await writeSources(baseTables());
    const a = await publishSources(dir, root);
    const b = await publishSources(dir, root);
    expect(b.manifest.release!.id).toBe(a.manifest.release!.id);
    expect(b.manifest.release!.changes).toMatchObject({ datasets_added: [], datasets_removed: [], rows: [], wage_cells_changed: 0 });
  });
});
