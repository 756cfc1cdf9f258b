/**
 * Training programmes 2021–2025 with their enrolments (the confidential 终身职业技能培训电子档案),
 * plus the open catalogue of the coming intake (start after the jobs' reference date, nobody
 * enrolled yet). Hours, practical share (≥ 60 % for most), fee and the subsidy by target level
 * (五级 700 · 四级 1,000 · 三级 1,500 · 二级 2,000 · 一级 3,000 元, +20 % while the occupation is on
 * the shortage list) follow one city's published catalogue (FACTS.md).
 *
 * Each trainee completes or not, sits the assessment (a certification record: 训评分离, never
 * by the provider itself, except enterprises and schools assessing their own people), is in
 * work six months later or not, and earns a monthly wage placed on the local wage model for
 * the occupation and the level they hold. All of it moves with the provider's quality. Trainees
 * in the registry are people promoted to the course's level that year (when they passed) or
 * who stayed below it (when they did not), so registry and records agree.
 */
import { skillLevelName } from '../core/skill-levels';
import { COUNTIES, OCCUPATIONS, SKILLS_BY_OCCUPATION, SURVEY_YEARS, mainIndustry, occupationIndex } from './catalogue';
import { type Attempt, type Route, TRAINED_BONUS, passChance } from './certification-model';
import type { Cell } from './csv';
import { addDays, dayNumber, isoOfDay, randomDay, yearOf } from './dates';
import { type BodyRegister, type Body, sessionOnOrAfter } from './evaluation-bodies';
import { JOBS_REFERENCE_DATE } from './jobs';
import type { OutsidePeople } from './outside-people';
import type { Random } from './random';
import type { RegistryLinks } from './registry-links';
import type { ShortageList } from './shortage';
import type { Provider } from './training-providers';
import { monthlyWage, wageFloor, wageMedian } from './wages';

export const TRAINING_YEARS = SURVEY_YEARS;

/** Subsidy per person by the level gained, 元 (FACTS.md). */
export const SUBSIDY_BY_LEVEL: Readonly<Record<number, number>> = { 2: 700, 3: 1_000, 4: 1_500, 5: 2_000, 6: 3_000 };
/** 企业新型学徒制: per apprentice and year, by target level; 创业培训 and level-less 乡村工匠 courses: per completer. */
const APPRENTICE_SUBSIDY: Readonly<Record<number, number>> = { 3: 4_000, 4: 5_000 };
const START_UP_SUBSIDY = 1_000;
const CRAFT_SUBSIDY = 500;

type Type = '就业技能培训' | '岗位技能提升培训' | '创业培训' | '学徒制' | '订单式' | '套餐制' | '项目制' | '乡村工匠';

const TYPE_MIX: Readonly<Record<string, readonly [Type, number][]>> = {
  技工院校: [['就业技能培训', 0.3], ['岗位技能提升培训', 0.25], ['订单式', 0.15], ['学徒制', 0.15], ['套餐制', 0.1], ['项目制', 0.05]],
  职业院校: [['就业技能培训', 0.3], ['乡村工匠', 0.15], ['订单式', 0.2], ['创业培训', 0.1], ['项目制', 0.15], ['套餐制', 0.1]],
  民办培训机构: [['就业技能培训', 0.4], ['创业培训', 0.15], ['套餐制', 0.2], ['项目制', 0.15], ['乡村工匠', 0.1]],
  企业培训中心: [['岗位技能提升培训', 0.6], ['学徒制', 0.35], ['订单式', 0.05]],
  公共实训基地: [['就业技能培训', 0.35], ['岗位技能提升培训', 0.3], ['项目制', 0.2], ['套餐制', 0.15]],
  高技能人才培训基地: [['岗位技能提升培训', 0.7], ['学徒制', 0.3]],
  技能大师工作室: [['岗位技能提升培训', 1]]
};

const TARGET_LEVELS: Readonly<Record<Type, readonly [number, number][]>> = {
  就业技能培训: [[2, 0.6], [3, 0.4]],
  岗位技能提升培训: [[3, 0.3], [4, 0.4], [5, 0.22], [6, 0.08]],
  创业培训: [],
  学徒制: [[3, 0.5], [4, 0.5]],
  订单式: [[3, 0.6], [4, 0.4]],
  套餐制: [[2, 0.5], [3, 0.5]],
  项目制: [[2, 0.6], [3, 0.4]],
  乡村工匠: [[2, 0.6], [3, 0.4]]
};
const MASTER_LEVELS: readonly [number, number][] = [[4, 0.3], [5, 0.45], [6, 0.25]];

const TYPE_SUFFIX: Readonly<Record<Type, string>> = {
  就业技能培训: '就业技能培训班',
  岗位技能提升培训: '岗位技能提升培训班',
  创业培训: '创业培训班',
  学徒制: '企业新型学徒制培训班',
  订单式: '订单班',
  套餐制: '套餐制培训班',
  项目制: '项目制培训班',
  乡村工匠: '乡村工匠培育班'
};

const GROUPS: Readonly<Record<Type, readonly string[]>> = {
  就业技能培训: ['登记失业人员', '农村转移劳动力', '脱贫劳动力', '城乡未继续升学初高中毕业生', '高校毕业生', '退役军人', '残疾人'],
  岗位技能提升培训: ['企业在职职工'],
  创业培训: ['返乡入乡创业人员', '高校毕业生', '登记失业人员', '退役军人'],
  学徒制: ['企业新录用职工', '企业在职职工'],
  订单式: ['技工院校在校生', '城乡未继续升学初高中毕业生'],
  套餐制: ['登记失业人员', '农村转移劳动力', '脱贫劳动力'],
  项目制: ['脱贫劳动力', '农村转移劳动力', '农村劳动力'],
  乡村工匠: ['农村劳动力', '脱贫劳动力', '返乡入乡创业人员']
};

/** Log-odds of completing, and of being in work 6 months after the course. */
const COMPLETION: Readonly<Record<Type, number>> = { 就业技能培训: 1.8, 岗位技能提升培训: 2.5, 创业培训: 2.2, 学徒制: 1.6, 订单式: 2.0, 套餐制: 1.8, 项目制: 1.5, 乡村工匠: 1.8 };
const EMPLOYMENT: Readonly<Record<Type, number>> = { 就业技能培训: 0.45, 岗位技能提升培训: 3.0, 创业培训: 0.6, 学徒制: 2.8, 订单式: 2.0, 套餐制: 0.8, 项目制: 0.3, 乡村工匠: 1.0 };
/** Share of trainees who are registry people. */
const REGISTRY_SHARE: Readonly<Record<Type, number>> = { 就业技能培训: 0.15, 岗位技能提升培训: 0.65, 创业培训: 0.08, 学徒制: 0.3, 订单式: 0.05, 套餐制: 0.15, 项目制: 0.12, 乡村工匠: 0.2 };
/** Birth years relative to the course year: [youngest age, oldest age]. */
const AGES: Readonly<Record<Type, [number, number]>> = { 就业技能培训: [18, 50], 岗位技能提升培训: [23, 52], 创业培训: [22, 45], 学徒制: [18, 30], 订单式: [16, 20], 套餐制: [18, 50], 项目制: [20, 55], 乡村工匠: [28, 58] };

const START_UP_OCCUPATIONS = ['4-01-02-02', '5-05-01-02', '4-01-02-01'].map(occupationIndex);
const CRAFT_OCCUPATIONS = '5-01-02-01 5-01-02-02 5-01-02-03 5-01-02-04 5-01-02-05 5-01-03-01 5-03-01-01 5-05-01-05 6-02-06-05 6-14-04-02 6-02-04-01 6-02-01-05 4-03-02-07'
  .split(' ')
  .map(occupationIndex);
const ONLINE_OCCUPATIONS = new Set(['4-01-02-02', '4-01-02-07', '4-04-05-05', '4-01-02-01'].map(occupationIndex));

export interface Programme {
  id: string;
  provider: Provider;
  occupation: number;
  targetLevel: number | null;
  type: Type;
  start: string;
  end: string;
  capacity: number;
  subsidy: number;
  uplift: number;
  county: number;
  year: number;
  row: Record<string, Cell>;
}

export interface TrainingWorld {
  programmes: readonly Programme[];
  programmeRows: Record<string, Cell>[];
  enrolmentRows: Record<string, Cell>[];
}

export interface TrainingContext {
  providers: readonly Provider[];
  shortage: ShortageList;
  bodies: BodyRegister;
  links: RegistryLinks;
  outside: OutsidePeople;
  /** Certification attempts of trainees are appended here. */
  attempts: Attempt[];
  scale: number;
}

const weighted = (rng: Random, pairs: readonly [number, number][] | readonly [Type, number][]) =>
  rng.weightedPick(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round50 = (x: number) => Math.round(x / 50) * 50;

export function generateTraining(rng: Random, ctx: TrainingContext): TrainingWorld {
  const drafts: Omit<Programme, 'id' | 'row'>[] = [];
  const upcomingFrom = addDays(JOBS_REFERENCE_DATE, 8);
  for (const provider of ctx.providers) {
    const r = rng.fork('programmes', provider.id);
    for (const year of TRAINING_YEARS) {
      if (year < provider.firstYear || year > provider.lastYear) continue;
      const n = r.poisson(provider.perYear * ctx.scale);
      for (let k = 0; k < n; k++) drafts.push(draftProgramme(r, provider, year, ctx.shortage, false));
    }
    // A suspended or revoked provider opens no new courses (its note says why).
    if (provider.status === '正常') {
      const n = r.poisson(provider.perYear * 0.3);
      for (let k = 0; k < n; k++) drafts.push(draftProgramme(r, provider, yearOf(upcomingFrom), ctx.shortage, true, upcomingFrom));
    }
  }
  drafts.sort((a, b) => a.year - b.year || dayNumber(a.start) - dayNumber(b.start) || (a.provider.id < b.provider.id ? -1 : a.provider.id > b.provider.id ? 1 : 0));
  const seq = new Map<number, number>();
  const issue = new Map<string, number>();
  const programmes: Programme[] = drafts.map((d) => {
    const n = (seq.get(d.year) ?? 0) + 1;
    seq.set(d.year, n);
    const batchKey = `${d.provider.id}|${d.year}|${d.occupation}|${d.type}|${d.targetLevel}`;
    const batch = (issue.get(batchKey) ?? 0) + 1;
    issue.set(batchKey, batch);
    const id = `TR${d.year}-${String(n).padStart(4, '0')}`;
    return { ...d, id, row: programmeRow(rng.fork('row', id), { ...d, id }, batch) };
  });

  const enrolmentRows: Record<string, Cell>[] = [];
  for (const p of programmes) {
    if (dayNumber(p.start) > dayNumber(JOBS_REFERENCE_DATE)) continue;
    enrolmentRows.push(...enrol(rng.fork('enrolments', p.id), p, ctx));
  }
  return { programmes, programmeRows: programmes.map((p) => p.row), enrolmentRows };
}

function draftProgramme(r: Random, provider: Provider, year: number, shortage: ShortageList, upcoming: boolean, from?: string): Omit<Programme, 'id' | 'row'> {
  const type = weighted(r, TYPE_MIX[provider.kind]) as Type;
  let occupation: number;
  if (type === '创业培训') occupation = r.pick(START_UP_OCCUPATIONS);
  else if (type === '乡村工匠') {
    const own = provider.scope.filter((o) => CRAFT_OCCUPATIONS.includes(o));
    occupation = own.length ? r.pick(own) : r.pick(CRAFT_OCCUPATIONS);
  } else occupation = r.weightedPick(provider.scope, provider.weights);
  const o = OCCUPATIONS[occupation];

  let targetLevel: number | null = null;
  const levels = provider.kind === '技能大师工作室' || (provider.kind === '高技能人才培训基地' && type === '岗位技能提升培训') ? MASTER_LEVELS : TARGET_LEVELS[type];
  if (levels.length && !(type === '乡村工匠' && r.chance(0.35))) targetLevel = Math.min(o.maxLevel, weighted(r, levels) as number);

  const days = durationDays(r, type, targetLevel);
  let start: string;
  if (upcoming) start = randomDay(r, from!, `${yearOf(from!) + 1}-03-31`);
  else {
    const latestEnd = dayNumber(`${year}-12-20`);
    const startDay = Math.min(r.int(dayNumber(`${year}-02-20`), dayNumber(`${year}-11-15`)), latestEnd - days);
    start = isoOfDay(Math.max(dayNumber(`${year}-01-05`), startDay));
  }
  const end = isoOfDay(Math.min(dayNumber(start) + days, upcoming ? Infinity : dayNumber(`${year}-12-20`)));

  const capacity = capacityOf(r, provider.kind);
  const subsidised = r.chance(type === '岗位技能提升培训' ? 0.85 : type === '订单式' ? 0.8 : 0.95);
  const subsidy = !subsidised
    ? 0
    : type === '学徒制'
      ? (APPRENTICE_SUBSIDY[targetLevel ?? 3] ?? 4_000)
      : type === '创业培训'
        ? START_UP_SUBSIDY
        : targetLevel == null
          ? CRAFT_SUBSIDY
          : SUBSIDY_BY_LEVEL[targetLevel];
  const away = ['就业技能培训', '项目制', '乡村工匠'].includes(type) && r.chance(0.15);
  const county = away ? r.int(0, COUNTIES.length - 1) : provider.county;
  const uplift = subsidy > 0 ? shortage.upliftAt(o.code, start, targetLevel, COUNTIES[county].code) : 0;
  return { provider, occupation, targetLevel, type, start, end, capacity, subsidy, uplift, county, year: yearOf(start) };
}

function durationDays(r: Random, type: Type, level: number | null): number {
  if (type === '学徒制') return r.int(182, 345);
  if (type === '订单式') return r.int(90, 180);
  const hours = hoursOf(r, type, level);
  return Math.ceil((hours / 7) * 1.4);
}

function hoursOf(r: Random, type: Type, level: number | null): number {
  const [lo, hi] =
    type === '学徒制' ? [400, 1200] : type === '订单式' ? [240, 640] : type === '创业培训' ? [56, 96] : type === '乡村工匠' || level == null ? [40, 96]
      : ({ 2: [40, 96], 3: [56, 160], 4: [80, 200], 5: [120, 240], 6: [160, 320] } as Record<number, [number, number]>)[level];
  return Math.round(r.int(lo, hi) / 8) * 8;
}

function capacityOf(r: Random, kind: string): number {
  const [lo, hi] =
    kind === '技能大师工作室' ? [8, 15] : kind === '企业培训中心' ? [15, 35] : kind === '高技能人才培训基地' ? [15, 30] : kind === '技工院校' || kind === '职业院校' ? [20, 45] : [30, 60];
  return kind === '技能大师工作室' ? r.int(lo, hi) : Math.round(r.int(lo, hi) / 5) * 5;
}

function programmeRow(r: Random, p: Omit<Programme, 'row'>, batch: number): Record<string, Cell> {
  const o = OCCUPATIONS[p.occupation];
  const hours = p.type === '学徒制' || p.type === '订单式' ? hoursOf(r, p.type, p.targetLevel) : Math.max(8, Math.round((((dayNumber(p.end) - dayNumber(p.start)) / 1.4) * 7) / 8) * 8);
  const share = p.type === '创业培训' ? r.uniform(0.3, 0.5) : r.chance(0.92) ? r.uniform(0.6, 0.8) : r.uniform(0.45, 0.58);
  const mode =
    p.type === '学徒制' ? '工学交替'
      : p.type === '订单式' ? (r.chance(0.6) ? '工学交替' : '线下')
        : r.weightedPick(['线下', '线上线下混合', '线上'], [0.72, 0.2, ONLINE_OCCUPATIONS.has(p.occupation) || p.type === '创业培训' ? 0.15 : 0]);
  const internal = p.provider.kind === '企业培训中心' || p.provider.kind === '技能大师工作室' || (p.provider.kind === '高技能人才培训基地' && p.provider.enterprise) || p.type === '学徒制';
  const fee = internal ? 0 : p.subsidy > 0 ? round50(p.subsidy * r.uniform(0.8, 1.6)) : round50(hours * r.uniform(12, 30));
  const pool = SKILLS_BY_OCCUPATION.get(o.code) ?? [];
  const skills = r.shuffle([...pool]).slice(0, Math.min(pool.length, r.int(2, 5)));
  const level = p.targetLevel == null ? '' : `（${skillLevelName(p.targetLevel)}）`;
  const name =
    p.type === '创业培训' ? `创业培训班（${o.name}方向）第${batch}期` : `${o.name}${level}${TYPE_SUFFIX[p.type]}第${batch}期`;
  const groups = GROUPS[p.type];
  return {
    programme_id: p.id,
    provider_id: p.provider.id,
    name: `${p.year}年${name}`,
    occupation_code: o.code,
    target_level: p.targetLevel,
    type: p.type,
    skills: r.chance(0.75) ? skills.map((s) => s.id) : skills.map((s) => s.name),
    hours,
    practical_hours: Math.round(hours * share),
    mode,
    start_date: p.start,
    end_date: p.end,
    capacity: p.capacity,
    fee,
    subsidy: p.subsidy,
    shortage_uplift: p.uplift > 0 ? p.uplift : null,
    eligible_groups: r.shuffle([...groups]).slice(0, Math.min(groups.length, r.int(1, 4))),
    region_code: COUNTIES[p.county].code,
    year: p.year
  };
}

/** The assessment a trainee of the programme sits, and by whom. */
function assessment(r: Random, p: Programme, ctx: TrainingContext, year: number): { route: Route; body: Body } {
  const { bodies } = ctx;
  const code = OCCUPATIONS[p.occupation].code;
  if (p.type === '订单式' && p.provider.school) {
    const body = bodies.ofSchool(p.provider.school.id);
    if (body && body.lastYear >= year) return { route: '院校评价', body };
  }
  const employer = p.provider.enterprise?.index ?? (p.provider.studio && p.provider.studio.person >= 0 ? ctx.links.index.employer[p.provider.studio.person] : -1);
  const own = employer >= 0 ? bodies.ofEnterprise(employer) : undefined;
  if (own && own.lastYear >= year && own.scope.includes(code)) return { route: '企业自主评价', body: own };
  const social = bodies.social(code, year, p.county).filter((b) => b.provider !== p.provider);
  const body = r.chance(0.6) ? social[0] : social[r.int(0, Math.min(social.length, 4) - 1)];
  return { route: '社会培训评价组织', body };
}

function enrol(r: Random, p: Programme, ctx: TrainingContext): Record<string, Cell>[] {
  const small = p.provider.kind !== '技能大师工作室' && r.chance(0.07);
  const n = small ? r.int(3, 9) : Math.max(1, Math.round(p.capacity * r.uniform(0.55, 1)));
  const o = OCCUPATIONS[p.occupation];
  const q = p.provider.quality;
  const endYear = yearOf(p.end);
  const t = endYear - SURVEY_YEARS[0];
  const rows: Record<string, Cell>[] = [];
  /** Registry people already in this programme: a person enrols in a course once. */
  const enrolled = new Set<number>();
  for (let k = 0; k < n; k++) {
    const completed = p.provider.inflated ? r.chance(0.99) : r.chance(sigmoid(COMPLETION[p.type] + 0.6 * q));
    let passed = false;
    let exam: { route: Route; body: Body } | null = null;
    if (completed && p.targetLevel != null) {
      exam = assessment(r, p, ctx, endYear);
      const extra = p.provider.inflated ? -0.5 : TRAINED_BONUS + 0.8 * q;
      passed = r.chance(passChance(exam.route, p.targetLevel, exam.body, extra));
    }

    let person = -1;
    if (r.chance(REGISTRY_SHARE[p.type])) {
      person = passed
        ? ctx.links.takePromotion(r, p.occupation, t, p.targetLevel!, p.county)
        : ctx.links.findStayer(r, p.occupation, t, p.targetLevel != null ? p.targetLevel - 1 : r.int(2, 3), p.county);
      if (enrolled.has(person)) person = -1;
      else if (person >= 0) enrolled.add(person);
    }
    const [youngest, oldest] = AGES[p.type];
    const personId =
      person >= 0
        ? ctx.links.index.registry.personId(person)
        : ctx.outside.idNumber(r, p.county, p.year - oldest, p.year - youngest, r.chance(o.male) ? 'M' : 'F');

    const completedAt = completed ? addDays(p.end, r.int(0, 3)) : null;
    if (exam) {
      const day = dayNumber(completedAt!) + r.int(5, 20);
      ctx.attempts.push({
        personId,
        occupation: p.occupation,
        level: p.targetLevel!,
        body: exam.body,
        route: exam.route,
        date: sessionOnOrAfter(ctx.bodies, exam.body, Math.min(day, dayNumber(`${endYear}-12-28`))),
        passed
      });
    }
    const levelGained = passed ? p.targetLevel : null;

    const employedChance = sigmoid(EMPLOYMENT[p.type] + 0.8 * q + (passed ? 0.5 : 0) - (completed ? 0 : 1.2) - (p.provider.inflated ? 1.5 : 0));
    const employed = r.chance(0.04) ? null : r.chance(employedChance);
    let wage: number | null = null;
    if (employed && r.chance(0.88)) {
      const heldLevel = levelGained ?? (person >= 0 ? ctx.links.levelAt(person, t) : 0);
      const wageYear = Math.min(2026, yearOf(addDays(p.end, 182)));
      const industry = p.provider.enterprise?.industry ?? mainIndustry(o);
      const selfEmployed = p.type === '创业培训' || p.type === '乡村工匠';
      const entrant = p.type === '就业技能培训' || p.type === '项目制' ? 0.92 : 1;
      const annual = wageMedian(o, heldLevel, p.county, industry, wageYear) * Math.exp(0.1 * q) * entrant * r.logNormal(0, selfEmployed ? 0.4 : 0.28);
      wage = Math.round(Math.max(monthlyWage(wageFloor(wageYear)) * 1.05, annual / 12) / 10) * 10;
    }
    const subsidyPaid =
      p.subsidy === 0 ? 0 : levelGained != null || (p.targetLevel == null && completed) || (p.type === '学徒制' && completed) ? Math.round(p.subsidy * (1 + p.uplift)) : 0;
    rows.push({
      person_id: personId,
      programme_id: p.id,
      enrolled_at: addDays(p.start, -r.int(3, 30)),
      completed,
      completed_at: completedAt,
      level_gained: levelGained,
      employed_6m: employed,
      monthly_wage_after: wage,
      subsidy_paid: subsidyPaid
    });
  }
  return rows;
}
