/**
 * school_outcomes as published: the scorecard's rates over the denominators core/schools/rates.ts
 * states, a small cohort keeps its size but no rate and no count a rate could be rebuilt from,
 * counts a school did not report stay unknown (never 0), and bad rows are listed with their cell.
 */
import { describe, expect, it } from 'vitest';
import { SCHOOL_MIN_GRADUATES } from '../../src/lib/core/disclosure';
import { RATE_BY_KEY, SCHOOL_RATES, WITHHELD_WITH_RATES, rateFormula, rateOf } from '../../src/lib/core/schools/rates';
import { publishTables, type Published } from '../helpers/publish';
import { baseTables, type Table } from '../helpers/sources';

const SCHOOLS: Table = [
  ['school_id', 'name', 'kind', 'region_code'],
  ['SC01', '红河州技师学院', '技师学院', '532503'],
  ['SC02', '个旧市职业高级中学', '职业高中', '532501']
];
const HEAD = ['school_id', 'major', 'cohort', 'graduates', 'occupation_code', 'employed_6m', 'employed_relevant', 'further_study', 'certified_level4plus', 'certified_any', 'median_monthly_wage', 'order_class_students', 'apprentices', 'partner_enterprises'];

async function publishOutcomes(rows: string[][], schools: Table = SCHOOLS): Promise<Published> {
  const t = baseTables();
  t.schools = schools;
  t.school_outcomes = [HEAD, ...rows];
  return publishTables(t);
}

type Out = Record<string, unknown>;
const byMajor = async (p: Published) => new Map((await p.read<Out>('school_outcomes')).map((r) => [`${r.school_id}|${r.major}|${r.cohort}`, r]));

describe('school_outcomes rates', () => {
  it('divide by the denominators the core states: employment over graduates not in further study, relevance over the employed', async () => {
    const p = await publishOutcomes([['SC01', '焊接加工', '2025', '40', '6-18-02-04', '30', '21', '4', '10', '35', '5200', '12', '6', '云锡集团;开远金鼎建设']]);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const r = (await byMajor(p)).get('SC01|焊接加工|2025')!;
    expect(r.employment_rate).toBeCloseTo(30 / 36, 4);
    expect(r.relevant_rate).toBeCloseTo(21 / 30, 4);
    expect(r.further_study_rate).toBeCloseTo(4 / 40, 4);
    expect(r.certified_level4plus_rate).toBeCloseTo(10 / 40, 4);
    expect(r.certified_any_rate).toBeCloseTo(35 / 40, 4);
    expect(r.suppressed).toBe(false);
    expect(r.partner_enterprises).toEqual(['云锡集团', '开远金鼎建设']);
    // the pipeline's SQL and the core's rule agree on every rate
    for (const def of SCHOOL_RATES) expect(r[def.key], def.key).toBe(rateOf(def, r as never));
    expect(rateFormula(RATE_BY_KEY.get('employment_rate')!)).toBe('6个月就业人数 ÷（毕业生人数 − 升学人数）');
    expect(rateFormula(RATE_BY_KEY.get('relevant_rate')!)).toBe('对口就业人数 ÷ 6个月就业人数');
  });

  it(`withhold every rate of a cohort under ${SCHOOL_MIN_GRADUATES} graduates, and every count a rate could be recomputed from`, async () => {
    const p = await publishOutcomes([
      ['SC01', '焊接加工', '2025', String(SCHOOL_MIN_GRADUATES - 1), '6-18-02-04', '8', '6', '1', '3', '9', '5100', '4', '2', '云锡集团'],
      ['SC01', '中餐烹饪', '2025', String(SCHOOL_MIN_GRADUATES), '4-03-02-01', '9', '7', '1', '2', '10', '4300', '0', '0', '']
    ]);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const rows = await byMajor(p);
    const small = rows.get('SC01|焊接加工|2025')!;
    expect(small.suppressed).toBe(true);
    expect(small.graduates).toBe(SCHOOL_MIN_GRADUATES - 1);
    for (const def of SCHOOL_RATES) expect(small[def.key], def.key).toBeNull();
    for (const c of WITHHELD_WITH_RATES) expect(small[c], c).toBeNull();
    expect(small.partner_enterprises).toEqual(['云锡集团']);
    const atThreshold = rows.get('SC01|中餐烹饪|2025')!;
    expect(atThreshold.suppressed).toBe(false);
    expect(atThreshold.employment_rate).toBe(1);
    expect(p.result.log.format().join('\n')).not.toContain('错误');
  });

  it('leave a rate unknown when the school did not report a count it needs, and when nobody is in its denominator; never 0', async () => {
    const p = await publishOutcomes([
      ['SC02', '电子商务', '2024', '30', '', '20', '', '', '', '', '', '', '', ''],
      ['SC02', '会计事务', '2024', '12', '', '0', '0', '12', '0', '3', '', '0', '0', '']
    ]);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const rows = await byMajor(p);
    const unreported = rows.get('SC02|电子商务|2024')!;
    expect(unreported.suppressed).toBe(false);
    expect(unreported.employment_rate).toBeNull(); // further study unknown: no denominator
    expect(unreported.further_study).toBeNull();
    expect(unreported.relevant_rate).toBeNull();
    expect(unreported.certified_any_rate).toBeNull();
    const allStudying = rows.get('SC02|会计事务|2024')!;
    expect(allStudying.employment_rate).toBeNull(); // 12 − 12 = nobody looking for work
    expect(allStudying.relevant_rate).toBeNull(); // nobody employed
    expect(allStudying.further_study_rate).toBe(1);
    expect(allStudying.certified_any_rate).toBeCloseTo(3 / 12, 4);
  });
});

describe('school sources with mistakes', () => {
  it('are listed at once with file:row:column, and nothing is published', async () => {
    const p = await publishOutcomes(
      [
        ['SC01', '焊接加工', '2025', '四十', '6-18-02-04', '30', '21', '4', '10', '35', '5200', '0', '0', ''],
        ['SC01', '中餐烹饪', '2025', '20', '4-03-02-01', '18', '10', '21', '2', '10', '4300', '0', '0', ''],
        ['SC01', '汽车维修', '2025', '20', '4-03-02', '18', '10', '1', '12', '10', '-5', '0', '0', ''],
        ['SC02', '电子商务', '2025', '20', '', '18', '10', '1', '2', '10', '', '', '', '']
      ],
      [...SCHOOLS, ['SC03', '某学校', '培训中心', '532503']]
    );
    expect(p.result.ok).toBe(false);
    const errors = p.messages.filter((m) => m.includes('错误'));
    const has = (re: RegExp) => expect(errors.some((m) => re.test(m)), `${re}\n${errors.join('\n')}`).toBe(true);
    has(/^school_outcomes\.csv:2:4: 错误：毕业生人数（graduates）：「四十」/);
    has(/^school_outcomes\.csv:3:\d+: 错误：升学人数不能多于毕业生人数/);
    has(/^school_outcomes\.csv:4:5: 错误：职业编码（occupation_code）/);
    has(/^school_outcomes\.csv:4:11: 错误：月收入中位数（median_monthly_wage）/);
    has(/^school_outcomes\.csv:4:\d+: 错误：高级工及以上证书人数 ≤ 取得证书人数 ≤ 毕业生人数/);
    has(/^schools\.csv:4:3: 错误：学校类型（kind）：「培训中心」/);
  });
});
