/**
 * The demo's enterprises: one panel shared by the wage survey (who is surveyed, how big, what they
 * pay), the registry (employers), job needs and competition units. Each has one county and one
 * industry, a heavy-tailed size, a pay effect and an occupation mix drawn by industry affinity.
 */
import {
  COUNTIES,
  INDUSTRY_ENTERPRISE_WEIGHT,
  INDUSTRY_LETTERS,
  INDUSTRY_SIZE,
  OCCUPATIONS,
  SURVEY_YEARS
} from './catalogue';
import { cumulative, drawIndex, type Random } from './random';

export interface Enterprise {
  index: number;
  id: string;
  name: string;
  county: number;
  industry: string;
  /** Relative number of surveyed workers (lognormal, heavy right tail). */
  size: number;
  /** Multiplicative pay effect (lognormal, σ 0.15). */
  payEffect: number;
  /** Log-odds shift towards high skill levels. */
  skillTilt: number;
  /** Among the largest few per cent: the only ones with 特级/首席技师. */
  large: boolean;
  firstYear: number;
  lastYear: number;
  /** Survey years the enterprise did not respond (bit y − 2020). */
  skippedYears: number;
  occupations: readonly number[];
  occupationCum: Float64Array;
}

export interface EnterpriseUniverse {
  enterprises: readonly Enterprise[];
  /** Enterprises active in the year, for job needs and competition units. */
  activeIn(year: number): readonly Enterprise[];
  /** An employer in the county and industry, weighted by size; null when there is none. */
  pickEmployer(rng: Random, county: number, industry: string): Enterprise | null;
  /** Any enterprise in the county, weighted by size. */
  pickInCounty(rng: Random, county: number): Enterprise | null;
}

/** Enterprise count at scale 1; it grows with √scale so enterprises also get bigger. */
const ENTERPRISES_AT_SCALE_1 = 3600;

const TRADE_NAMES = (
  '锡都 鑫达 恒盛 宏源 金象 滇南 南疆 红运 德盛 华泰 永兴 兴达 森茂 瑞丰 天禾 绿源 云岭 彩云 梯田 泸江 异龙 ' +
  '南湖 明珠 长桥 东风 阳光 新兴 盛源 广达 金鼎 银河 博远 创联 荣昌 万顺 通达 众诚 嘉禾 福源 利民 惠民 安泰 ' +
  '康源 聚鑫 星辰 汇通 诚信 腾飞 昊天 锦程 鼎盛 正华 润丰 宝丰 石榴 凤凰 锦屏 碧色 大屯 草坝 雨过 坝心 新安 ' +
  '合盛 联达 信和 恒通 宏远 金源 恒达 旭日 中和 振兴 同心 蓝天 九龙 红土 滇越 百信 华宇 金穗 丰泽 立信'
).split(' ');

/** What enterprises are called, by the group of their main occupation, else by industry. */
const NAME_WORDS_BY_OCCUPATION: readonly [string, readonly string[]][] = [
  ['6-17', ['冶炼', '锡业', '有色金属']],
  ['6-16-01-06', ['煤业']],
  ['6-16', ['矿业', '矿产开发']],
  ['6-02-06-05', ['茶业', '茶叶']],
  ['6-02-06-06', ['茶业']],
  ['6-02-06-03', ['酒业', '葡萄酒业']],
  ['6-02', ['食品']],
  ['6-03-03', ['卷烟材料', '烟草制品']],
  ['6-03', ['烟叶复烤', '烟草']],
  ['6-11', ['化工', '化肥']],
  ['6-14-01', ['水泥', '建材']],
  ['6-14-04', ['紫陶', '陶艺']],
  ['6-18', ['机械制造', '机械']],
  ['6-20', ['焊料', '新材料']],
  ['6-25', ['电子科技']],
  ['6-28-01-14', ['新能源']],
  ['6-28-01-15', ['风电', '新能源']],
  ['6-28-03', ['水务']],
  ['6-28', ['电力', '能源']],
  ['6-29', ['建筑工程', '建设工程', '建设']],
  ['6-30', ['工程机械', '建设工程']],
  ['6-31', ['机电设备', '机械']],
  ['4-01', ['商贸', '贸易', '电子商务']],
  ['4-02-07', ['快递服务', '速递']],
  ['4-02', ['物流', '运输']],
  ['4-03-01', ['酒店', '宾馆']],
  ['4-03', ['餐饮管理', '饭店']],
  ['4-04', ['信息技术', '网络科技', '数据科技']],
  ['4-05', ['村镇银行']],
  ['4-06', ['物业服务']],
  ['4-07-04', ['旅行社', '文化旅游']],
  ['4-07-05', ['保安服务']],
  ['4-08', ['检测技术']],
  ['4-09-10', ['园林绿化']],
  ['4-09', ['环境卫生', '环境服务']],
  ['4-10-01-05', ['养老服务', '康养']],
  ['4-10-01', ['家政服务']],
  ['4-10-03', ['美容美发']],
  ['4-12-01', ['汽车服务', '汽车维修']],
  ['4-12', ['家电维修', '电脑服务']],
  ['4-14', ['康复医院', '康养']],
  ['5-01-02-05', ['烟叶']],
  ['5-01-02-03', ['茶业']],
  ['5-03', ['养殖', '牧业']],
  ['5-02', ['林业开发']],
  ['5-', ['农业开发', '生态农业', '农业科技']]
];

const NAME_WORDS_BY_INDUSTRY: Readonly<Record<string, readonly string[]>> = {
  A: ['农业开发'], B: ['矿业'], C: ['制造'], D: ['电力'], E: ['建筑工程'], F: ['商贸'], G: ['物流'], H: ['酒店'],
  I: ['信息技术'], J: ['融资担保'], K: ['房地产开发'], L: ['商务服务'], M: ['技术服务'], N: ['环境服务'],
  O: ['生活服务'], P: ['职业培训学校'], Q: ['医院'], R: ['文化传媒'], S: ['社会工作服务中心'], T: ['代表处']
};

function nameWords(industry: string, leadOccupation: number | undefined): readonly string[] {
  if (leadOccupation != null) {
    const code = OCCUPATIONS[leadOccupation].code;
    for (const [prefix, words] of NAME_WORDS_BY_OCCUPATION) if (code.startsWith(prefix)) return words;
  }
  return NAME_WORDS_BY_INDUSTRY[industry];
}

/** A plausible, fictitious enterprise name: place + 字号 + trade + legal form. */
export function enterpriseName(rng: Random, county: number, industry: string, leadOccupation: number | undefined, large: boolean): string {
  const place = large && rng.chance(0.4) ? rng.pick(['红河', '云南']) : COUNTIES[county].short;
  const word = rng.pick(nameWords(industry, leadOccupation));
  const trade = rng.pick(TRADE_NAMES);
  if (word.endsWith('学校') || word.endsWith('中心') || word.endsWith('医院') || word.endsWith('银行')) return place + trade + word;
  if (industry === 'A' && !large && rng.chance(0.35)) return `${place}${trade}${word.replace(/开发|科技/, '')}专业合作社`;
  const form = large ? rng.pick(['集团有限公司', '股份有限公司', '有限责任公司']) : rng.chance(0.8) ? '有限公司' : '有限责任公司';
  return place + trade + word + form;
}

const occupationsByIndustry: ReadonlyMap<string, { occupations: number[]; weights: number[] }> = (() => {
  const m = new Map<string, { occupations: number[]; weights: number[] }>();
  for (const letter of INDUSTRY_LETTERS) {
    const entry = { occupations: [] as number[], weights: [] as number[] };
    OCCUPATIONS.forEach((o, i) => {
      const w = o.industries[letter] ?? 0;
      if (w > 0) {
        entry.occupations.push(i);
        entry.weights.push(w);
      }
    });
    m.set(letter, entry);
  }
  return m;
})();

export function buildEnterprises(rng: Random, scale: number): EnterpriseUniverse {
  const count = Math.max(40, Math.round(ENTERPRISES_AT_SCALE_1 * Math.sqrt(scale)));
  const countyCum = cumulative(COUNTIES.map((c) => c.population2021 * c.employedRate * (c.urban ? 1.3 : 0.7)));
  const industryCum = COUNTIES.map((c) =>
    cumulative(INDUSTRY_LETTERS.map((l) => INDUSTRY_ENTERPRISE_WEIGHT[l] * (c.industries[l] ?? 1)))
  );
  const usedNames = new Set<string>();
  const drafts = Array.from({ length: count }, (_, index) => {
    const county = drawIndex(countyCum, rng());
    const industry = INDUSTRY_LETTERS[drawIndex(industryCum[county], rng())];
    const size = rng.logNormal(Math.log(18), 1.35) * INDUSTRY_SIZE[industry];
    return { index, county, industry, size };
  });
  const largeFrom = [...drafts.map((d) => d.size)].sort((a, b) => b - a)[Math.floor(count * 0.03)];

  const enterprises = drafts.map(({ index, county, industry, size }): Enterprise => {
    const large = size >= largeFrom;
    const pool = occupationsByIndustry.get(industry)!;
    const k = Math.min(pool.occupations.length, Math.max(2, Math.round(2 + 1.6 * Math.log1p(size))));
    const chosen = rng.sampleWeighted(pool.occupations, pool.weights, k);
    const mix = chosen.map((o) => (OCCUPATIONS[o].industries[industry] ?? 0) * rng.logNormal(0, 0.7));
    const lead = mix.indexOf(Math.max(...mix));
    mix[lead] *= 3;
    let name = enterpriseName(rng, county, industry, chosen[lead], large);
    while (usedNames.has(name)) name = enterpriseName(rng, county, industry, chosen[lead], large);
    usedNames.add(name);
    const firstYear = rng.chance(0.85) ? SURVEY_YEARS[0] : rng.int(2022, 2025);
    const lastYear = rng.chance(0.9) ? 2025 : rng.int(firstYear, 2024);
    let skippedYears = 0;
    for (const y of SURVEY_YEARS) if (y > firstYear && rng.chance(0.05)) skippedYears |= 1 << (y - 2020);
    return {
      index,
      id: `E${String(index + 1).padStart(5, '0')}`,
      name,
      county,
      industry,
      size,
      payEffect: rng.logNormal(0, 0.15),
      skillTilt: rng.normal(0, 0.3),
      large,
      firstYear,
      lastYear,
      skippedYears,
      occupations: chosen,
      occupationCum: cumulative(mix)
    };
  });

  const byCountyIndustry = new Map<string, { items: Enterprise[]; cum: Float64Array }>();
  const byCounty = new Map<number, { items: Enterprise[]; cum: Float64Array }>();
  const group = <K>(m: Map<K, { items: Enterprise[]; cum: Float64Array }>, key: K, e: Enterprise) => {
    const g = m.get(key) ?? { items: [], cum: new Float64Array() };
    g.items.push(e);
    m.set(key, g);
  };
  for (const e of enterprises) {
    if (e.lastYear < 2025) continue;
    group(byCountyIndustry, `${e.county}|${e.industry}`, e);
    group(byCounty, e.county, e);
  }
  for (const m of [byCountyIndustry, byCounty] as Map<unknown, { items: Enterprise[]; cum: Float64Array }>[]) {
    for (const g of m.values()) g.cum = cumulative(g.items.map((e) => Math.pow(e.size, 0.8)));
  }
  const pickFrom = (g: { items: Enterprise[]; cum: Float64Array } | undefined, rng: Random) =>
    g ? g.items[drawIndex(g.cum, rng())] : null;

  const active = new Map<number, Enterprise[]>();
  return {
    enterprises,
    activeIn(year) {
      if (!active.has(year)) active.set(year, enterprises.filter((e) => isActive(e, year)));
      return active.get(year)!;
    },
    pickEmployer: (r, county, industry) => pickFrom(byCountyIndustry.get(`${county}|${industry}`), r),
    pickInCounty: (r, county) => pickFrom(byCounty.get(county), r)
  };
}

/** Whether the enterprise is in the survey of the year (incumbents count as present in 2020). */
export function isActive(e: Enterprise, year: number): boolean {
  if (year < e.firstYear && !(e.firstYear === SURVEY_YEARS[0] && year < SURVEY_YEARS[0])) return false;
  if (year > e.lastYear) return false;
  return (e.skippedYears & (1 << (year - 2020))) === 0;
}
