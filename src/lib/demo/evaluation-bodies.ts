/**
 * The register of 职业技能等级认定 bodies (评价机构), invented: the prefecture's 职业技能鉴定中心
 * (competition promotions, 破格, 专项职业能力), every school (院校评价 of its students), the
 * enterprises that certify their own workers (企业自主评价), and 社会培训评价组织 — private
 * training schools also registered as evaluators, trade associations and two evaluation
 * companies whose broad scopes (大类 and 中类 codes) cover every occupation. Scopes are occupation
 * codes at any depth. Three bodies are no longer in good standing; one of them passed far more
 * candidates than the others before it was suspended.
 */
import { COUNTIES, OCCUPATIONS } from './catalogue';
import type { Cell } from './csv';
import { dayNumber, isoOfDay } from './dates';
import type { Random } from './random';
import type { School } from './schools';
import type { Provider } from './training-providers';

export interface Body {
  id: string;
  name: string;
  kind: '职业技能鉴定中心' | '技工院校' | '职业院校' | '用人单位' | '社会培训评价组织';
  county: number;
  scope: readonly string[];
  status: '正常' | '暂停' | '撤销';
  /** Last year it held assessments. */
  lastYear: number;
  /** Log-odds shift of its pass rate. */
  leniency: number;
  /** Assessment sessions a year. */
  sessionsPerYear: number;
  /** Digits that stand for the body inside certificate numbers. */
  number: string;
  school?: School;
  enterpriseIndex?: number;
  provider?: Provider;
}

const ASSOCIATIONS: readonly [string, string, string][] = [
  ['红河州烹饪餐饮行业协会', '532503', '4-03-02'],
  ['红河州家政服务业协会', '532503', '4-10-01 4-14-01'],
  ['红河州汽车维修行业协会', '532503', '4-12-01'],
  ['红河州建筑业协会', '532503', '6-29 6-30'],
  ['红河州电子商务协会', '532503', '4-01-02 4-02'],
  ['红河州茶产业协会', '532528', '6-02-06 5-01-02-03 4-03-02-07']
];
const COMPANIES: readonly [string, string, string][] = [
  ['云南红土职业技能评价有限公司', '532503', '4 6-18 6-28 6-31'],
  ['红河滇南职业技能评价中心有限公司', '532501', '5 6-02 6-03 6-11 6-14 6-16 6-17 6-20 6-25']
];

export const inScope = (scope: readonly string[], code: string): boolean =>
  scope.some((s) => code === s || code.startsWith(`${s}-`));

export interface BodyRegister {
  bodies: readonly Body[];
  centre: Body;
  ofSchool(schoolId: string): Body | undefined;
  ofEnterprise(enterpriseIndex: number): Body | undefined;
  /** 社会培训评价组织 that may certify the occupation in the year, the county's first. */
  social(code: string, year: number, county: number): Body[];
  /** The body's assessment days in a year, sorted (day numbers). */
  sessions(body: Body, year: number): readonly number[];
}

const sessionDays = (rng: Random, body: Body, year: number): number[] => {
  const first = dayNumber(`${year}-01-01`);
  if (body.kind === '技工院校' || body.kind === '职业院校') {
    return [dayNumber(`${year}-06-${String(rng.int(8, 26)).padStart(2, '0')}`), dayNumber(`${year}-12-${String(rng.int(5, 20)).padStart(2, '0')}`)];
  }
  const days = new Set<number>();
  while (days.size < body.sessionsPerYear) days.add(first + rng.int(10, 350));
  return [...days].sort((a, b) => a - b);
};

export function buildBodies(rng: Random, schools: readonly School[], providers: readonly Provider[]): BodyRegister {
  const bodies: Omit<Body, 'id' | 'number'>[] = [];
  const add = (b: Omit<Body, 'id' | 'number' | 'status' | 'lastYear' | 'leniency'>) =>
    bodies.push({ status: '正常', lastYear: 2025, leniency: rng.normal(0, 0.25), ...b });
  const countyOf = (code: string) => COUNTIES.findIndex((c) => c.code === code);

  add({ name: '红河州职业技能鉴定中心', kind: '职业技能鉴定中心', county: countyOf('532503'), scope: ['4', '5', '6'], sessionsPerYear: 10 });
  for (const s of schools) {
    const scope = [...new Set(s.majors.filter((m) => m.occupation >= 0).map((m) => OCCUPATIONS[m.occupation].code.split('-').slice(0, 3).join('-')))];
    const kind = s.kind === '中职' || s.kind === '高职' ? '职业院校' : '技工院校';
    add({ name: s.name, kind, county: s.county, scope, sessionsPerYear: 2, school: s });
  }
  const enterprises = providers.filter((p) => p.enterprise && (p.kind === '企业培训中心' || p.kind === '高技能人才培训基地'));
  for (const p of enterprises) {
    const e = p.enterprise!;
    add({ name: e.name, kind: '用人单位', county: e.county, scope: e.occupations.map((o) => OCCUPATIONS[o].code), sessionsPerYear: 3, enterpriseIndex: e.index });
  }
  const privates = providers.filter((p) => p.kind === '民办培训机构' && p.status === '正常');
  for (const p of rng.shuffle([...privates]).slice(0, 7).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    add({ name: p.name, kind: '社会培训评价组织', county: p.county, scope: p.scope.map((o) => OCCUPATIONS[o].code), sessionsPerYear: 5, provider: p });
  }
  for (const [name, code, scope] of ASSOCIATIONS) add({ name, kind: '社会培训评价组织', county: countyOf(code), scope: scope.split(' '), sessionsPerYear: 4 });
  for (const [name, code, scope] of COMPANIES) add({ name, kind: '社会培训评价组织', county: countyOf(code), scope: scope.split(' '), sessionsPerYear: 9 });

  // Out of good standing: a lenient private evaluator suspended in 2025, an association revoked
  // in 2024 and one enterprise that stopped certifying in 2025.
  const social = bodies.filter((b) => b.kind === '社会培训评价组织' && b.provider);
  Object.assign(social[0], { status: '暂停', lastYear: 2024, leniency: 1.1 });
  Object.assign(bodies.find((b) => b.name === '红河州电子商务协会')!, { status: '撤销', lastYear: 2023 });
  const employer = bodies.filter((b) => b.kind === '用人单位');
  if (employer.length > 2) Object.assign(employer[employer.length - 1], { status: '暂停', lastYear: 2024 });

  const register = bodies.map((b, k): Body => ({ ...b, id: `PJ${String(k + 1).padStart(3, '0')}`, number: `${COUNTIES[b.county].code}${String(k + 1).padStart(3, '0')}` }));
  for (const o of OCCUPATIONS) {
    if (!register.some((b) => b.kind === '社会培训评价组织' && b.status === '正常' && inScope(b.scope, o.code))) {
      throw new Error(`no 社会培训评价组织 may certify ${o.code}`);
    }
  }

  const bySchool = new Map(register.filter((b) => b.school).map((b) => [b.school!.id, b]));
  const byEnterprise = new Map(register.filter((b) => b.enterpriseIndex != null).map((b) => [b.enterpriseIndex!, b]));
  const socialCache = new Map<string, Body[]>();
  const sessionCache = new Map<string, number[]>();
  return {
    bodies: register,
    centre: register[0],
    ofSchool: (id) => bySchool.get(id),
    ofEnterprise: (i) => byEnterprise.get(i),
    social(code, year, county) {
      const key = `${code}|${year}|${county}`;
      let list = socialCache.get(key);
      if (!list) {
        const fits = register.filter((b) => b.kind === '社会培训评价组织' && b.lastYear >= year && inScope(b.scope, code));
        list = [...fits.filter((b) => b.county === county), ...fits.filter((b) => b.county !== county)];
        socialCache.set(key, list);
      }
      return list;
    },
    sessions(body, year) {
      const key = `${body.id}|${year}`;
      let days = sessionCache.get(key);
      if (!days) sessionCache.set(key, (days = sessionDays(rng.fork('sessions', body.id, year), body, year)));
      return days;
    }
  };
}

export const bodyRows = (register: BodyRegister): Record<string, Cell>[] =>
  register.bodies.map((b) => ({ body_id: b.id, name: b.name, kind: b.kind, region_code: COUNTIES[b.county].code, scope: b.scope, status: b.status }));

/** The first session on or after the day in its year; a make-up day 10 days later when none is left. */
export function sessionOnOrAfter(register: BodyRegister, body: Body, day: number): string {
  const year = Number(isoOfDay(day).slice(0, 4));
  const next = register.sessions(body, year).find((d) => d >= day);
  return isoOfDay(next ?? Math.min(day + 10, dayNumber(`${year}-12-31`)));
}

/** The last session on or before the day in its year; null when the year has none that early. */
export function sessionOnOrBefore(register: BodyRegister, body: Body, day: number): number | null {
  const year = Number(isoOfDay(day).slice(0, 4));
  const days = register.sessions(body, year).filter((d) => d <= day);
  return days.length ? days[days.length - 1] : null;
}
