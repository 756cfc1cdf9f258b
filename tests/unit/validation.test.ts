/**
 * Every validation rule has a failing fixture: one cell broken in an otherwise valid folder, and
 * the message must name the exact file, row and column.
 */
import { describe, expect, it } from 'vitest';
import { publishTables } from '../helpers/publish';
import { baseTables, type Table } from '../helpers/sources';

type Edit = (t: Record<string, Table>) => void;

const set = (table: string, row: number, column: string, value: string): Edit => (t) => {
  const c = t[table][0].indexOf(column);
  if (c < 0) throw new Error(`no column ${column}`);
  t[table][row - 1][c] = value;
};

async function errorsFor(...edits: Edit[]): Promise<string[]> {
  const t = baseTables();
  for (const e of edits) e(t);
  const p = await publishTables(t);
  expect(p.result.ok).toBe(false);
  return p.messages.filter((m) => m.includes('错误'));
}

// Column numbers (1-based) in the fixture tables.
const W = { year: 1, region_code: 2, industry: 3, enterprise_id: 4, occupation_code: 5, skill_level: 6, annual_wage: 7 };

describe('cell types', () => {
  it.each([
    ['a non-numeric wage', set('wage_survey', 5, 'annual_wage', 'abc'), `wage_survey.csv:5:${W.annual_wage}:`, '不是有效数字'],
    ['a negative wage', set('wage_survey', 6, 'annual_wage', '-5'), `wage_survey.csv:6:${W.annual_wage}:`, '小于允许的最小值'],
    ['an unknown skill level', set('wage_survey', 7, 'skill_level', '高高级'), `wage_survey.csv:7:${W.skill_level}:`, '不是有效的技能等级'],
    ['a malformed year', set('wage_survey', 8, 'year', '24'), `wage_survey.csv:8:${W.year}:`, '不是有效年份'],
    ['a malformed occupation code', set('wage_survey', 9, 'occupation_code', '6-18-2-4'), `wage_survey.csv:9:${W.occupation_code}:`, '不是职业分类大典编码'],
    ['a malformed region code', set('wage_survey', 10, 'region_code', '5325'), `wage_survey.csv:10:${W.region_code}:`, '不是 6 位行政区划代码'],
    ['an unknown industry', set('wage_survey', 11, 'industry', 'Z'), `wage_survey.csv:11:${W.industry}:`, '不是国民经济行业门类'],
    ['an empty required cell', set('wage_survey', 12, 'enterprise_id', ''), `wage_survey.csv:12:${W.enterprise_id}:`, '为必填项'],
    ['an unknown enum value', set('regions', 3, 'kind', 'village'), 'regions.csv:3:4:', '不是有效取值'],
    ['a non-boolean consent', set('talent', 2, 'consent_public', 'maybe'), 'talent.csv:2:21:', '不是是/否值'],
    ['an impossible date', set('jobs', 2, 'expires_at', '2027-02-30'), 'jobs.csv:2:15:', '不是有效日期'],
    ['a non-integer count', set('region_stats', 2, 'population', '12.5'), 'region_stats.csv:2:3:', '不是整数']
  ])('%s', async (_, edit, where, what) => {
    const errors = await errorsFor(edit);
    expect(errors.some((e) => e.startsWith(where) && e.includes(what)), errors.join('\n')).toBe(true);
  });
});

describe('references and keys', () => {
  it.each([
    ['a region that does not exist', set('wage_survey', 3, 'region_code', '532599'), `wage_survey.csv:3:${W.region_code}:`, '不在 regions 中'],
    ['the prefecture where a county is required', set('wage_survey', 4, 'region_code', '532500'), `wage_survey.csv:4:${W.region_code}:`, '须为县级区划'],
    ['an occupation that does not exist', set('wage_survey', 5, 'occupation_code', '6-18-02-99'), `wage_survey.csv:5:${W.occupation_code}:`, '不在 occupations 中'],
    ['a group code where a 细类 is required', set('talent', 3, 'occupation_code', '6-18-02'), 'talent.csv:3:9:', '须为细类编码'],
    ['an unknown certificate', set('jobs', 2, 'required_certificates', '飞行执照'), 'jobs.csv:2:10:', '不在 certificates 中'],
    ['an unknown competition', set('competition_results', 3, 'competition_id', 'K9999'), 'competition_results.csv:3:1:', '不在 competitions 中'],
    ['an unknown person', set('competition_results', 2, 'person_id', 'P9999'), 'competition_results.csv:2:5:', '不在 talent 中'],
    ['a duplicate key', set('occupations', 3, 'code', '6-18-02-04'), 'occupations.csv:3:1:', '与第 2 行重复'],
    ['an occupation whose 小类 is missing', set('occupations', 3, 'code', '4-03-09-01'), 'occupations.csv:3:1:', '所属小类「4-03-09」不在 occupation_groups 中'],
    ['a group whose parent is missing', set('occupation_groups', 4, 'code', '4-09-02'), 'occupation_groups.csv:4:1:', '上级分类「4-09」不在 occupation_groups 中'],
    ['a county under another parent', set('regions', 4, 'parent_code', '530100'), 'regions.csv:4:3:', '县级区划的上级代码须为 532500'],
    ['a skill linked to an unknown occupation', set('skills', 2, 'occupation_codes', '6-18-02-04;6-99-99-99'), 'skills.csv:2:4:', '不在 occupations 中']
  ])('%s', async (_, edit, where, what) => {
    const errors = await errorsFor(edit);
    expect(errors.some((e) => e.startsWith(where) && e.includes(what)), errors.join('\n')).toBe(true);
  });
});

describe('domain rules', () => {
  it('rejects percentiles out of order in an official wage table', async () => {
    const errors = await errorsFor((t) => {
      t.wage_prices = [
        ['year', 'region_code', 'occupation_code', 'unit', 'p10', 'p25', 'p50', 'p75', 'p90'],
        ['2023', '532500', '6-18-02-04', '元/年', '40000', '45000', '44000', '60000', '80000']
      ];
    });
    expect(errors.some((e) => e.startsWith('wage_prices.csv:2:7:') && e.includes('p50 (44000) 小于 p25 (45000)')), errors.join('\n')).toBe(true);
  });
  it('rejects a level the occupation standard does not define', async () => {
    const errors = await errorsFor(set('talent', 3, 'skill_level', '7'));
    expect(errors.some((e) => e.startsWith('talent.csv:3:10:') && e.includes('特级技师未在「中式烹调师」的职业标准中设置')), errors.join('\n')).toBe(true);
  });
  it('rejects a salary range upside down and an expiry before posting', async () => {
    const errors = await errorsFor(set('jobs', 2, 'salary_min', '9500'), set('jobs', 3, 'expires_at', '2024-12-01'));
    expect(errors.some((e) => e.startsWith('jobs.csv:2:12:') && e.includes('月薪下限不能高于上限'))).toBe(true);
    expect(errors.some((e) => e.startsWith('jobs.csv:3:15:') && e.includes('早于'))).toBe(true);
  });
  it('rejects more employed than residents', async () => {
    const errors = await errorsFor(set('region_stats', 3, 'employed', '999999'));
    expect(errors.some((e) => e.startsWith('region_stats.csv:3:3:'))).toBe(true);
  });
  it('rejects a second prefecture', async () => {
    const errors = await errorsFor(set('regions', 3, 'kind', 'prefecture'));
    expect(errors.some((e) => e.startsWith('regions.csv:3:4:') && e.includes('须有且只有一个州（市）级区划'))).toBe(true);
  });
  it('rejects an unknown award instead of scoring it', async () => {
    const errors = await errorsFor(set('competition_results', 2, 'award', '特等奖'));
    expect(errors.some((e) => e.startsWith('competition_results.csv:2:10:') && e.includes('不是有效取值'))).toBe(true);
  });
});

describe('files and headers', () => {
  it('names a missing required table and a missing required column', async () => {
    const errors = await errorsFor(
      (t) => void delete t.occupation_groups,
      (t) => (t.wage_survey = t.wage_survey.map((r) => r.slice(0, 6)))
    );
    expect(errors.some((e) => e.startsWith('occupation_groups.csv:1:1:') && e.includes('缺少必需的表'))).toBe(true);
    expect(errors.some((e) => e.startsWith('wage_survey.csv:1:1:') && e.includes('缺少必填列年工资（annual_wage）'))).toBe(true);
  });
  it('lists every problem at once, across files', async () => {
    const errors = await errorsFor(set('wage_survey', 5, 'annual_wage', 'x'), set('wage_survey', 9, 'annual_wage', 'y'), set('jobs', 2, 'min_level', '大师'));
    expect(errors.filter((e) => e.startsWith('wage_survey.csv:')).length).toBe(2);
    expect(errors.some((e) => e.startsWith('jobs.csv:2:7:'))).toBe(true);
  });
  it('only warns about unknown files and columns, and publishes', async () => {
    const t = baseTables();
    t.notes = [['a'], ['b']];
    t.regions = t.regions.map((r, i) => [...r, i === 0 ? '备注' : 'x']);
    const p = await publishTables(t);
    expect(p.result.ok).toBe(true);
    expect(p.messages.some((m) => m.startsWith('notes.csv:1:1: 警告'))).toBe(true);
    expect(p.messages.some((m) => m.startsWith('regions.csv:1:5: 警告') && m.includes('未识别的列「备注」'))).toBe(true);
  });
});
