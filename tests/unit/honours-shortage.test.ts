/**
 * The honours roll and the shortage list as published. Honours: a name only where announced,
 * else 王某 by the very rule competition results use; a studio named after an unannounced holder
 * masked the same way, or withheld; no person id, a pool reference only for a consenting person.
 * Shortage list: as given, a prefecture-wide listing under the prefecture's code, most urgent
 * first; bad rows with their cell.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskedName } from '../../src/lib/pipeline/datasets/talent';
import { publishTables } from '../helpers/publish';
import { baseTables } from '../helpers/sources';

const HONOURS_HEAD = ['honour', 'year', 'name', 'occupation_code', 'unit', 'region_code', 'announced', 'studio', 'person_id'];

describe('honours', () => {
  it('publishes announced names only, masks the others (and their studios) as competition results do, and links consenting people to the pool', async () => {
    const t = baseTables();
    t.honours = [
      HONOURS_HEAD,
      ['全国技术能手', '2024', '张建国', '6-18-02-04', '云锡集团', '532501', '是', '', 'P0001'],
      ['州技术能手', '2023', '李秀英', '4-03-02-01', '蒙自大酒店', '532503', '否', '', 'P0002'],
      ['技能大师工作室', '2022', '欧阳明辉', '6-18-02-04', '云锡集团', '532501', '否', '欧阳明辉技能大师工作室', ''],
      ['技能大师工作室', '2021', '王建华', '4-03-02-01', '蒙自大酒店', '532503', '', '滇南味道烹饪工作室', ''],
      ['技能大师工作室', '2020', '赵大勇', '6-18-02-04', '云锡集团', '532501', '是', '赵大勇技能大师工作室', ''],
      ['红河州首席技师', '2025', '陈红', '6-18-02-04', '', '532502', '否', '', '']
    ];
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const rows = await p.read<Record<string, unknown>>('honours');
    const refs = (await readFile(join(p.private, 'talent_refs.csv'), 'utf8')).split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','));
    const refOf = new Map(refs.map(([ref, person]) => [person, ref]));
    const by = (year: number) => rows.find((r) => r.year === year)!;

    expect(by(2024)).toMatchObject({ holder: '张建国', name_announced: true, pool_ref: refOf.get('P0001') });
    expect(by(2024).pool_ref).toMatch(/^R/);
    // not announced, and not in the pool (no consent): masked, no link
    expect(by(2023)).toMatchObject({ holder: maskedName('李秀英'), name_announced: false, pool_ref: null });
    expect(by(2023).holder).toBe('李某');
    expect(by(2022)).toMatchObject({ holder: '欧阳某', studio: '欧阳某技能大师工作室' });
    // empty announced = not announced; a studio without the holder's name is withheld
    expect(by(2021)).toMatchObject({ holder: '王某', studio: null });
    expect(by(2020)).toMatchObject({ holder: '赵大勇', studio: '赵大勇技能大师工作室' });
    // the roll's synonym is read as its title, and the newest year comes first
    expect(by(2025)).toMatchObject({ honour: '首席技师', holder: '陈某' });
    expect(rows.map((r) => r.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
    expect(Object.keys(rows[0])).not.toContain('person_id');
    expect(Object.keys(rows[0])).not.toContain('name');
    // competition results use the same mask
    const results = await p.read<Record<string, unknown>>('competition_results');
    expect(results.find((r) => r.rank === 2)!.contestant).toBe(maskedName('王小明'));
    const csv = await readFile(join(p.out, p.manifest.datasets.honours.csv!.file), 'utf8');
    for (const secret of ['李秀英', '欧阳明辉', '王建华', '陈红', '滇南味道', 'P0001', 'P0002']) expect(csv).not.toContain(secret);
  });

  it('lists an unknown title, a bad year and a person missing from the registry with their cells', async () => {
    const t = baseTables();
    t.honours = [
      HONOURS_HEAD,
      ['五一劳动奖章', '2024', '张建国', '6-18-02-04', '云锡集团', '532501', '是', '', 'P0001'],
      ['省技术能手', '二〇二四', '李秀英', '4-03-02-01', '', '532503', '是', '', ''],
      ['省技术能手', '2024', '刘强', '4-03-02-01', '', '532503', '是', '', 'P9999']
    ];
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    const errors = p.messages.filter((m) => m.includes('错误'));
    const has = (re: RegExp) => expect(errors.some((m) => re.test(m)), `${re}\n${errors.join('\n')}`).toBe(true);
    has(/^honours\.csv:2:1: 错误：荣誉（honour）：「五一劳动奖章」/);
    has(/^honours\.csv:3:2: 错误：年份（year）/);
    has(/^honours\.csv:4:9: 错误：.*P9999/);
  });
});

const SHORTAGE_HEAD = ['period', 'occupation_code', 'status', 'skill_level', 'region_code', 'score', 'vacancies', 'applicants', 'cause', 'benefits'];

describe('shortage_list', () => {
  it('is published as given, a prefecture-wide listing under the prefecture code, by period and most urgent first', async () => {
    const t = baseTables();
    t.shortage_list = [
      SHORTAGE_HEAD,
      ['2026Q4', '4-03-02-01', '关注', '', '', '1.4', '30', '21', '留人难', ''],
      ['2026年第四季度', '6-18-02-04', '急需紧缺', '高级工', '532500', '2.3', '120', '50', '培养周期长', '培训补贴上浮；人才引进'],
      ['2026Q3', '6-18-02-04', '较紧缺', '4', '532501', '1.8', '40', '22', '没人愿意干', '补贴上浮']
    ];
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const rows = await p.read<Record<string, unknown>>('shortage_list');
    expect(rows.map((r) => [r.period, r.occupation_code, r.status, r.skill_level, r.region_code])).toEqual([
      ['2026Q3', '6-18-02-04', '较紧缺', 4, '532501'],
      ['2026Q4', '6-18-02-04', '紧缺', 4, '532500'],
      ['2026Q4', '4-03-02-01', '关注', null, '532500']
    ]);
    expect(rows[1]).toMatchObject({ cause: '培训周期长', benefits: ['培训补贴上浮', '人才引进待遇'] });
    // a cause in words the vocabulary does not know is a warning, published as empty
    expect(rows[0].cause).toBeNull();
    expect(p.messages.some((m) => /^shortage_list\.csv:4:9: 警告：紧缺原因（cause）：「没人愿意干」/.test(m)), p.messages.join('\n')).toBe(true);
  });

  it('lists a bad status, level and code with their cells', async () => {
    const t = baseTables();
    t.shortage_list = [SHORTAGE_HEAD, ['2026Q4', '6-18-02', '很缺', '九级', '', '', '', '', '', '']];
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    const errors = p.messages.filter((m) => m.includes('错误'));
    for (const col of [2, 3, 4]) expect(errors.some((m) => m.startsWith(`shortage_list.csv:2:${col}: 错误`)), errors.join('\n')).toBe(true);
  });
});
