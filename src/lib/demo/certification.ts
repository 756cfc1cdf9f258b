/**
 * 职业技能等级认定 records 2021–2025 (confidential microdata). Where they come from:
 * - competition results that grant a level (竞赛晋升), claimed first so the registry promotion a
 *   result caused is explained by it alone;
 * - trainees' assessments (written by the training generator);
 * - the registry's remaining promotions, a share of which were certified here: in-enterprise
 *   where the employer is an evaluation body, 破格 for a few high levels, otherwise directly at a
 *   社会培训评价组织, each pass preceded by the failed attempts its pass rate implies;
 * - students of every school (院校评价), in June with a December resit;
 * - people outside the registry: experienced workers sitting directly, employees of certifying
 *   enterprises, 专项职业能力 candidates (skill_level 0: a 专项 certifies no level) and a few 破格.
 * Records outside the registry carry the candidate's ID number as person_id.
 */
import { COUNTIES, OCCUPATIONS, SURVEY_YEARS, occupationIndex } from './catalogue';
import { type Attempt, type Route, examScores, passChance } from './certification-model';
import type { Cell } from './csv';
import { dayNumber, isoOfDay, randomDay } from './dates';
import { type Body, type BodyRegister, inScope, sessionOnOrAfter, sessionOnOrBefore } from './evaluation-bodies';
import type { EnterpriseUniverse } from './enterprises';
import type { OutsidePeople } from './outside-people';
import { cumulative, drawIndex, type Random } from './random';
import type { RegistryLinks } from './registry-links';
import { ASSESSED_LEVELS, type School } from './schools';

const YEARS = SURVEY_YEARS;
/** Growth of assessment volumes (技能中国行动). */
const VOLUME_TREND: Readonly<Record<number, number>> = { 2021: 0.8, 2022: 0.9, 2023: 1.0, 2024: 1.1, 2025: 1.2 };
/** Share of the registry's promotions that were certified by the prefecture's bodies in these years. */
const RECORDED_SHARE = 0.45;
/** Yearly volumes at scale 1 (× VOLUME_TREND). */
const DIRECT_PER_YEAR = 1600;
const ENTERPRISE_PER_YEAR = 1200;
const SPECIAL_PER_YEAR = 600;
const EXCEPTIONAL_PER_YEAR = 15;
/** Share of a cohort assessed by its school in the graduating year (others certify earlier or elsewhere). */
const STUDENTS_ASSESSED = 0.6;
/** Chance a registry promotion into the level went through 破格. */
const EXCEPTIONAL_SHARE = [0, 0, 0, 0, 0.02, 0.06, 0.08, 0, 0];

const DIRECT_LEVELS: readonly [number, number][] = [[2, 0.38], [3, 0.34], [4, 0.18], [5, 0.08], [6, 0.02]];
const EMPLOYEE_LEVELS: readonly [number, number][] = [[2, 0.15], [3, 0.35], [4, 0.32], [5, 0.14], [6, 0.04]];
const SPECIAL_OCCUPATIONS = '6-02-01-05 6-02-04-01 6-02-06-05 6-14-04-02 5-01-02-01 5-01-02-02 5-01-02-04 5-03-01-01 4-03-02-01 4-03-02-07 4-10-01-06 5-05-01-05'
  .split(' ')
  .map(occupationIndex);

export interface CompetitionLink {
  competitions: readonly { competition_id: string; date: string; year: number }[];
  results: readonly Record<string, Cell>[];
}

export interface CertificationContext {
  links: RegistryLinks;
  outside: OutsidePeople;
  bodies: BodyRegister;
  schools: readonly School[];
  universe: EnterpriseUniverse;
  /** Attempts written so far (competition promotions, trainees); the rest are appended. */
  attempts: Attempt[];
  scale: number;
}

const pickLevel = (rng: Random, levels: readonly [number, number][], max: number): number =>
  Math.min(max, rng.weightedPick(levels.map((l) => l[0]), levels.map((l) => l[1])));

const endOfYear = (year: number) => dayNumber(`${year}-12-28`);

/** A 社会培训评价组织 for the occupation, usually one in the county. */
function socialBody(rng: Random, bodies: BodyRegister, occupation: number, year: number, county: number): Body {
  const list = bodies.social(OCCUPATIONS[occupation].code, year, county);
  return rng.chance(0.6) ? list[0] : list[rng.int(0, Math.min(list.length, 5) - 1)];
}

/**
 * 竞赛晋升 records from the competition results that grant a level: issued a few months after
 * the competition (in the next spring, when the registry shows the new level).
 */
export function competitionPromotions(rng: Random, ctx: CertificationContext, comp: CompetitionLink): void {
  const dates = new Map(comp.competitions.map((c) => [c.competition_id, c]));
  for (const result of comp.results) {
    if (result.level_promotion == null) continue;
    const c = dates.get(String(result.competition_id))!;
    const level = Number(result.level_promotion);
    const occupation = occupationIndex(String(result.occupation_code));
    const county = COUNTIES.findIndex((x) => x.code === result.region_code);
    const t = c.year - YEARS[0];
    const last = c.year === YEARS[YEARS.length - 1];
    const date = last
      ? isoOfDay(Math.min(dayNumber(c.date) + rng.int(30, 60), endOfYear(c.year)))
      : randomDay(rng, `${c.year + 1}-01-10`, `${c.year + 1}-04-30`);
    let personId: string;
    let passed: boolean;
    const registry = result.person_id ? ctx.links.personIndex(String(result.person_id)) : undefined;
    if (registry != null) {
      if (!last) ctx.links.claim(registry, t + 1);
      personId = String(result.person_id);
      passed = true;
    } else {
      const o = OCCUPATIONS[occupation];
      personId = ctx.outside.idNumber(rng, county, c.year - 50, c.year - 19, rng.chance(o.male) ? 'M' : 'F');
      passed = rng.chance(passChance('竞赛晋升', level, ctx.bodies.centre));
    }
    ctx.attempts.push({ personId, occupation, level, body: ctx.bodies.centre, route: '竞赛晋升', date, passed });
  }
}

/** Every other record: registry promotions, students, direct and in-enterprise candidates, 专项, 破格. */
export function otherCertifications(rng: Random, ctx: CertificationContext): void {
  registryPromotions(rng.fork('registry'), ctx);
  for (const school of ctx.schools) students(rng.fork('school', school.id), ctx, school);
  for (const year of YEARS) {
    outsiders(rng.fork('direct', year), ctx, year);
    employees(rng.fork('employees', year), ctx, year);
    special(rng.fork('special', year), ctx, year);
    exceptional(rng.fork('exceptional', year), ctx, year);
  }
}

/** The route and body that certified a registry person's promotion; null when none here did. */
function registryRoute(rng: Random, ctx: CertificationContext, person: number, level: number, year: number): { route: Route; body: Body } | null {
  const { bodies, links } = ctx;
  const { index } = links;
  const occupation = index.occupation[person];
  const employer = index.employer[person] >= 0 ? bodies.ofEnterprise(index.employer[person]) : undefined;
  const own = employer && employer.lastYear >= year && inScope(employer.scope, OCCUPATIONS[occupation].code) ? employer : undefined;
  if (level >= 7) return own ? { route: '企业自主评价', body: own } : null; // 特级/首席技师: only the enterprise itself
  if (own && rng.chance(0.85)) return { route: '企业自主评价', body: own };
  if (rng.chance(EXCEPTIONAL_SHARE[level])) return { route: '破格晋升', body: own ?? bodies.centre };
  return { route: '社会培训评价组织', body: socialBody(rng, bodies, occupation, year, index.county[person]) };
}

/**
 * Failed attempts before a pass on `passDay` (day number, possibly after 2025): as many as the
 * pass rate implies, at the body's earlier sessions, kept where they fall within 2021–2025.
 */
function failuresBefore(rng: Random, ctx: CertificationContext, a: Omit<Attempt, 'date' | 'passed'>, passDay: number): void {
  const p = passChance(a.route, a.level, a.body);
  const lastDay = endOfYear(YEARS[YEARS.length - 1]);
  let day = passDay;
  for (let k = 0; k < 4 && !rng.chance(p); k++) {
    day -= rng.int(60, 200);
    const year = Number(isoOfDay(day).slice(0, 4));
    if (year < YEARS[0] || a.body.lastYear < year) break;
    if (day > lastDay) continue;
    const session = sessionOnOrBefore(ctx.bodies, a.body, day);
    if (session == null) break;
    day = session;
    ctx.attempts.push({ ...a, date: isoOfDay(day), passed: false });
  }
}

/** Chance someone holding a level in 2025 is promoted in 2026 (their 2025 failures belong in the data). */
const NEXT_YEAR_PROMOTION = [0, 0.1, 0.1, 0.075, 0.06, 0.05, 0.04, 0.04, 0];
/** 2026's newly registered people, promoted in their first year, failed in 2025 too. */
const NEW_ENTRANTS = 1.6;

function registryPromotions(rng: Random, ctx: CertificationContext): void {
  const { links, bodies } = ctx;
  const { index } = links;
  for (const { person, t, level } of links.unclaimed()) {
    if (!rng.chance(RECORDED_SHARE)) continue;
    const year = YEARS[t];
    const how = registryRoute(rng, ctx, person, level, year);
    if (!how) continue;
    const attempt = { personId: index.registry.personId(person), occupation: index.occupation[person], level, ...how };
    const passDay = dayNumber(sessionOnOrAfter(bodies, how.body, dayNumber(randomDay(rng, `${year}-01-15`, `${year}-12-10`))));
    ctx.attempts.push({ ...attempt, date: isoOfDay(passDay), passed: true });
    failuresBefore(rng, ctx, attempt, passDay);
  }
  // Those who will pass in 2026 failed some attempts in 2025 already.
  const t = YEARS.length - 1;
  const year = YEARS[t];
  for (let person = 0; person < index.county.length; person++) {
    const level = links.levelAt(person, t);
    if (level === 0 || links.isPromotion(person, t) || level + 1 > OCCUPATIONS[index.occupation[person]].maxLevel) continue;
    if (!rng.chance(NEXT_YEAR_PROMOTION[level] * NEW_ENTRANTS * RECORDED_SHARE)) continue;
    const how = registryRoute(rng, ctx, person, level + 1, year);
    if (!how) continue;
    const attempt = { personId: index.registry.personId(person), occupation: index.occupation[person], level: level + 1, ...how };
    failuresBefore(rng, ctx, attempt, dayNumber(`${year + 1}-01-15`) + rng.int(0, 330));
  }
}

function students(rng: Random, ctx: CertificationContext, school: School): void {
  const body = ctx.bodies.ofSchool(school.id);
  if (!body) return;
  const young = school.kind === '高职' ? [20, 22] : [17, 19];
  for (const major of school.majors) {
    if (major.occupation < 0) continue;
    const o = OCCUPATIONS[major.occupation];
    for (const [year, graduates] of major.graduates) {
      if (body.lastYear < year) continue;
      const [june, december] = ctx.bodies.sessions(body, year);
      const n = rng.poisson(graduates * STUDENTS_ASSESSED * ctx.scale);
      for (let k = 0; k < n; k++) {
        const level = pickLevel(rng, ASSESSED_LEVELS[school.kind], o.maxLevel);
        const county = rng.chance(0.8) ? school.county : rng.int(0, COUNTIES.length - 1);
        const personId = ctx.outside.idNumber(rng, county, year - young[1], year - young[0], rng.chance(o.male) ? 'M' : 'F');
        const p = passChance('院校评价', level, body);
        const passed = rng.chance(p);
        ctx.attempts.push({ personId, occupation: major.occupation, level, body, route: '院校评价', date: isoOfDay(june), passed });
        if (!passed && rng.chance(0.5)) {
          ctx.attempts.push({ personId, occupation: major.occupation, level, body, route: '院校评价', date: isoOfDay(december), passed: rng.chance(p) });
        }
      }
    }
  }
}

/** Experienced workers outside the registry who sit a 社会培训评价组织 assessment without a course. */
function outsiders(rng: Random, ctx: CertificationContext, year: number): void {
  const { links, bodies } = ctx;
  const occupationCum = cumulative(OCCUPATIONS.map((_, o) => links.index.byOccupation.get(o)?.length ?? 0));
  const countyCum = cumulative(COUNTIES.map((c) => c.population2021 * c.employedRate));
  const n = rng.poisson(DIRECT_PER_YEAR * ctx.scale * VOLUME_TREND[year]);
  for (let k = 0; k < n; k++) {
    const occupation = drawIndex(occupationCum, rng());
    const o = OCCUPATIONS[occupation];
    const level = pickLevel(rng, DIRECT_LEVELS, o.maxLevel);
    const county = drawIndex(countyCum, rng());
    const body = socialBody(rng, bodies, occupation, year, county);
    const personId = ctx.outside.idNumber(rng, county, year - 55, year - 20, rng.chance(o.male) ? 'M' : 'F');
    retakes(rng, ctx, { personId, occupation, level, body, route: '社会培训评价组织', date: '', passed: false }, year);
  }
}

/** Employees of certifying enterprises outside the registry (企业自主评价). */
function employees(rng: Random, ctx: CertificationContext, year: number): void {
  const enterprises = ctx.bodies.bodies.filter((b) => b.kind === '用人单位' && b.lastYear >= year);
  if (!enterprises.length) return;
  const size = (b: Body) => Math.pow(ctx.universe.enterprises[b.enterpriseIndex!].size, 0.7);
  const cum = cumulative(enterprises.map(size));
  const n = rng.poisson(ENTERPRISE_PER_YEAR * ctx.scale * VOLUME_TREND[year]);
  for (let k = 0; k < n; k++) {
    const body = enterprises[drawIndex(cum, rng())];
    const e = ctx.universe.enterprises[body.enterpriseIndex!];
    const occupation = e.occupations[drawIndex(e.occupationCum, rng())];
    const o = OCCUPATIONS[occupation];
    const level = pickLevel(rng, EMPLOYEE_LEVELS, o.maxLevel);
    const personId = ctx.outside.idNumber(rng, e.county, year - 55, year - 20, rng.chance(o.male) ? 'M' : 'F');
    retakes(rng, ctx, { personId, occupation, level, body, route: '企业自主评价', date: '', passed: false }, year);
  }
}

/** 专项职业能力考核 (rural trades, food, crafts): skill_level 0. */
function special(rng: Random, ctx: CertificationContext, year: number): void {
  const countyCum = cumulative(COUNTIES.map((c) => c.population2021 * (c.urban ? 0.7 : 1.3)));
  const n = rng.poisson(SPECIAL_PER_YEAR * ctx.scale * VOLUME_TREND[year]);
  for (let k = 0; k < n; k++) {
    const occupation = rng.pick(SPECIAL_OCCUPATIONS);
    const county = drawIndex(countyCum, rng());
    const body = rng.chance(0.3) ? ctx.bodies.centre : socialBody(rng, ctx.bodies, occupation, year, county);
    const o = OCCUPATIONS[occupation];
    const personId = ctx.outside.idNumber(rng, county, year - 58, year - 18, rng.chance(o.male) ? 'M' : 'F');
    retakes(rng, ctx, { personId, occupation, level: 0, body, route: '专项职业能力考核', date: '', passed: false }, year);
  }
}

/** 破格 candidates outside the registry, reviewed by the prefecture's centre. */
function exceptional(rng: Random, ctx: CertificationContext, year: number): void {
  const n = rng.poisson(EXCEPTIONAL_PER_YEAR * ctx.scale);
  for (let k = 0; k < n; k++) {
    const occupation = rng.int(0, OCCUPATIONS.length - 1);
    const o = OCCUPATIONS[occupation];
    const level = Math.min(o.maxLevel, rng.chance(0.6) ? 5 : 6);
    const county = rng.int(0, COUNTIES.length - 1);
    const personId = ctx.outside.idNumber(rng, county, year - 55, year - 28, rng.chance(o.male) ? 'M' : 'F');
    const passed = rng.chance(passChance('破格晋升', level, ctx.bodies.centre));
    const date = sessionOnOrAfter(ctx.bodies, ctx.bodies.centre, dayNumber(randomDay(rng, `${year}-02-01`, `${year}-11-30`)));
    ctx.attempts.push({ personId, occupation, level, body: ctx.bodies.centre, route: '破格晋升', date, passed });
  }
}

/** One candidate's attempt, and a resit at the body's next session or two for some who fail. */
function retakes(rng: Random, ctx: CertificationContext, first: Attempt, year: number): void {
  const p = passChance(first.route, first.level, first.body);
  let day = dayNumber(sessionOnOrAfter(ctx.bodies, first.body, dayNumber(randomDay(rng, `${year}-01-10`, `${year}-11-30`))));
  for (let k = 0; k < 3; k++) {
    const passed = rng.chance(p);
    ctx.attempts.push({ ...first, date: isoOfDay(day), passed });
    if (passed || !rng.chance(0.4)) return;
    day = dayNumber(sessionOnOrAfter(ctx.bodies, first.body, day + rng.int(60, 150)));
    if (Number(isoOfDay(day).slice(0, 4)) !== year) return;
  }
}

/**
 * The rows, by exam date and body; certificate numbers count up per body, year and level. Rows
 * are made one at a time as the writer asks, so only the attempts are ever held in memory.
 */
export function* certificationRows(rng: Random, attempts: Attempt[]): Generator<Record<string, Cell>> {
  // By day and body; ties keep the (deterministic) order the attempts were made in.
  const keyed = attempts.map((a) => ({ a, key: dayNumber(a.date) * 10_000 + Number(a.body.id.slice(2)) }));
  keyed.sort((x, y) => x.key - y.key);
  const serial = new Map<string, number>();
  for (const { a } of keyed) {
    const scores = examScores(rng, a);
    let certificate: string | null = null;
    if (a.passed) {
      const key = `${a.body.id}|${a.date.slice(2, 4)}|${a.level}`;
      const n = (serial.get(key) ?? 0) + 1;
      serial.set(key, n);
      certificate = `${a.route === '专项职业能力考核' ? 'Z' : 'S'}${a.body.number}${a.date.slice(2, 4)}${a.level}${String(n).padStart(5, '0')}`;
    }
    yield {
      person_id: a.personId,
      occupation_code: OCCUPATIONS[a.occupation].code,
      skill_level: a.level,
      body_id: a.body.id,
      route: a.route,
      exam_date: a.date,
      passed: a.passed,
      certificate_no: certificate,
      theory_score: scores.theory,
      practical_score: scores.practical
    };
  }
}
