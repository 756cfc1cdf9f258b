/**
 * The demo's career, training and education sources (DESIGN §3b): contract columns and
 * vocabularies, references into the rest of the demo world, and the calibration the pages rely on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  CERTIFICATION_ROUTES,
  EQUIVALENCE_USES,
  EVALUATION_BODY_KINDS,
  HONOURS,
  ORGANISATION_STATUSES,
  REQUIREMENT_ALTERNATIVE_KINDS,
  SCHOOL_KINDS,
  SHORTAGE_BENEFITS,
  SHORTAGE_CAUSES,
  SHORTAGE_PERIOD,
  SHORTAGE_STATUSES,
  TRAINING_ELIGIBLE_GROUPS,
  TRAINING_MODES,
  TRAINING_PROVIDER_KINDS,
  TRAINING_TYPES
} from '../../src/lib/core/contract/career-enums';
import { isValidCreditCode } from '../../src/lib/core/contract/credit-code';
import type { EnumDef } from '../../src/lib/core/enums';
import { TABLE_BY_NAME } from '../../src/lib/core/dictionary';
import { CAREER_TABLES } from '../../src/lib/demo/career-tables';
import { generateDemoSources } from '../../src/lib/demo/generate';
import { buildEnterprises } from '../../src/lib/demo/enterprises';
import { isValidIdNumber } from '../../src/lib/demo/people';
import { createRandom } from '../../src/lib/demo/random';
import { TalentRegistry } from '../../src/lib/demo/talent';

type Row = Record<string, string>;

const SCALE = 0.15;
let root: string;
let dirA: string;
const t = new Map<string, Row[]>();

/** DESIGN §3b, column for column (honours: plus the documented person_id). */
const CONTRACT: Record<string, string> = {
  training_providers: 'provider_id,name,kind,region_code,credit_code,status,status_note',
  training_programmes:
    'programme_id,provider_id,name,occupation_code,target_level,type,skills,hours,practical_hours,mode,start_date,end_date,capacity,fee,subsidy,shortage_uplift,eligible_groups,region_code,year',
  training_enrolments: 'person_id,programme_id,enrolled_at,completed,completed_at,level_gained,employed_6m,monthly_wage_after,subsidy_paid',
  certifications: 'person_id,occupation_code,skill_level,body_id,route,exam_date,passed,certificate_no,theory_score,practical_score',
  evaluation_bodies: 'body_id,name,kind,region_code,scope,status',
  level_requirements: 'occupation_code,to_level,min_years,from_level,alternatives,basis',
  level_equivalence: 'skill_level,title_equivalent,education_equivalent,uses,basis',
  schools: 'school_id,name,kind,region_code',
  school_outcomes:
    'school_id,major,cohort,graduates,occupation_code,employed_6m,employed_relevant,further_study,certified_level4plus,certified_any,median_monthly_wage,order_class_students,apprentices,partner_enterprises',
  shortage_list: 'period,occupation_code,status,skill_level,region_code,score,vacancies,applicants,cause,benefits',
  honours: 'honour,year,name,occupation_code,unit,region_code,announced,studio,person_id'
};
const SECTION_3 = ['occupation_groups', 'occupations', 'regions', 'region_stats', 'skills', 'certificates', 'wage_survey', 'wage_prices', 'talent', 'competitions', 'competition_results', 'jobs'];

const read = async (dir: string, name: string): Promise<Row[]> =>
  Papa.parse<Row>(await readFile(join(dir, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
const list = (cell: string): string[] => (cell === '' ? [] : cell.split(';'));
const codes = (def: EnumDef) => new Set(def.map((v) => v.code));
const rate = (rows: Row[], pass: (r: Row) => boolean) => rows.filter(pass).length / rows.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const groupBy = <T>(rows: T[], key: (r: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const g = m.get(k);
    if (g) g.push(r);
    else m.set(k, [r]);
  }
  return m;
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'demo-3b-'));
  dirA = join(root, 'a');
  await Promise.all([
    generateDemoSources({ seed: 1, scale: SCALE, outDir: dirA }),
    generateDemoSources({ seed: 1, scale: SCALE, outDir: join(root, 'b') }),
    generateDemoSources({ seed: 2, scale: SCALE, outDir: join(root, 'c') }),
    generateDemoSources({ seed: 1, scale: SCALE, outDir: join(root, 'without'), careerTables: false })
  ]);
  for (const name of [...Object.keys(CONTRACT), 'occupations', 'occupation_groups', 'regions', 'skills', 'talent', 'jobs', 'wage_survey', 'competition_results']) {
    t.set(name, await read(dirA, name));
  }
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the §3b demo tables', () => {
  it('have the contract columns in its order, and the dictionary’s columns', async () => {
    expect(CAREER_TABLES.map((x) => x.name).sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const [name, header] of Object.entries(CONTRACT)) {
      const text = await readFile(join(dirA, `${name}.csv`), 'utf8');
      expect(text.slice(0, text.indexOf('\n')), name).toBe(header);
      const def = CAREER_TABLES.find((x) => x.name === name)!;
      expect(def.columns, name).toEqual(TABLE_BY_NAME.get(name)!.columns.map((c) => c.name));
    }
  });

  it('write the §3b vocabularies', () => {
    const check = (table: string, column: string, def: EnumDef, isList = false) => {
      const allowed = codes(def);
      const seen = new Set(t.get(table)!.flatMap((r) => (isList ? list(r[column]) : [r[column]])).filter((v) => v !== ''));
      for (const v of seen) expect(allowed.has(v), `${table}.${column}: ${v}`).toBe(true);
      return seen;
    };
    expect(check('training_providers', 'kind', TRAINING_PROVIDER_KINDS)).toEqual(codes(TRAINING_PROVIDER_KINDS));
    expect(check('training_providers', 'status', ORGANISATION_STATUSES)).toEqual(codes(ORGANISATION_STATUSES));
    expect(check('training_programmes', 'type', TRAINING_TYPES)).toEqual(codes(TRAINING_TYPES));
    expect(check('training_programmes', 'mode', TRAINING_MODES)).toEqual(codes(TRAINING_MODES));
    check('training_programmes', 'eligible_groups', TRAINING_ELIGIBLE_GROUPS, true);
    expect(check('certifications', 'route', CERTIFICATION_ROUTES)).toEqual(codes(CERTIFICATION_ROUTES));
    expect(check('evaluation_bodies', 'kind', EVALUATION_BODY_KINDS)).toEqual(codes(EVALUATION_BODY_KINDS));
    expect(check('evaluation_bodies', 'status', ORGANISATION_STATUSES)).toEqual(codes(ORGANISATION_STATUSES));
    expect(check('schools', 'kind', SCHOOL_KINDS)).toEqual(codes(SCHOOL_KINDS));
    expect(check('shortage_list', 'status', SHORTAGE_STATUSES)).toEqual(codes(SHORTAGE_STATUSES));
    expect(check('shortage_list', 'cause', SHORTAGE_CAUSES)).toEqual(codes(SHORTAGE_CAUSES));
    expect(check('shortage_list', 'benefits', SHORTAGE_BENEFITS, true)).toEqual(codes(SHORTAGE_BENEFITS));
    expect(check('honours', 'honour', HONOURS)).toEqual(codes(HONOURS));
    check('level_equivalence', 'uses', EQUIVALENCE_USES, true);
    const kinds = codes(REQUIREMENT_ALTERNATIVE_KINDS);
    for (const r of t.get('level_requirements')!) for (const a of list(r.alternatives)) expect(kinds.has(a.split('：')[0]), a).toBe(true);
  });

  it('refer to the demo world: ids, occupation codes, counties and skills resolve', () => {
    const occupations = new Set(t.get('occupations')!.map((o) => o.code));
    const anyCode = new Set([...occupations, ...t.get('occupation_groups')!.map((g) => g.code)]);
    const regions = new Set(t.get('regions')!.map((r) => r.code));
    const skills = new Set(t.get('skills')!.flatMap((s) => [s.skill_id, s.name]));
    const providers = new Set(t.get('training_providers')!.map((p) => p.provider_id));
    const programmes = new Set(t.get('training_programmes')!.map((p) => p.programme_id));
    const bodies = new Set(t.get('evaluation_bodies')!.map((b) => b.body_id));
    const schools = new Set(t.get('schools')!.map((s) => s.school_id));
    for (const p of t.get('training_providers')!) expect(regions.has(p.region_code)).toBe(true);
    for (const p of t.get('training_programmes')!) {
      expect(providers.has(p.provider_id)).toBe(true);
      expect(occupations.has(p.occupation_code)).toBe(true);
      expect(regions.has(p.region_code)).toBe(true);
      for (const s of list(p.skills)) expect(skills.has(s), s).toBe(true);
    }
    for (const e of t.get('training_enrolments')!) expect(programmes.has(e.programme_id)).toBe(true);
    for (const c of t.get('certifications')!) {
      expect(bodies.has(c.body_id)).toBe(true);
      expect(occupations.has(c.occupation_code)).toBe(true);
    }
    for (const b of t.get('evaluation_bodies')!) {
      expect(regions.has(b.region_code)).toBe(true);
      for (const code of list(b.scope)) expect(anyCode.has(code), code).toBe(true);
    }
    for (const r of t.get('level_requirements')!) expect(anyCode.has(r.occupation_code)).toBe(true);
    for (const s of t.get('schools')!) expect(regions.has(s.region_code)).toBe(true);
    for (const o of t.get('school_outcomes')!) {
      expect(schools.has(o.school_id)).toBe(true);
      if (o.occupation_code) expect(occupations.has(o.occupation_code)).toBe(true);
    }
    for (const s of t.get('shortage_list')!) {
      expect(occupations.has(s.occupation_code)).toBe(true);
      expect(regions.has(s.region_code)).toBe(true);
    }
    for (const h of t.get('honours')!) {
      expect(occupations.has(h.occupation_code)).toBe(true);
      expect(regions.has(h.region_code)).toBe(true);
    }
  });

  it('name units after the enterprises of the demo: evaluators, partners and honoured people’s employers', () => {
    const enterprises = new Set(t.get('talent')!.map((r) => r.employer));
    for (const r of t.get('jobs')!) enterprises.add(r.enterprise);
    const employerBodies = t.get('evaluation_bodies')!.filter((b) => b.kind === '用人单位');
    expect(employerBodies.length).toBeGreaterThan(3);
    const partners = t.get('school_outcomes')!.flatMap((o) => list(o.partner_enterprises));
    expect(partners.length).toBeGreaterThan(50);
    expect(rate(partners.map((name) => ({ name })), (r) => enterprises.has(r.name))).toBeGreaterThan(0.5);
  });

  it('key people by registry person_id for a good share, by valid ID numbers otherwise', () => {
    const registry = new Set(t.get('talent')!.map((r) => r.person_id));
    for (const table of ['certifications', 'training_enrolments']) {
      const rows = t.get(table)!;
      const inRegistry = rows.filter((r) => r.person_id.startsWith('P'));
      for (const r of inRegistry) expect(registry.has(r.person_id), r.person_id).toBe(true);
      for (const r of rows.filter((x) => !x.person_id.startsWith('P'))) expect(isValidIdNumber(r.person_id), r.person_id).toBe(true);
      expect(inRegistry.length / rows.length, table).toBeGreaterThan(0.12);
      expect(inRegistry.length / rows.length, table).toBeLessThan(0.7);
    }
    const ids = new Set(t.get('talent')!.map((r) => r.id_number));
    expect(t.get('certifications')!.some((r) => ids.has(r.person_id))).toBe(false);
  });

  it('map registry person ids back to their people', () => {
    const registry = new TalentRegistry(createRandom(1).fork('talent'), buildEnterprises(createRandom(1).fork('enterprises'), 0.01), 0.05, 1);
    for (let i = 0; i < registry.size; i++) expect(registry.indexOf(registry.personId(i))).toBe(i);
    expect(registry.indexOf(registry.personId(registry.size))).toBeUndefined(); // well-formed, but nobody's
    expect(registry.indexOf('532501199001011234')).toBeUndefined();
  });

  it('are deterministic per seed and differ between seeds', async () => {
    for (const name of Object.keys(CONTRACT)) {
      const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((d) => readFile(join(root, d, `${name}.csv`))));
      expect(a.equals(b), name).toBe(true);
      if (['certifications', 'training_enrolments', 'honours'].includes(name)) expect(a.equals(c), name).toBe(false);
    }
  });

  it('leave every §3 source file byte-identical to a run without them', async () => {
    const without = (await readdir(join(root, 'without'))).filter((f) => f.endsWith('.csv')).sort();
    expect(without).toEqual(SECTION_3.map((n) => `${n}.csv`).sort());
    for (const f of [...without, 'region_boundaries.geojson']) {
      const [a, w] = await Promise.all([readFile(join(dirA, f)), readFile(join(root, 'without', f))]);
      expect(a.equals(w), f).toBe(true);
    }
  });
});

describe('certifications', () => {
  const rows = () => t.get('certifications')!;

  it('cover 2021–2025, within each body’s scope and years; passes carry a unique certificate number and passing scores', () => {
    const bodies = new Map(t.get('evaluation_bodies')!.map((b) => [b.body_id, b]));
    const numbers = new Set<string>();
    expect([...new Set(rows().map((r) => r.exam_date.slice(0, 4)))].sort()).toEqual(['2021', '2022', '2023', '2024', '2025']);
    for (const r of rows()) {
      const scope = list(bodies.get(r.body_id)!.scope);
      expect(scope.some((s) => r.occupation_code === s || r.occupation_code.startsWith(`${s}-`)), `${r.body_id} ${r.occupation_code}`).toBe(true);
      if (r.passed === 'true') {
        expect(r.certificate_no).toMatch(/^[SZ]\d{17}$/);
        expect(numbers.has(r.certificate_no)).toBe(false);
        numbers.add(r.certificate_no);
        for (const s of [r.theory_score, r.practical_score]) if (s !== '') expect(Number(s)).toBeGreaterThanOrEqual(60);
      } else {
        expect(r.certificate_no).toBe('');
        if (r.theory_score !== '' || r.practical_score !== '') expect(Math.min(Number(r.theory_score || 100), Number(r.practical_score || 100))).toBeLessThan(60);
      }
    }
    const stopped = t.get('evaluation_bodies')!.filter((b) => b.status !== '正常');
    expect(stopped.length).toBeGreaterThanOrEqual(2);
    for (const b of stopped) expect(rows().filter((r) => r.body_id === b.body_id && r.exam_date >= '2025').length, b.name).toBe(0);
  });

  it('pass students and in-enterprise candidates most, direct candidates about half, 破格 least; 竞赛晋升 nearly always', () => {
    const byRoute = groupBy(rows(), (r) => r.route);
    const pass = (route: string) => rate(byRoute.get(route)!, (r) => r.passed === 'true');
    expect(pass('竞赛晋升')).toBeGreaterThan(0.93);
    expect(pass('院校评价')).toBeGreaterThan(0.8);
    expect(pass('企业自主评价')).toBeGreaterThan(0.75);
    expect(pass('社会培训评价组织')).toBeGreaterThan(0.45);
    expect(pass('社会培训评价组织')).toBeLessThan(0.72);
    expect(pass('院校评价') - pass('社会培训评价组织')).toBeGreaterThan(0.15);
    expect(pass('企业自主评价') - pass('社会培训评价组织')).toBeGreaterThan(0.1);
    expect(pass('破格晋升')).toBeLessThan(pass('社会培训评价组织'));
  });

  it('pass less often at each higher level, within a route', () => {
    for (const route of ['社会培训评价组织', '企业自主评价']) {
      const of = (levels: number[]) => rate(rows().filter((r) => r.route === route && levels.includes(Number(r.skill_level))), (r) => r.passed === 'true');
      expect(of([2]), route).toBeGreaterThan(of([3, 4]));
      expect(of([3, 4]), route).toBeGreaterThan(of([5, 6]));
    }
  });

  it('agree with the registry: a registry person passing at 高级工 or above holds that level in the registry that year or the next', () => {
    const level = new Map(t.get('talent')!.map((r) => [`${r.person_id}|${r.year}`, Number(r.skill_level)]));
    const high = rows().filter((r) => r.passed === 'true' && Number(r.skill_level) >= 4 && r.person_id.startsWith('P'));
    expect(high.length).toBeGreaterThan(100);
    for (const r of high) {
      const year = Number(r.exam_date.slice(0, 4));
      const held = Math.max(level.get(`${r.person_id}|${year}`) ?? 0, level.get(`${r.person_id}|${Math.min(2025, year + 1)}`) ?? 0);
      expect(held, `${r.person_id} ${r.exam_date}`).toBeGreaterThanOrEqual(Number(r.skill_level));
    }
  });

  it('turn competition results that grant a level into 竞赛晋升 records of the same person', () => {
    const promoted = t.get('competition_results')!.filter((r) => r.level_promotion !== '' && r.person_id !== '');
    const records = new Set(rows().filter((r) => r.route === '竞赛晋升').map((r) => `${r.person_id}|${r.skill_level}`));
    expect(promoted.length).toBeGreaterThan(10);
    for (const r of promoted) expect(records.has(`${r.person_id}|${r.level_promotion}`), r.person_id).toBe(true);
  });

  it('stay within each occupation’s max_level; 专项职业能力 records certify no level', () => {
    const max = new Map(t.get('occupations')!.map((o) => [o.code, Number(o.max_level)]));
    for (const r of rows()) {
      expect(Number(r.skill_level)).toBeLessThanOrEqual(max.get(r.occupation_code)!);
      expect(r.route === '专项职业能力考核').toBe(r.skill_level === '0');
    }
  });
});

describe('training', () => {
  const programmes = () => t.get('training_programmes')!;
  const enrolments = () => t.get('training_enrolments')!;

  it('lists providers of every kind across the counties, suspended ones with a note', () => {
    const providers = t.get('training_providers')!;
    expect(new Set(providers.map((p) => p.region_code)).size).toBe(13);
    for (const p of providers) {
      expect(p.status === '正常').toBe(p.status_note === '');
      if (p.credit_code) expect(isValidCreditCode(p.credit_code), p.credit_code).toBe(true);
    }
    expect(providers.filter((p) => p.status !== '正常').length).toBeGreaterThanOrEqual(2);
  });

  it('gives programmes hours with a practical share of ≥ 60 % for most, dates in order, and the subsidy by target level', () => {
    const SUBSIDY: Record<string, number> = { '2': 700, '3': 1000, '4': 1500, '5': 2000, '6': 3000 };
    for (const p of programmes()) {
      expect(Number(p.practical_hours)).toBeLessThanOrEqual(Number(p.hours));
      expect(p.end_date >= p.start_date).toBe(true);
      expect(Number(p.year)).toBe(Number(p.start_date.slice(0, 4)));
      if (p.type === '就业技能培训' && p.target_level !== '' && p.subsidy !== '0') expect(Number(p.subsidy)).toBe(SUBSIDY[p.target_level]);
    }
    expect(rate(programmes(), (p) => Number(p.practical_hours) >= 0.6 * Number(p.hours))).toBeGreaterThan(0.75);
    expect(programmes().some((p) => p.subsidy === '0')).toBe(true);
  });

  it('raises the subsidy by 20 % only where the shortage list of the start quarter grants it, for the course’s level and county', () => {
    const granting = t.get('shortage_list')!.filter((s) => list(s.benefits).includes('培训补贴上浮'));
    const quarter = (iso: string) => `${Math.min(2026, Number(iso.slice(0, 4)))}Q${Number(iso.slice(0, 4)) > 2026 ? 4 : Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
    const uplifted = programmes().filter((p) => p.shortage_uplift !== '');
    expect(uplifted.length).toBeGreaterThan(5);
    for (const p of programmes()) {
      const listed =
        p.start_date >= '2023' &&
        p.subsidy !== '0' &&
        granting.some(
          (s) =>
            s.period === quarter(p.start_date) &&
            s.occupation_code === p.occupation_code &&
            (s.skill_level === '' || s.skill_level === p.target_level) &&
            (s.region_code === '532500' || s.region_code === p.region_code)
        );
      expect(p.shortage_uplift, p.programme_id).toBe(listed ? '0.2' : '');
    }
    // a level-specific listing (焊工 高级工) raises no course toward another level
    expect(programmes().some((p) => p.occupation_code === '6-18-02-04' && p.target_level === '2' && p.start_date >= '2023' && p.shortage_uplift === '')).toBe(true);
  });

  it('has enrolments for past programmes only, some programmes under 10 people, and an open catalogue after the reference date', () => {
    const sizes = groupBy(enrolments(), (e) => e.programme_id);
    const upcoming = programmes().filter((p) => p.start_date > '2026-11-01');
    expect(upcoming.length).toBeGreaterThan(10);
    for (const p of upcoming) expect(sizes.has(p.programme_id)).toBe(false);
    for (const [id, rows] of sizes) expect(rows.length, id).toBeLessThanOrEqual(Number(programmes().find((p) => p.programme_id === id)!.capacity));
    expect([...sizes.values()].filter((r) => r.length < 10).length).toBeGreaterThanOrEqual(3);
  });

  it('gains a level only on completion, at the course’s level, with the certification record to prove it', () => {
    const byId = new Map(programmes().map((p) => [p.programme_id, p]));
    const passed = new Map(t.get('certifications')!.filter((c) => c.passed === 'true').map((c) => [`${c.person_id}|${c.occupation_code}|${c.skill_level}`, c]));
    const gained = enrolments().filter((e) => e.level_gained !== '');
    expect(gained.length).toBeGreaterThan(100);
    for (const e of gained) {
      const p = byId.get(e.programme_id)!;
      expect(e.completed).toBe('true');
      expect(e.level_gained).toBe(p.target_level);
      const c = passed.get(`${e.person_id}|${p.occupation_code}|${e.level_gained}`);
      expect(c, e.person_id).toBeDefined();
      expect(c!.exam_date >= e.completed_at).toBe(true);
    }
  });

  it('differs clearly by provider: employment at 6 months spreads by ≥ 25 points among the larger providers', () => {
    const providerOf = new Map(programmes().map((p) => [p.programme_id, p.provider_id]));
    const byProvider = groupBy(enrolments().filter((e) => e.employed_6m !== ''), (e) => providerOf.get(e.programme_id)!);
    const rates = [...byProvider.values()].filter((rows) => rows.length >= 60).map((rows) => rate(rows, (e) => e.employed_6m === 'true'));
    expect(rates.length).toBeGreaterThan(8);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.25);
    expect(enrolments().some((e) => e.employed_6m === '')).toBe(true);
  });

  it('pays after the course about what the wage survey shows for the occupation and level (monthly ≈ annual / 12)', () => {
    const byId = new Map(programmes().map((p) => [p.programme_id, p]));
    const survey = groupBy(t.get('wage_survey')!.filter((w) => w.year >= '2023'), (w) => `${w.occupation_code}|${w.skill_level}`);
    const after = groupBy(enrolments().filter((e) => e.monthly_wage_after !== '' && e.level_gained !== ''), (e) => `${byId.get(e.programme_id)!.occupation_code}|${e.level_gained}`);
    const ratios = [...after]
      .filter(([k, rows]) => rows.length >= 20 && (survey.get(k)?.length ?? 0) >= 30)
      .map(([k, rows]) => median(rows.map((e) => Number(e.monthly_wage_after))) / (median(survey.get(k)!.map((w) => Number(w.annual_wage))) / 12));
    expect(ratios.length).toBeGreaterThan(3);
    for (const r of ratios) {
      expect(r).toBeGreaterThan(0.6);
      expect(r).toBeLessThan(1.5);
    }
  });
});

describe('schools, shortage list, honours and the ladder', () => {
  it('reports three cohorts per major with consistent counts, some majors under 10 graduates and employment ≈ 85–95 %', () => {
    const outcomes = t.get('school_outcomes')!;
    expect([...new Set(outcomes.map((o) => o.cohort))].sort()).toEqual(['2023', '2024', '2025']);
    for (const o of outcomes) {
      const g = Number(o.graduates);
      expect(Number(o.employed_6m)).toBeLessThanOrEqual(g - Number(o.further_study));
      expect(Number(o.employed_relevant)).toBeLessThanOrEqual(Number(o.employed_6m));
      expect(Number(o.certified_level4plus)).toBeLessThanOrEqual(Number(o.certified_any));
      expect(Number(o.certified_any)).toBeLessThanOrEqual(g);
      expect(Number(o.order_class_students) + Number(o.apprentices)).toBeLessThanOrEqual(2 * g);
    }
    expect(outcomes.filter((o) => Number(o.graduates) < 10).length).toBeGreaterThanOrEqual(3);
    const employment = median(outcomes.filter((o) => Number(o.graduates) >= 10).map((o) => Number(o.employed_6m) / (Number(o.graduates) - Number(o.further_study))));
    expect(employment).toBeGreaterThan(0.85);
    expect(employment).toBeLessThan(0.95);
    expect(outcomes.some((o) => o.occupation_code === '')).toBe(true);
  });

  it('lists shortage occupations every quarter 2023Q1–2026Q4, adding and removing some, overlapping the jobs marked shortage', () => {
    const list3 = t.get('shortage_list')!;
    const periods = [...new Set(list3.map((s) => s.period))];
    expect(periods).toHaveLength(16);
    for (const p of periods) expect(p).toMatch(SHORTAGE_PERIOD);
    const at = (p: string) => new Set(list3.filter((s) => s.period === p).map((s) => s.occupation_code));
    let added = 0;
    let removed = 0;
    for (let i = 1; i < periods.length; i++) {
      const [before, now] = [at(periods[i - 1]), at(periods[i])];
      added += [...now].filter((c) => !before.has(c)).length;
      removed += [...before].filter((c) => !now.has(c)).length;
    }
    expect(added).toBeGreaterThan(2);
    expect(removed).toBeGreaterThan(2);
    const shortageJobs = new Set(t.get('jobs')!.filter((j) => j.shortage === 'true').map((j) => j.occupation_code));
    const current = at(periods[periods.length - 1]);
    expect([...current].filter((c) => shortageJobs.has(c)).length).toBeGreaterThan(5);
    for (const s of list3) {
      const floor = { 紧缺: 2.0, 较紧缺: 1.6, 关注: 1.3 }[s.status]!;
      expect(Number(s.score)).toBeGreaterThanOrEqual(floor);
      expect(Number(s.applicants)).toBeGreaterThan(0);
    }
  });

  it('keeps an honours roll of several years, mostly announced, with studios and registry people under their registry name', () => {
    const honours = t.get('honours')!;
    const years = new Set(honours.map((h) => h.year));
    expect(years.size).toBeGreaterThanOrEqual(8);
    const announced = rate(honours, (h) => h.announced === 'true');
    expect(announced).toBeGreaterThan(0.75);
    expect(announced).toBeLessThan(1);
    for (const h of honours) expect(h.honour === '技能大师工作室').toBe(h.studio !== '');
    expect(rate(honours, (h) => h.honour === '中华技能大奖')).toBeLessThan(0.02);
    const names = new Map(t.get('talent')!.map((r) => [r.person_id, r.name]));
    const linked = honours.filter((h) => h.person_id !== '');
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.length).toBeLessThan(honours.length);
    for (const h of linked) expect(names.get(h.person_id)).toBe(h.name);
  });

  it('gives requirements for a subset of occupations, within max_level, some stopping below 一级, and two local equivalences', () => {
    const rows = t.get('level_requirements')!;
    const max = new Map(t.get('occupations')!.map((o) => [o.code, Number(o.max_level)]));
    const covered = new Set(rows.filter((r) => max.has(r.occupation_code)).map((r) => r.occupation_code));
    expect(covered.size).toBeGreaterThan(10);
    expect(covered.size).toBeLessThan(max.size / 2);
    expect(rows.some((r) => !max.has(r.occupation_code))).toBe(true); // a rule for a whole group
    for (const r of rows) {
      if (max.has(r.occupation_code)) expect(Number(r.to_level)).toBeLessThanOrEqual(max.get(r.occupation_code)!);
      expect(r.from_level === '' || Number(r.from_level) === Number(r.to_level) - 1).toBe(true);
      expect(r.basis).not.toBe('');
    }
    expect([...covered].some((c) => max.get(c)! < 6)).toBe(true);
    const equivalence = t.get('level_equivalence')!;
    expect(equivalence.length).toBe(2);
    for (const e of equivalence) expect(e.basis).toMatch(/红河州/);
  });
});
