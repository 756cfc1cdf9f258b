/**
 * The training datasets from small hand-made sources: outcomes against figures worked out by hand
 * (distinct people, unknowns, type-7 percentiles per cell), withholding and the subtraction
 * attack, and the fee a trainee pays under the shortage list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRAINING_MIN_PEOPLE } from '../../src/lib/core/disclosure';
import { withholdOutcomeCells, type OutcomeCell } from '../../src/lib/pipeline/datasets/training';
import { publishTables } from '../helpers/publish';
import { baseTables, lcg, type Table } from '../helpers/sources';

const PROVIDERS: Table = [
  ['provider_id', 'name', 'kind', 'region_code', 'credit_code', 'status', 'status_note'],
  ['TP1', '个旧市鑫达职业培训学校', '民办培训机构', '532501', '', '正常', ''],
  ['TP2', '蒙自市华泰职业培训学校', '民办培训机构', '532503', '', '暂停', '2025年9月专项检查后暂停补贴性培训资格']
];

const PROGRAMME_HEADER = ['programme_id', 'provider_id', 'name', 'occupation_code', 'target_level', 'type', 'skills', 'hours', 'practical_hours', 'mode', 'start_date', 'end_date', 'capacity', 'fee', 'subsidy', 'shortage_uplift', 'eligible_groups', 'region_code', 'year'];
const programme = (id: string, provider: string, occupation: string, level: string, extra: Partial<Record<string, string>> = {}): string[] => {
  const row: Record<string, string> = {
    programme_id: id,
    provider_id: provider,
    name: `${id} 培训班`,
    occupation_code: occupation,
    target_level: level,
    type: '就业技能培训',
    skills: '',
    hours: '80',
    practical_hours: '56',
    mode: '线下',
    start_date: '2025-03-10',
    end_date: '2025-05-10',
    capacity: '40',
    fee: '1200',
    subsidy: '1000',
    shortage_uplift: '',
    eligible_groups: '登记失业人员',
    region_code: '',
    year: '2025',
    ...extra
  };
  return PROGRAMME_HEADER.map((c) => row[c]);
};

const ENROLMENT_HEADER = ['person_id', 'programme_id', 'enrolled_at', 'completed', 'completed_at', 'level_gained', 'employed_6m', 'monthly_wage_after', 'subsidy_paid'];
const enrol = (person: string, prog: string, at: string, completed: string, level: string, employed: string, wage: string): string[] => [
  person,
  prog,
  at,
  completed,
  completed === 'true' ? `${at.slice(0, 4)}-12-20` : '',
  level,
  employed,
  wage,
  '0'
];

/**
 * Programme A (TP1, 焊工 → 高级工): 14 people in 15 rows. Person X enrolled twice; a13 reported pay 0
 * (unknown); a12's employment and a13's completion are unknown.
 */
function enrolmentsA(): Table {
  const rows: Table = [];
  for (let i = 1; i <= 10; i++) rows.push(enrol(`a${i}`, 'A', '2025-03-01', 'true', i <= 5 ? '4' : i === 6 ? '3' : '', 'true', String(2500 + 500 * i)));
  rows.push(enrol('a11', 'A', '2025-03-01', 'true', '', 'false', ''));
  rows.push(enrol('a12', 'A', '2025-03-01', 'false', '', '', ''));
  rows.push(enrol('a13', 'A', '2025-03-01', '', '', 'true', '0'));
  rows.push(enrol('X', 'A', '2025-01-05', 'false', '', 'true', '2000'));
  rows.push(enrol('X', 'A', '2025-03-02', 'true', '4', 'true', '10000'));
  return rows;
}

function outcomeSources() {
  const t = baseTables();
  t.training_providers = PROVIDERS;
  t.training_programmes = [
    PROGRAMME_HEADER,
    programme('A', 'TP1', '6-18-02-04', '4'),
    programme('B', 'TP1', '6-18-02-04', '3'),
    programme('C', 'TP1', '4-03-02-01', '3'),
    programme('D', 'TP2', '4-03-02-01', '3'),
    programme('E', 'TP2', '4-03-02-01', '3', { year: '2024', start_date: '2024-03-01', end_date: '2024-05-01' })
  ];
  const b = ['a1', 'b1', 'b2', 'b3', 'b4', 'b5'].map((p) => enrol(p, 'B', '2025-06-01', 'true', '3', 'true', '4000'));
  const c = Array.from({ length: 10 }, (_, i) => enrol(`c${i}`, 'C', '2025-03-01', 'true', '', 'false', ''));
  const d = Array.from({ length: 20 }, (_, i) => enrol(`d${i}`, 'D', '2025-03-01', 'true', i < 10 ? '3' : '', i < 15 ? 'true' : 'false', i < 12 ? '5000' : ''));
  const e = Array.from({ length: 9 }, (_, i) => enrol(`e${i}`, 'E', '2024-02-01', 'true', '3', 'true', '4500'));
  t.training_enrolments = [ENROLMENT_HEADER, ...enrolmentsA(), ...b, ...c, ...d, ...e];
  return t;
}

type Outcome = Record<string, number | string | boolean | null> & { cohort_year: number; provider_id: string | null; programme_id: string | null; suppressed: boolean };

const find = (rows: Outcome[], year: number, provider: string | null, programme: string | null) =>
  rows.find((r) => r.cohort_year === year && r.provider_id === provider && r.programme_id === programme)!;

describe('training_outcomes', () => {
  it('equals the figures worked out by hand: distinct people, unknowns, best outcome per person, type-7 pay percentiles', async () => {
    const p = await publishTables(outcomeSources());
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const rows = await p.read<Outcome>('training_outcomes');
    expect(find(rows, 2025, 'TP1', 'A')).toMatchObject({
      n_enrolled: 14,
      n_completed: 12,
      n_completion_unknown: 1,
      n_certified: 7,
      n_certified_3: 1,
      n_certified_4: 6,
      n_certified_5: 0,
      n_employed_6m: 12,
      n_employment_unknown: 1,
      // 3,500 … 7,500 (a2–a10), 3,000 (a1), X's latest 10,000; a13's 0 is unknown
      n_wage: 11,
      wage_after_p25: 4250,
      wage_after_p50: 5500,
      wage_after_p75: 6750,
      wage_withheld: false,
      suppressed: false,
      suppressed_reason: null
    });
    // TP1 × 2025: a1 took A and B and counts once, with B's later pay (4,000)
    expect(find(rows, 2025, 'TP1', null)).toMatchObject({
      n_enrolled: 29,
      n_completed: 27,
      n_completion_unknown: 1,
      n_certified: 12,
      n_certified_3: 6,
      n_certified_4: 6,
      n_employed_6m: 17,
      n_employment_unknown: 1,
      n_wage: 16,
      wage_after_p25: 4000,
      wage_after_p50: 4250,
      wage_after_p75: 6125,
      suppressed: false
    });
    expect(find(rows, 2025, null, null)).toMatchObject({ n_enrolled: 49, n_completed: 47, n_certified: 22, n_employed_6m: 32, n_wage: 28, suppressed: false });
    // D: 12 pay records of 5,000
    expect(find(rows, 2025, 'TP2', 'D')).toMatchObject({ n_enrolled: 20, n_wage: 12, wage_after_p25: 5000, wage_after_p50: 5000, wage_after_p75: 5000 });
  });

  it('withholds a cell under the threshold whole, never as 0, and a second one so the provider row cannot give it away', async () => {
    const p = await publishTables(outcomeSources());
    const rows = await p.read<Outcome>('training_outcomes');
    const values = (r: Outcome) => Object.entries(r).filter(([k]) => k.startsWith('n_') || k.startsWith('wage_after'));
    // B has 6 people; C (10) is the smallest published sibling, so it goes too: B + C = 16 ≥ 10
    for (const [id, reason] of [['B', 'small'], ['C', 'complementary']] as const) {
      const cell = find(rows, 2025, 'TP1', id);
      expect(cell).toMatchObject({ suppressed: true, suppressed_reason: reason, wage_withheld: false });
      expect(values(cell).every(([, v]) => v === null)).toBe(true);
    }
    expect(find(rows, 2025, 'TP1', 'A').suppressed).toBe(false);
    // E has 9 people: its provider row and the prefecture row of 2024 are the same 9 people
    expect([find(rows, 2024, 'TP2', 'E'), find(rows, 2024, 'TP2', null), find(rows, 2024, null, null)].map((r) => r.suppressed_reason)).toEqual(['small', 'small', 'small']);
  });

  it('withholds pay percentiles of fewer than the threshold of pay records, keeping the counts', async () => {
    const t = outcomeSources();
    // only 9 of D's people reported pay
    t.training_enrolments = t.training_enrolments.map((r) => (r[1] === 'D' && ['d9', 'd10', 'd11'].includes(r[0]) ? [...r.slice(0, 7), '', r[8]] : r));
    const rows = await (await publishTables(t)).read<Outcome>('training_outcomes');
    expect(find(rows, 2025, 'TP2', 'D')).toMatchObject({ n_enrolled: 20, n_wage: 9, wage_after_p25: null, wage_after_p50: null, wage_after_p75: null, wage_withheld: true, suppressed: false });
  });

  it('never lets a published row minus its published parts reveal a withheld cell (random sources)', async () => {
    const rnd = lcg(11);
    const t = baseTables();
    const providers: Table = [PROVIDERS[0]];
    const programmes: Table = [PROGRAMME_HEADER];
    const enrolments: Table = [ENROLMENT_HEADER];
    const truth = new Map<string, number>();
    let person = 0;
    for (let v = 1; v <= 8; v++) {
      providers.push([`P${v}`, `机构${v}`, '民办培训机构', '532501', '', '正常', '']);
      for (const year of [2024, 2025]) {
        const k = 1 + Math.floor(rnd() * 5);
        for (let j = 0; j < k; j++) {
          const id = `P${v}-${year}-${j}`;
          const size = rnd() < 0.35 ? 1 + Math.floor(rnd() * 9) : 10 + Math.floor(rnd() * 30);
          truth.set(id, size);
          programmes.push(programme(id, `P${v}`, '6-18-02-04', '4', { year: String(year), start_date: `${year}-03-01`, end_date: `${year}-05-01` }));
          for (let i = 0; i < size; i++) enrolments.push(enrol(`x${person++}`, id, `${year}-02-01`, rnd() < 0.8 ? 'true' : 'false', rnd() < 0.6 ? '4' : '', rnd() < 0.7 ? 'true' : 'false', String(3000 + Math.floor(rnd() * 5000))));
        }
      }
    }
    Object.assign(t, { training_providers: providers, training_programmes: programmes, training_enrolments: enrolments });
    const rows = await (await publishTables(t)).read<Outcome>('training_outcomes');
    const programmeRows = rows.filter((r) => r.programme_id !== null);
    expect(programmeRows.filter((r) => r.suppressed_reason === 'small').length).toBeGreaterThan(3);
    let attacked = 0;
    for (const parent of rows.filter((r) => r.programme_id === null && r.provider_id !== null)) {
      const parts = programmeRows.filter((r) => r.provider_id === parent.provider_id && r.cohort_year === parent.cohort_year);
      const hidden = parts.filter((r) => r.suppressed);
      expect(hidden.length + (parent.suppressed ? 1 : 0)).not.toBe(1);
      if (parent.suppressed || hidden.length === 0) continue;
      attacked++;
      // the attacker's best: parent − Σ published parts = Σ hidden parts, never one of them, and ≥ the threshold
      const residue = (parent.n_enrolled as number) - parts.filter((r) => !r.suppressed).reduce((s, r) => s + (r.n_enrolled as number), 0);
      expect(residue).toBe(hidden.reduce((s, r) => s + truth.get(r.programme_id!)!, 0));
      expect(residue).toBeGreaterThanOrEqual(TRAINING_MIN_PEOPLE);
    }
    expect(attacked).toBeGreaterThan(0);
    // and the prefecture's row against its providers' rows
    for (const total of rows.filter((r) => r.provider_id === null)) {
      const hidden = rows.filter((r) => r.programme_id === null && r.provider_id !== null && r.cohort_year === total.cohort_year && r.suppressed);
      expect(hidden.length + (total.suppressed ? 1 : 0)).not.toBe(1);
    }
  });
});

describe('withholdOutcomeCells', () => {
  const cell = (cohort_year: number, provider_id: string | null, programme_id: string | null, n_enrolled: number): OutcomeCell => ({ cohort_year, provider_id, programme_id, n_enrolled });

  it('withholds the smallest published sibling of a small course', () => {
    const cells = [cell(2025, null, null, 70), cell(2025, 'P', null, 70), cell(2025, 'P', 'a', 40), cell(2025, 'P', 'b', 6), cell(2025, 'P', 'c', 24)];
    expect(withholdOutcomeCells(cells)).toEqual([false, false, false, true, true]);
  });

  it('in every equation withholds nothing or at least two members, and at least the threshold under a published total', () => {
    const tree = fc.array(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(tree, (providers) => {
        const cells: OutcomeCell[] = [cell(2025, null, null, providers.flat().reduce((a, b) => a + b, 0))];
        const groups: number[][] = [[0]];
        providers.forEach((courses, v) => {
          const parent = cells.push(cell(2025, `P${v}`, null, courses.reduce((a, b) => a + b, 0))) - 1;
          groups[0].push(parent);
          groups.push([parent, ...courses.map((n, j) => cells.push(cell(2025, `P${v}`, `c${j}`, n)) - 1)]);
        });
        const w = withholdOutcomeCells(cells);
        cells.forEach((c, i) => c.n_enrolled < TRAINING_MIN_PEOPLE && expect(w[i]).toBe(true));
        for (const [p, ...cs] of groups) {
          const k = [p, ...cs].filter((i) => w[i]).length;
          expect(k).not.toBe(1);
          if (!w[p] && k > 0) expect(cs.filter((i) => w[i]).reduce((s, i) => s + cells[i].n_enrolled, 0)).toBeGreaterThanOrEqual(TRAINING_MIN_PEOPLE);
        }
      })
    );
  });
});

type Programme = { programme_id: string; fee: number | null; subsidy: number | null; subsidy_total: number | null; net_fee: number | null; uplift_applied: boolean; shortage_period: string | null; shortage_status: string | null; skills: string[]; region_code: string };

describe('training_programmes: what a trainee pays', () => {
  const feeSources = (withList: boolean) => {
    const t = baseTables();
    t.training_providers = PROVIDERS;
    t.training_programmes = [
      PROGRAMME_HEADER,
      // 焊工 高级工 is 紧缺 in 2025Q4: 1,500 × 1.2 = 1,800 > 1,550, so the trainee pays 0
      programme('W4', 'TP1', '6-18-02-04', '4', { start_date: '2025-11-10', end_date: '2025-12-20', fee: '1550', subsidy: '1500', shortage_uplift: '0.2', skills: 'TIG焊;二保焊;吃苦耐劳;修手表' }),
      // the list names 高级工 only
      programme('W3', 'TP1', '6-18-02-04', '3', { start_date: '2025-11-10', end_date: '2025-12-20', fee: '1200', subsidy: '1000', shortage_uplift: '0.2' }),
      // 较紧缺 in 蒙自市 only; a course after the latest list falls under it
      programme('K3', 'TP2', '4-03-02-01', '3', { start_date: '2026-02-01', end_date: '2026-03-20', fee: '2000', subsidy: '1000', shortage_uplift: '0.3', year: '2026' }),
      programme('K3G', 'TP1', '4-03-02-01', '3', { start_date: '2026-02-01', end_date: '2026-03-20', fee: '2000', subsidy: '1000', shortage_uplift: '0.3', year: '2026' }),
      // before the first list
      programme('OLD', 'TP1', '6-18-02-04', '4', { start_date: '2024-05-01', end_date: '2024-06-20', fee: '1550', subsidy: '1500', shortage_uplift: '0.2', year: '2024' }),
      programme('NOFEE', 'TP1', '6-18-02-04', '4', { start_date: '2025-11-10', end_date: '2025-12-20', fee: '', subsidy: '1500', shortage_uplift: '0.2' }),
      programme('NOSUB', 'TP1', '6-18-02-04', '4', { start_date: '2025-11-10', end_date: '2025-12-20', fee: '900', subsidy: '', shortage_uplift: '0.2' })
    ];
    t.training_enrolments = [ENROLMENT_HEADER];
    if (withList)
      t.shortage_list = [
        ['period', 'occupation_code', 'status', 'skill_level', 'region_code', 'score', 'vacancies', 'applicants', 'cause', 'benefits'],
        ['2025Q1', '6-18-02-04', '紧缺', '4', '532500', '2.2', '30', '12', '留人难', '培训补贴上浮'],
        ['2025Q4', '6-18-02-04', '紧缺', '4', '532500', '2.3', '40', '15', '留人难', '培训补贴上浮'],
        ['2025Q4', '4-03-02-01', '较紧缺', '', '532503', '1.7', '20', '11', '岗位吸引力', '培训补贴上浮'],
        ['2025Q4', '4-03-02-01', '关注', '', '532500', '1.4', '20', '14', '岗位吸引力', '']
      ];
    return t;
  };

  it('adds the uplift where the list in force at the start lists the occupation (and level, and county) as 紧缺 or 较紧缺, never below 0', async () => {
    const p = await publishTables(feeSources(true));
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const rows = new Map((await p.read<Programme>('training_programmes')).map((r) => [r.programme_id, r]));
    expect(rows.get('W4')).toMatchObject({ shortage_period: '2025Q4', shortage_status: '紧缺', uplift_applied: true, subsidy_total: 1800, net_fee: 0 });
    expect(rows.get('W3')).toMatchObject({ shortage_period: '2025Q4', shortage_status: null, uplift_applied: false, subsidy_total: 1000, net_fee: 200 });
    expect(rows.get('K3')).toMatchObject({ shortage_period: '2025Q4', shortage_status: '较紧缺', uplift_applied: true, subsidy_total: 1300, net_fee: 700, region_code: '532503' });
    expect(rows.get('K3G')).toMatchObject({ shortage_status: '关注', uplift_applied: false, net_fee: 1000, region_code: '532501' });
    expect(rows.get('OLD')).toMatchObject({ shortage_period: null, uplift_applied: false, net_fee: 50 });
    expect(rows.get('NOFEE')).toMatchObject({ fee: null, net_fee: null, subsidy_total: 1800 });
    expect(rows.get('NOSUB')).toMatchObject({ subsidy: null, subsidy_total: null, net_fee: 900, uplift_applied: false });
    // free-text skills on the vocabulary through the pipeline's one seam: a soft quality is
    // dropped quietly, an unknown skill with a warning
    expect(rows.get('W4')!.skills).toEqual(['SK001', 'SK002']);
    expect(p.messages.some((m) => m.includes('技能「修手表」不在技能词表'))).toBe(true);
    expect(p.messages.some((m) => m.includes('吃苦耐劳'))).toBe(false);
    // an uplift the catalogue promises but the list does not grant is a warning with its cell
    expect(p.messages.find((m) => m.startsWith('training_programmes.csv:3:16:'))).toMatch(/紧缺目录（2025Q4）未将该职业（该等级）列为紧缺或较紧缺/);
    expect(p.messages.find((m) => m.startsWith('training_programmes.csv:6:16:'))).toMatch(/开班时没有生效的紧缺目录/);
  });

  it('adds no uplift without a shortage list, and says none was consulted', async () => {
    const p = await publishTables(feeSources(false));
    const rows = new Map((await p.read<Programme>('training_programmes')).map((r) => [r.programme_id, r]));
    expect(rows.get('W4')).toMatchObject({ shortage_period: null, shortage_status: null, uplift_applied: false, subsidy_total: 1500, net_fee: 50 });
    expect(p.messages.some((m) => m.includes('紧缺上浮'))).toBe(false);
  });
});
