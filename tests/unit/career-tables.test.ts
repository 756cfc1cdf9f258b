/**
 * The career, training and education tables (DESIGN §3b) in the dictionary: the demo writes what
 * the dictionary reads, quarters are read as staff write them, a course may be planned for next
 * year while an assessment may not be dated after the release, and a missing key is an error.
 */
import { describe, expect, it } from 'vitest';
import { CAREER_SOURCE_TABLES } from '../../src/lib/core/contract/career-tables';
import { TABLE_BY_NAME } from '../../src/lib/core/dictionary';
import { parseQuarter } from '../../src/lib/core/normalize';
import { CAREER_TABLES } from '../../src/lib/demo/career-tables';
import { readCell } from '../../src/lib/pipeline/type-table';
import { publishTables } from '../helpers/publish';
import { baseTables } from '../helpers/sources';

const column = (table: string, name: string) => TABLE_BY_NAME.get(table)!.columns.find((c) => c.name === name)!;

describe('the §3b tables', () => {
  it('are all in the dictionary, with the columns the demo writes, in the same order', () => {
    expect(CAREER_SOURCE_TABLES.map((t) => t.name)).toEqual(CAREER_TABLES.map((t) => t.name));
    for (const t of CAREER_TABLES) expect(TABLE_BY_NAME.get(t.name)!.columns.map((c) => c.name), t.name).toEqual(t.columns);
  });

  it('mark the two microdata tables confidential and their person ids private', () => {
    const confidential = CAREER_SOURCE_TABLES.filter((t) => t.confidential).map((t) => t.name);
    expect(confidential.sort()).toEqual(['certifications', 'training_enrolments']);
    for (const t of confidential) expect(column(t, 'person_id').private).toBe(true);
    expect(column('honours', 'name').private).toBe(true);
    expect(column('honours', 'studio').private).toBe(true);
  });
});

describe('parseQuarter', () => {
  it.each([
    ['2025Q4', '2025Q4'],
    ['2025-Q4', '2025Q4'],
    ['2025 q1', '2025Q1'],
    ['2025年第四季度', '2025Q4'],
    ['2025年4季度', '2025Q4'],
    ['２０２５Ｑ３', '2025Q3']
  ])('reads %s as %s', (raw, q) => expect(parseQuarter(raw)).toBe(q));

  it.each(['2025Q5', '2025年', '25Q1', 'Q4'])('rejects %s', (raw) => expect(parseQuarter(raw)).toBeNull());
});

describe('dates and years against the release', () => {
  const ctx = { asOf: '2026-12-01' };
  it('lets a course be planned for next year', () => {
    expect(readCell(column('training_programmes', 'year'), '2027', ctx)).toEqual({ value: 2027 });
  });

  it('rejects an assessment dated after the release, and a school cohort of next year', () => {
    expect(readCell(column('certifications', 'exam_date'), '2026-12-02', ctx).rule).toBe('future');
    expect(readCell(column('school_outcomes', 'cohort'), '2027', ctx).rule).toBe('future');
  });
});

describe('publishing with §3b tables', () => {
  it('lists every broken reference, count rule and key at once, with its Excel row and column', async () => {
    const t = baseTables();
    t.schools = [
      ['school_id', 'name', 'kind', 'region_code'],
      ['SC01', '红河州技师学院', '技师学院', '532503']
    ];
    t.school_outcomes = [
      ['school_id', 'major', 'cohort', 'graduates', 'employed_6m', 'employed_relevant'],
      ['SC01', '焊接加工', '2024', '40', '36', '30'],
      ['SC09', '焊接加工', '2024', '40', '36', '30'],
      ['SC01', '焊接加工', '2024', '12', '10', '11']
    ];
    t.shortage_list = [
      ['period', 'occupation_code', 'status'],
      ['2025年第四季度', '6-18-02-04', '紧缺'],
      ['2025Q9', '6-18-02-04', '较紧缺']
    ];
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    const errors = p.messages.filter((m) => m.includes('错误'));
    expect(errors.some((m) => /^school_outcomes\.csv:3:1: 错误：.*SC09/.test(m)), errors.join('\n')).toBe(true);
    expect(errors.some((m) => /^school_outcomes\.csv:4:\d+: 错误：.*对口就业人数 ≤ 就业人数 ≤ 毕业生人数/.test(m)), errors.join('\n')).toBe(true);
    expect(errors.some((m) => /^school_outcomes\.csv:4:\d+: 错误：与第 2 行重复/.test(m)), errors.join('\n')).toBe(true);
    expect(errors.some((m) => /^shortage_list\.csv:3:1: 错误：.*「2025Q9」不是有效季度/.test(m)), errors.join('\n')).toBe(true);
    expect(errors.some((m) => m.startsWith('shortage_list.csv:2:'))).toBe(false);
  });
});
