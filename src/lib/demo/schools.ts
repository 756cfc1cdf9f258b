/**
 * The prefecture's vocational schools (invented names in the style of real ones): a 技师学院, a
 * 高级技工学校, three 技工学校, two 高职 and a 中职 in every county, each with majors mapped to
 * occupations, and their self-reported graduate outcomes for the cohorts 2023–2025. Cohorts
 * 2021–2025 also feed the 院校评价 certification records. Small majors (< 10 graduates) occur.
 */
import { BASE_WAGE_2025, LEVEL_WAGE_RATIO, WAGE_INDEX, monthlyWage, wageMedian } from './wages';
import { COUNTIES, OCCUPATIONS, mainIndustry, occupationIndex } from './catalogue';
import type { Cell } from './csv';
import type { EnterpriseUniverse } from './enterprises';
import type { Random } from './random';

export const SCHOOL_COHORTS = [2023, 2024, 2025] as const;
/** Cohorts whose students sit 院校评价 assessments in the certification records. */
export const ASSESSED_COHORTS = [2021, 2022, 2023, 2024, 2025] as const;

/** Major → 细类 (null: no occupation in the catalogue). */
const MAJORS: Readonly<Record<string, string | null>> = {
  焊接加工: '6-18-02-04',
  '数控加工（数控车工）': '6-18-01-01',
  '数控加工（加工中心操作工）': '6-18-01-07',
  电气自动化设备安装与维修: '6-31-01-03',
  机电设备安装与维修: '6-31-01-02',
  汽车维修: '4-12-01-01',
  新能源汽车检测与维修: '4-12-01-01',
  工业机器人应用与维护: '6-31-01-09',
  中餐烹饪: '4-03-02-01',
  中西面点: '4-03-02-02',
  电子商务: '4-01-02-02',
  计算机网络应用: '4-04-04-01',
  计算机应用与维修: '4-12-02-01',
  酒店服务与管理: '4-03-01-01',
  旅游服务与管理: '4-07-04-01',
  茶叶生产与加工: '6-02-06-05',
  茶艺与茶营销: '4-03-02-07',
  现代农艺技术: '5-01-02-01',
  园林技术: '4-09-10-01',
  畜禽生产技术: '5-03-01-01',
  智慧健康养老服务与管理: '4-10-01-05',
  婴幼儿托育服务与管理: '4-10-01-01',
  有色金属智能冶金技术: '6-17-03-01',
  金属与非金属矿开采技术: '6-16-01-01',
  矿物加工技术: '6-16-02-01',
  化工工艺: '6-11-01-05',
  化学工艺分析: '6-31-03-01',
  建筑工程施工: '6-29-01-01',
  现代物流管理: '4-02-06-03',
  软件技术: '4-04-05-01',
  人工智能技术应用: '4-04-05-05',
  光伏工程技术: '6-28-01-14',
  发电厂及变电站电气设备: '6-28-02-01',
  '陶瓷工艺（紫陶）': '6-14-04-02',
  美发与形象设计: '4-10-03-01',
  电梯工程技术: '6-31-01-06',
  农业机械使用与维护: '5-05-02-01',
  会计事务: null,
  学前教育: null
};

/**
 * Counts some schools left out of a cohort's report (empty cells, not 0): relevance is not
 * tracked by one 高职 for its first cohort, and one 中职 did not report certificates for 2024.
 */
const UNREPORTED: Readonly<Record<string, readonly string[]>> = {
  'SC06|2023': ['employed_relevant'],
  'SC12|2024': ['certified_level4plus', 'certified_any']
};

interface KindProfile {
  /** Typical graduates of a major per cohort. */
  size: number;
  furtherStudy: [number, number];
  /** Employed 6 months after graduation, as a share of those not in further study. */
  employed: [number, number];
  certifiedAny: [number, number];
  certifiedHigh: [number, number];
  /** Level most graduates leave with. */
  level: number;
  orderClass: number;
  apprentices: number;
}

const PROFILES: Readonly<Record<string, KindProfile>> = {
  技师学院: { size: 60, furtherStudy: [0.03, 0.1], employed: [0.9, 0.97], certifiedAny: [0.88, 0.98], certifiedHigh: [0.55, 0.8], level: 4, orderClass: 0.5, apprentices: 0.45 },
  高级技工学校: { size: 50, furtherStudy: [0.03, 0.1], employed: [0.89, 0.96], certifiedAny: [0.85, 0.97], certifiedHigh: [0.45, 0.7], level: 4, orderClass: 0.4, apprentices: 0.3 },
  技工学校: { size: 35, furtherStudy: [0.06, 0.18], employed: [0.87, 0.95], certifiedAny: [0.8, 0.95], certifiedHigh: [0.12, 0.3], level: 3, orderClass: 0.35, apprentices: 0.2 },
  中职: { size: 38, furtherStudy: [0.15, 0.35], employed: [0.85, 0.94], certifiedAny: [0.55, 0.85], certifiedHigh: [0.01, 0.08], level: 3, orderClass: 0.2, apprentices: 0.05 },
  高职: { size: 110, furtherStudy: [0.05, 0.15], employed: [0.85, 0.93], certifiedAny: [0.55, 0.8], certifiedHigh: [0.3, 0.5], level: 4, orderClass: 0.3, apprentices: 0.15 }
};

/** Level the students of a school kind are assessed at (院校评价): [level, weight]. */
export const ASSESSED_LEVELS: Readonly<Record<string, readonly [number, number][]>> = {
  技师学院: [[3, 0.25], [4, 0.6], [5, 0.15]],
  高级技工学校: [[3, 0.5], [4, 0.5]],
  技工学校: [[3, 0.7], [4, 0.3]],
  中职: [[2, 0.3], [3, 0.7]],
  高职: [[3, 0.4], [4, 0.6]]
};

const SPECS: readonly [string, string, string, string][] = [
  ['红河州技师学院', '技师学院', '532503', '焊接加工 数控加工（加工中心操作工） 电气自动化设备安装与维修 汽车维修 工业机器人应用与维护 中餐烹饪 机电设备安装与维修'],
  ['红河州高级技工学校', '高级技工学校', '532501', '焊接加工 电气自动化设备安装与维修 矿物加工技术 机电设备安装与维修 数控加工（数控车工） 化学工艺分析'],
  ['开远市技工学校', '技工学校', '532502', '电气自动化设备安装与维修 化工工艺 汽车维修 焊接加工'],
  ['弥勒市技工学校', '技工学校', '532504', '中餐烹饪 汽车维修 酒店服务与管理 电子商务'],
  ['建水县技工学校', '技工学校', '532524', '陶瓷工艺（紫陶） 中餐烹饪 建筑工程施工 计算机应用与维修'],
  ['红河州职业技术学院', '高职', '532503', '软件技术 人工智能技术应用 现代物流管理 智慧健康养老服务与管理 电子商务 旅游服务与管理 学前教育'],
  ['红河州工业职业技术学院', '高职', '532501', '有色金属智能冶金技术 金属与非金属矿开采技术 光伏工程技术 发电厂及变电站电气设备 电梯工程技术 工业机器人应用与维护 会计事务'],
  ['个旧市职业高级中学', '中职', '532501', '电子商务 汽车维修 计算机应用与维修 会计事务'],
  ['开远市职业技术学校', '中职', '532502', '电气自动化设备安装与维修 汽车维修 中餐烹饪 婴幼儿托育服务与管理'],
  ['蒙自市职业高级中学', '中职', '532503', '旅游服务与管理 电子商务 中西面点 学前教育 新能源汽车检测与维修'],
  ['弥勒市职业技术学校', '中职', '532504', '酒店服务与管理 茶艺与茶营销 中餐烹饪 汽车维修'],
  ['屏边苗族自治县职业高级中学', '中职', '532523', '现代农艺技术 电子商务 计算机应用与维修'],
  ['建水县职业高级中学', '中职', '532524', '陶瓷工艺（紫陶） 旅游服务与管理 茶艺与茶营销 中西面点'],
  ['石屏县职业高级中学', '中职', '532525', '现代农艺技术 中餐烹饪 汽车维修 智慧健康养老服务与管理'],
  ['泸西县职业技术学校', '中职', '532527', '畜禽生产技术 电子商务 焊接加工 婴幼儿托育服务与管理'],
  ['元阳县职业高级中学', '中职', '532528', '旅游服务与管理 茶叶生产与加工 现代农艺技术 中餐烹饪'],
  ['红河县职业高级中学', '中职', '532529', '茶叶生产与加工 电子商务 农业机械使用与维护'],
  ['金平苗族瑶族傣族自治县职业高级中学', '中职', '532530', '现代农艺技术 园林技术 汽车维修 美发与形象设计'],
  ['绿春县职业高级中学', '中职', '532531', '茶叶生产与加工 畜禽生产技术 计算机应用与维修'],
  ['河口瑶族自治县职业高级中学', '中职', '532532', '电子商务 现代物流管理 旅游服务与管理']
];

export interface School {
  id: string;
  name: string;
  kind: string;
  county: number;
  majors: readonly Major[];
}

export interface Major {
  name: string;
  /** Catalogue index; −1 when the major maps to no occupation. */
  occupation: number;
  /** Graduates per cohort year (2021–2025). */
  graduates: ReadonlyMap<number, number>;
}

export interface SchoolWorld {
  schools: readonly School[];
  schoolRows: Record<string, Cell>[];
  outcomeRows: Record<string, Cell>[];
}

const between = (rng: Random, [lo, hi]: [number, number]) => lo + (hi - lo) * rng();
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function generateSchools(rng: Random, universe: EnterpriseUniverse): SchoolWorld {
  const employersOf = partnerPool(universe);
  const schools: School[] = [];
  const outcomeRows: Record<string, Cell>[] = [];
  SPECS.forEach(([name, kind, code, majorList], s) => {
    const id = `SC${String(s + 1).padStart(2, '0')}`;
    const county = COUNTIES.findIndex((c) => c.code === code);
    const profile = PROFILES[kind];
    const majors: Major[] = majorList.split(' ').map((majorName) => {
      const r = rng.fork('major', id, majorName);
      const code = MAJORS[majorName];
      if (code === undefined) throw new Error(`unknown major ${majorName}`);
      const occupation = code ? occupationIndex(code) : -1;
      const small = r.chance(0.12);
      const base = small ? r.int(4, 11) : profile.size * r.logNormal(0, 0.45);
      const graduates = new Map(ASSESSED_COHORTS.map((y, t) => [y, Math.max(1, Math.round(base * (0.85 + 0.3 * r()) * Math.pow(1.03, t)))]));
      const quality = r.normal(0, 0.5);
      const hasOrderClass = occupation >= 0 && r.chance(profile.orderClass);
      const hasApprentices = occupation >= 0 && r.chance(profile.apprentices);
      const partners = occupation >= 0 ? pickPartners(r, employersOf.get(occupation) ?? [], county, hasOrderClass ? r.int(1, 4) : r.int(0, 3)) : [];
      for (const cohort of SCHOOL_COHORTS) {
        const g = graduates.get(cohort)!;
        const further = Math.round(g * between(r, profile.furtherStudy));
        const employed = Math.round((g - further) * clamp01(between(r, profile.employed) + 0.02 * quality));
        const relevant = Math.round(employed * clamp01(0.62 + 0.08 * quality + (hasOrderClass ? 0.1 : 0) + r.normal(0, 0.05)));
        const any = Math.round(g * (occupation >= 0 ? clamp01(between(r, profile.certifiedAny) + 0.03 * quality) : between(r, [0.15, 0.4])));
        const high = occupation >= 0 ? Math.min(any, Math.round(g * clamp01(between(r, profile.certifiedHigh) + 0.03 * quality))) : 0;
        const wage = employed > 0 && r.chance(0.95) ? graduateWage(r, occupation, profile.level, county, cohort) : null;
        outcomeRows.push({
          school_id: id,
          major: majorName,
          cohort,
          graduates: g,
          occupation_code: occupation >= 0 ? OCCUPATIONS[occupation].code : null,
          employed_6m: employed,
          employed_relevant: relevant,
          further_study: further,
          certified_level4plus: high,
          certified_any: any,
          median_monthly_wage: wage,
          order_class_students: hasOrderClass ? Math.max(1, Math.round(g * between(r, [0.15, 0.5]))) : 0,
          apprentices: hasApprentices ? Math.round(g * between(r, [0.05, 0.3])) : 0,
          partner_enterprises: partners
        });
        for (const column of UNREPORTED[`${id}|${cohort}`] ?? []) outcomeRows[outcomeRows.length - 1][column] = null;
      }
      return { name: majorName, occupation, graduates };
    });
    schools.push({ id, name, kind, county, majors });
  });
  const schoolRows = schools.map((s) => ({ school_id: s.id, name: s.name, kind: s.kind, region_code: COUNTIES[s.county].code }));
  return { schools, schoolRows, outcomeRows };
}

/** Median monthly pay of new graduates: below the occupation's local median at their level. */
function graduateWage(rng: Random, occupation: number, level: number, county: number, year: number): number {
  const annual =
    occupation >= 0
      ? wageMedian(OCCUPATIONS[occupation], level, county, mainIndustry(OCCUPATIONS[occupation]), year)
      : BASE_WAGE_2025 * WAGE_INDEX[year] * COUNTIES[county].wage * LEVEL_WAGE_RATIO[2];
  return Math.round((monthlyWage(annual) * (0.8 + 0.1 * rng())) / 10) * 10;
}

/** Enterprises active in 2025 by the occupations they employ. */
function partnerPool(universe: EnterpriseUniverse): Map<number, { name: string; county: number; size: number }[]> {
  const pool = new Map<number, { name: string; county: number; size: number }[]>();
  for (const e of universe.activeIn(2025)) {
    for (const o of e.occupations) {
      const list = pool.get(o) ?? [];
      list.push({ name: e.name, county: e.county, size: e.size });
      pool.set(o, list);
    }
  }
  return pool;
}

function pickPartners(rng: Random, pool: readonly { name: string; county: number; size: number }[], county: number, k: number): string[] {
  if (k === 0 || pool.length === 0) return [];
  const weights = pool.map((e) => Math.sqrt(e.size) * (e.county === county ? 6 : 1));
  return rng.sampleWeighted(pool, weights, k).map((e) => e.name);
}
