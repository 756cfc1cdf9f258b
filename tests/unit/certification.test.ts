import { describe, expect, it } from 'vitest';
import { DEFAULT_EQUIVALENCE_BASIS } from '../../src/lib/core/careers/equivalence';
import { DEFAULT_REQUIREMENT_BASIS } from '../../src/lib/core/careers/requirements';
import { CERTIFICATION_MIN_CANDIDATES } from '../../src/lib/core/disclosure';
import { publishTables } from '../helpers/publish';
import { baseTables, lcg, type Table } from '../helpers/sources';

const PREF = '532500';
const ROUTES = ['院校评价', '企业自主评价', '社会培训评价组织', '破格晋升'];

const bodies = (): Table => [
  ['body_id', 'name', 'kind', 'region_code', 'scope', 'status'],
  ['PJ001', '红河州职业技能鉴定中心', '职业技能鉴定中心', '532503', '4;6', '正常'],
  ['PJ002', '个旧焊接培训学校', '社会培训评价组织', '532501', '6-18-02', '正常'],
  ['PJ003', '开远烹饪协会', '社会培训评价组织', '532502', '4-03-02', '暂停']
];

/** Records spread thinly over bodies, levels and routes, so that many cells are small. */
function records(n: number, seed = 5): Table {
  const rnd = lcg(seed);
  const rows: Table = [['person_id', 'occupation_code', 'skill_level', 'body_id', 'route', 'exam_date', 'passed', 'certificate_no', 'theory_score', 'practical_score']];
  for (let i = 0; i < n; i++) {
    const weld = rnd() < 0.65;
    const body = weld ? (rnd() < 0.6 ? 'PJ002' : 'PJ001') : rnd() < 0.6 ? 'PJ003' : 'PJ001';
    const level = 2 + Math.floor(rnd() * (weld ? 5 : 4));
    const route = ROUTES[Math.floor(rnd() ** 1.6 * ROUTES.length)];
    const year = 2023 + Math.floor(rnd() * 3);
    const passed = rnd() < (route === '社会培训评价组织' ? 0.55 : 0.85);
    rows.push([`X${i}`, weld ? '6-18-02-04' : '4-03-02-01', String(level), body, route, `${year}-0${1 + Math.floor(rnd() * 9)}-15`, passed ? '是' : '否', passed ? `S${i}` : '', '70', '80']);
  }
  return rows;
}

type Cell = { year: number; region_code: string | null; occupation_code: string | null; occupation_depth: number; skill_level: number | null; route: string | null; body_id: string | null; n_candidates: number | null; n_passed: number | null; pass_rate: number | null; suppressed: boolean };

const COUNTY_OF: Record<string, string> = { PJ001: '532503', PJ002: '532501', PJ003: '532502' };

describe('certification_stats', () => {
  it('counts candidates and passes per cell from the records, and withholds cells under the threshold', async () => {
    const t = { ...baseTables(), evaluation_bodies: bodies(), certifications: records(900) };
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const cells = await p.read<Cell>('certification_stats');
    expect(p.manifest.years.certification).toEqual([2023, 2024, 2025]);
    const src = t.certifications.slice(1).map((r) => ({ occ: r[1], level: Number(r[2]), body: r[3], route: r[4], year: Number(r[5].slice(0, 4)), passed: r[6] === '是' }));
    const published = cells.filter((c) => !c.suppressed);
    expect(published.length).toBeGreaterThan(50);
    expect(cells.some((c) => c.suppressed)).toBe(true);
    for (const c of cells) {
      const inCell = src.filter(
        (r) =>
          r.year === c.year &&
          (c.region_code === PREF || COUNTY_OF[r.body] === c.region_code) &&
          (c.occupation_code === null || r.occ === c.occupation_code || r.occ.startsWith(`${c.occupation_code}-`)) &&
          (c.skill_level === null || r.level === c.skill_level) &&
          (c.route === null || r.route === c.route) &&
          (c.body_id === null || r.body === c.body_id)
      );
      expect(inCell.length, JSON.stringify(c)).toBeGreaterThan(0);
      if (c.suppressed) {
        expect([c.n_candidates, c.n_passed, c.pass_rate]).toEqual([null, null, null]);
      } else {
        expect(c.n_candidates).toBe(inCell.length);
        expect(c.n_candidates).toBeGreaterThanOrEqual(CERTIFICATION_MIN_CANDIDATES);
        expect(c.n_passed).toBe(inCell.filter((r) => r.passed).length);
        expect(c.pass_rate).toBeCloseTo(c.n_passed! / c.n_candidates!, 12);
      }
    }
    // a body's cells sit in its county; the prefecture has a total for every year
    expect(cells.filter((c) => c.body_id).every((c) => c.region_code === COUNTY_OF[c.body_id!])).toBe(true);
    const total2025 = cells.find((c) => c.year === 2025 && c.region_code === PREF && c.occupation_code === null && c.skill_level === null && c.route === null && c.body_id === null)!;
    expect(total2025.n_candidates).toBe(src.filter((r) => r.year === 2025).length);
  });

  it('reveals no withheld cell by subtracting published parts from a published total', async () => {
    const t = { ...baseTables(), evaluation_bodies: bodies(), certifications: records(700, 11) };
    const p = await publishTables(t);
    const cells = await p.read<Cell>('certification_stats');
    expect(cells.some((c) => c.occupation_depth === 3)).toBe(false);
    const key = (c: Partial<Cell>) => [c.year, c.region_code, c.occupation_code, c.skill_level, c.route, c.body_id].join('|');
    const byKey = new Map(cells.map((c) => [key(c), c]));
    expect(byKey.size).toBe(cells.length);
    // The attacker's equations, written from the published rows alone: a total and its parts.
    const splits: [string, (c: Cell) => Partial<Cell> | null][] = [
      ['counties', (c) => (c.body_id === null && c.region_code !== PREF ? { ...c, region_code: PREF } : null)],
      ['levels', (c) => (c.skill_level !== null ? { ...c, skill_level: null } : null)],
      ['routes', (c) => (c.route !== null ? { ...c, route: null } : null)],
      ['bodies in a county', (c) => (c.body_id !== null ? { ...c, body_id: null } : null)],
      ['bodies in the prefecture', (c) => (c.body_id !== null ? { ...c, body_id: null, region_code: PREF } : null)],
      ['细类 in 中类', (c) => (c.occupation_depth === 4 ? { ...c, occupation_code: c.occupation_code!.split('-').slice(0, 2).join('-') } : null)],
      ['中类 in 大类', (c) => (c.occupation_depth === 2 ? { ...c, occupation_code: c.occupation_code!.split('-')[0] } : null)],
      ['大类 in all', (c) => (c.occupation_depth === 1 ? { ...c, occupation_code: null } : null)],
      ['细类 in all', (c) => (c.occupation_depth === 4 ? { ...c, occupation_code: null } : null)]
    ];
    let attacks = 0;
    let withheldInAttacks = 0;
    for (const [name, parentOf] of splits) {
      const parts = new Map<string, Cell[]>();
      for (const c of cells) {
        const parent = parentOf(c);
        if (!parent) continue;
        const k = key(parent);
        if (!byKey.has(k)) continue;
        parts.set(k, [...(parts.get(k) ?? []), c]);
      }
      for (const [k, children] of parts) {
        const total = byKey.get(k)!;
        if (total.suppressed) continue;
        attacks++;
        const hidden = children.filter((c) => c.suppressed);
        withheldInAttacks += hidden.length;
        const residue = total.n_candidates! - children.filter((c) => !c.suppressed).reduce((a, c) => a + c.n_candidates!, 0);
        // the subtraction leaves nothing, or a sum over at least two withheld cells of at least the threshold
        expect(hidden.length === 1, `${name}: ${k} − published parts = ${residue}, one withheld part`).toBe(false);
        if (hidden.length) expect(residue, `${name}: ${k}`).toBeGreaterThanOrEqual(CERTIFICATION_MIN_CANDIDATES);
        else expect(residue, `${name}: ${k}`).toBe(0);
      }
    }
    expect(attacks).toBeGreaterThan(100);
    expect(withheldInAttacks).toBeGreaterThan(20);
  });

  it('stops the release on bad records with every problem at file:row:column', async () => {
    const t = { ...baseTables(), evaluation_bodies: bodies(), certifications: records(30) };
    t.certifications[3][4] = '网上考试';
    t.certifications[5][2] = '高高级';
    t.certifications[7][1] = '4-03-02-01';
    t.certifications[7][2] = '特级技师';
    t.certifications[9][3] = 'PJ999';
    t.certifications[11][5] = '2027-03-01';
    t.certifications[13][6] = '也许';
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    const text = p.messages.join('\n');
    expect(text).toMatch(/certifications\.csv:4:5: 错误：评价方式（route）：「网上考试」/);
    expect(text).toMatch(/certifications\.csv:6:3: 错误：认定等级（skill_level）：「高高级」/);
    expect(text).toMatch(/certifications\.csv:8:3: 错误：.*特级技师/);
    expect(text).toMatch(/certifications\.csv:10:4: 错误：.*PJ999/);
    expect(text).toMatch(/certifications\.csv:12:6: 错误：.*2027-03-01/);
    expect(text).toMatch(/certifications\.csv:14:7: 错误：.*也许/);
  });
});

type Requirement = { occupation_code: string; to_level: number; from_level: number | null; min_years: number; alternatives: string[]; basis: string; source: string; rule_code: string | null };
type Equivalence = { skill_level: number; title_equivalent: string | null; education_equivalent: string | null; uses: string[]; basis: string; source: string };

describe('level_requirements and level_equivalence', () => {
  it('publish the built-in defaults, labelled, where the bureau gives no rule', async () => {
    const p = await publishTables(baseTables());
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    // without records or a register those datasets are missing, with the reason; the rules are not
    expect(p.manifest.missing.map((m) => m.name)).toEqual(expect.arrayContaining(['certification_stats', 'evaluation_bodies']));
    expect(p.manifest.missing.find((m) => m.name === 'certification_stats')?.reason).toContain('certifications');
    expect(p.manifest.years.certification).toEqual([]);
    const req = await p.read<Requirement>('level_requirements');
    // 焊工 defines all eight levels, 中式烹调师 stops at 高级技师: no rows above its standard
    expect(req.filter((r) => r.occupation_code === '6-18-02-04').map((r) => r.to_level)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(req.filter((r) => r.occupation_code === '4-03-02-01').map((r) => r.to_level)).toEqual([2, 3, 4, 5, 6]);
    expect(req.every((r) => r.source === 'default' && r.basis === DEFAULT_REQUIREMENT_BASIS && r.rule_code === null)).toBe(true);
    expect(req.find((r) => r.occupation_code === '6-18-02-04' && r.to_level === 5)).toMatchObject({ from_level: 4, min_years: 4 });
    const eq = await p.read<Equivalence>('level_equivalence');
    expect(eq.map((e) => [e.skill_level, e.title_equivalent, e.source])).toEqual([[3, null, 'default'], [4, '助理工程师', 'default'], [5, '工程师', 'default'], [6, '高级工程师', 'default']]);
    expect(eq.every((e) => e.basis === DEFAULT_EQUIVALENCE_BASIS)).toBe(true);
  });

  it('let the bureau override a level for a 细类 or a whole group, and an equivalence level by level', async () => {
    const t = baseTables();
    t.level_requirements = [
      ['职业编码', '申报等级', '最低年限', '原等级', '其他条件', '依据'],
      ['6-18-02-04', '高级工', '3', '中级工', '学历：技师学院高级工班毕业；竞赛名次：州赛前三', '国家职业技能标准《焊工》（2021年版）'],
      ['6-18', '技师', '5', '', '', '本地机械行业规定'],
      ['6-18-02', '技师', '4.5', '高级工', '', '']
    ];
    t.level_equivalence = [
      ['skill_level', 'title_equivalent', 'education_equivalent', 'uses', 'basis'],
      ['5', '工程师', '本科', '职称评审;落户', '红河州贯通细则（2023年）'],
      ['7', '正高级工程师', '', '待遇', '红河州特级技师评聘办法']
    ];
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const req = await p.read<Requirement>('level_requirements', "occupation_code = '6-18-02-04'");
    const at = (l: number) => req.find((r) => r.to_level === l)!;
    expect(at(4)).toMatchObject({ source: 'bureau', rule_code: '6-18-02-04', min_years: 3, from_level: 3, alternatives: ['学历:技师学院高级工班毕业', '竞赛名次:州赛前三'] });
    // the nearest group wins (小类 over 中类); a rule without a basis says so
    expect(at(5)).toMatchObject({ source: 'bureau', rule_code: '6-18-02', min_years: 4.5, from_level: 4, basis: '人社部门提供（未注明依据）' });
    expect(at(3)).toMatchObject({ source: 'default', rule_code: null });
    const cook = await p.read<Requirement>('level_requirements', "occupation_code = '4-03-02-01'");
    expect(cook.every((r) => r.source === 'default')).toBe(true);
    const eq = await p.read<Equivalence>('level_equivalence');
    expect(eq.map((e) => [e.skill_level, e.title_equivalent, e.source])).toEqual([[3, null, 'default'], [4, '助理工程师', 'default'], [5, '工程师', 'bureau'], [6, '高级工程师', 'default'], [7, '正高级工程师', 'bureau']]);
    expect(eq.find((e) => e.skill_level === 5)).toMatchObject({ education_equivalent: '本科', uses: ['职称评审', '落户'], basis: '红河州贯通细则(2023年)' });
  });

  it('reject a requirement that is not a level, or names no occupation, at file:row:column', async () => {
    const t = baseTables();
    t.level_requirements = [
      ['occupation_code', 'to_level', 'min_years', 'from_level', 'alternatives', 'basis'],
      ['6-18-02-04', '九级', '3', '', '', ''],
      ['6-99', '4', '3', '', '', ''],
      ['6-18-02-04', '5', '-1', '', '', ''],
      ['6-18-02-04', '6', '4', '高级技师', '', '']
    ];
    const p = await publishTables(t);
    expect(p.result.ok).toBe(false);
    const text = p.messages.join('\n');
    expect(text).toMatch(/level_requirements\.csv:2:2: 错误/);
    expect(text).toMatch(/level_requirements\.csv:3:1: 错误/);
    expect(text).toMatch(/level_requirements\.csv:4:3: 错误/);
    expect(text).toMatch(/level_requirements\.csv:5:2: 错误：原等级须低于申报等级/);
  });
});
