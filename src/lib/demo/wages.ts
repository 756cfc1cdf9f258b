/**
 * The wage model and the 企业薪酬调查 microdata. A worker's annual pay (元/年, 应发) is
 *   base(year) × occupation × level × county × industry × enterprise effect × individual draw,
 * calibrated to an inland prefecture (≈ 0.45–0.6× Shanghai; FACTS.md): all-occupation 初级工
 * median ≈ 50k in 2025, level ratios from the Shanghai 2022 table, within-cell P90/P50 ≈ 2.
 * Rows are streamed enterprise by enterprise and never held all at once.
 */
import { randomNormal } from 'd3-random';
import { COUNTIES, INDUSTRY_WAGE, OCCUPATIONS, type DemoOccupation } from './catalogue';
import { isActive, type Enterprise, type EnterpriseUniverse } from './enterprises';
import { cumulative, drawIndex, type Random } from './random';
import type { CsvFileWriter } from './csv';

/** Median pay by level relative to 初级工 (0 无等级 … 8 首席技师). */
export const LEVEL_WAGE_RATIO = [0.9, 0.75, 1, 1.57, 1.75, 1.95, 2.1, 2.81, 3.05] as const;

/** Nominal wage index, 2025 = 1 (≈ 4.5–5 % a year). */
export const WAGE_INDEX: Readonly<Record<number, number>> = {
  2020: 0.788, 2021: 0.822, 2022: 0.861, 2023: 0.905, 2024: 0.952, 2025: 1, 2026: 1.046
};

/** All-occupation 初级工 median in 2025 before county and industry factors, 元/年. */
export const BASE_WAGE_2025 = 47_000;

/** Full-year pay can't fall below the local minimum wage (Yunnan class-2 areas, 元/年, approximate). */
const MIN_ANNUAL_WAGE: Readonly<Record<number, number>> = {
  2020: 17_000, 2021: 18_000, 2022: 19_500, 2023: 20_000, 2024: 20_500, 2025: 21_500, 2026: 22_000
};

/** Individual spread on the log scale: a longer upper tail, as in published tables. */
const SIGMA_BELOW = 0.41;
const SIGMA_ABOVE = 0.53;

export const SURVEY_ROWS_AT_SCALE_1: Readonly<Record<number, number>> = {
  2020: 115_000, 2021: 190_000, 2022: 195_000, 2023: 200_000, 2024: 205_000, 2025: 210_000
};

export function wageMedian(occupation: DemoOccupation, level: number, county: number, industry: string, year: number): number {
  return BASE_WAGE_2025 * WAGE_INDEX[year] * occupation.wage * LEVEL_WAGE_RATIO[level] * COUNTIES[county].wage * INDUSTRY_WAGE[industry];
}

/** The lowest full-year pay the model produces in a year, 元/年. */
export const wageFloor = (year: number): number => MIN_ANNUAL_WAGE[year];

/** Monthly equivalent, rounded to 100 元. */
export const monthlyWage = (annual: number): number => Math.round(annual / 12 / 100) * 100;

const SMALL_LEVEL_WEIGHTS = [0.24, 0.05, 0.25, 0.23, 0.14, 0.065, 0.025, 0, 0];
const LARGE_LEVEL_WEIGHTS = [0.18, 0.05, 0.22, 0.24, 0.17, 0.09, 0.04, 0.006, 0.004];

/** Level mix of one occupation in one enterprise: never above the occupation's max_level. */
function levelCum(e: Enterprise, o: DemoOccupation): Float64Array {
  const base = e.large ? LARGE_LEVEL_WEIGHTS : SMALL_LEVEL_WEIGHTS;
  return cumulative(
    base.map((w, level) => {
      if (level > o.maxLevel) return 0;
      if (level === 0) return w * o.unlevelled;
      return level >= 4 ? w * Math.exp(e.skillTilt) : w;
    })
  );
}

/** One surveyed worker; the callback form keeps the hot loop free of per-row objects. */
export type WorkerSink = (e: Enterprise, occupation: number, level: number, annualWage: number) => void;

export class WageSurvey {
  private readonly levelTables = new Map<number, Float64Array[]>();

  constructor(
    private readonly universe: EnterpriseUniverse,
    private readonly rng: Random,
    private readonly scale: number
  ) {}

  /** The enterprises surveyed in the year, in a shuffled order, with their worker counts. */
  plan(year: number): { enterprise: Enterprise; workers: number }[] {
    const rng = this.rng.fork('plan', year);
    const active = this.universe.enterprises.filter((e) => isActive(e, year));
    const raw = active.map((e) => e.size * rng.logNormal(0, 0.1));
    const total = raw.reduce((a, b) => a + b, 0);
    const target = SURVEY_ROWS_AT_SCALE_1[year] * this.scale;
    const plan = active.map((enterprise, i) => ({ enterprise, workers: Math.max(3, Math.round((raw[i] / total) * target)) }));
    return rng.shuffle(plan);
  }

  /** Draws the workers of one enterprise in one year. */
  workers(year: number, e: Enterprise, count: number, rng: Random, normal: () => number, sink: WorkerSink): void {
    const tables = this.levelTablesOf(e);
    const floor = MIN_ANNUAL_WAGE[year];
    const common = BASE_WAGE_2025 * WAGE_INDEX[year] * COUNTIES[e.county].wage * INDUSTRY_WAGE[e.industry] * e.payEffect;
    for (let i = 0; i < count; i++) {
      const k = drawIndex(e.occupationCum, rng());
      const o = OCCUPATIONS[e.occupations[k]];
      const level = drawIndex(tables[k], rng());
      const z = normal();
      let wage = common * o.wage * LEVEL_WAGE_RATIO[level] * Math.exp(z * (z < 0 ? SIGMA_BELOW : SIGMA_ABOVE));
      if (wage < floor) wage = floor * (1 + 0.25 * rng());
      sink(e, e.occupations[k], level, Math.round(wage));
    }
  }

  /** Every worker of the year, enterprise by enterprise; `between` runs after each enterprise. */
  async year(year: number, sink: WorkerSink, between?: () => Promise<void> | void): Promise<void> {
    const rng = this.rng.fork('workers', year);
    const normal = randomNormal.source(rng)(0, 1);
    for (const { enterprise, workers } of this.plan(year)) {
      this.workers(year, enterprise, workers, rng, normal, sink);
      if (between) await between();
    }
  }

  private levelTablesOf(e: Enterprise): Float64Array[] {
    let t = this.levelTables.get(e.index);
    if (!t) {
      t = e.occupations.map((o) => levelCum(e, OCCUPATIONS[o]));
      this.levelTables.set(e.index, t);
    }
    return t;
  }
}

const WAGE_COLUMNS = ['year', 'region_code', 'industry', 'enterprise_id', 'occupation_code', 'skill_level', 'annual_wage'];

/** Lines are shuffled in blocks of this many, so the file is not grouped by enterprise. */
const SHUFFLE_BLOCK = 65_536;

export async function writeWageSurvey(survey: WageSurvey, years: readonly number[], out: CsvFileWriter, rng: Random): Promise<void> {
  out.expectColumns(WAGE_COLUMNS);
  const occupationField = OCCUPATIONS.map((o) => o.code + ',');
  for (const year of years) {
    let block: string[] = [];
    let prefixOf: Enterprise | null = null;
    let prefix = '';
    const flushBlock = async () => {
      rng.shuffle(block);
      for (const line of block) if (out.addLine(line)) await out.flush();
      block = [];
    };
    await survey.year(
      year,
      (e, occupation, level, wage) => {
        if (e !== prefixOf) {
          prefixOf = e;
          prefix = `${year},${COUNTIES[e.county].code},${e.industry},${e.id},`;
        }
        block.push(`${prefix}${occupationField[occupation]}${level},${wage}\n`);
      },
      async () => {
        if (block.length >= SHUFFLE_BLOCK) await flushBlock();
      }
    );
    await flushBlock();
  }
}

const quantile = (sorted: Float64Array, p: number): number => {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
};

/**
 * An already-published 2020 table (the year before the microdata starts), in the older style:
 * 低位数/中位数/高位数 and 平均数 only, at prefecture level, by 细类, 中类 and 大类, plus 大类 × level.
 */
export async function publishedWagePrices(survey: WageSurvey): Promise<Record<string, string | number | null>[]> {
  const year = 2020;
  const cells = new Map<string, { wages: number[]; enterprises: Set<number> }>();
  const add = (key: string, wage: number, e: number) => {
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { wages: [], enterprises: new Set() }));
    c.wages.push(wage);
    c.enterprises.add(e);
  };
  await survey.year(year, (e, occupation, level, wage) => {
    const code = OCCUPATIONS[occupation].code;
    const [major, middle] = code.split('-');
    add(`${code}|`, wage, e.index);
    add(`${major}-${middle}|`, wage, e.index);
    add(`${major}|`, wage, e.index);
    if (level >= 2 && level <= 6) add(`${major}|${level}`, wage, e.index);
  });
  const rows: Record<string, string | number | null>[] = [];
  for (const [key, c] of [...cells].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (c.wages.length < 30 || c.enterprises.size < 3) continue;
    const [code, level] = key.split('|');
    const sorted = Float64Array.from(c.wages).sort();
    const mean = c.wages.reduce((a, b) => a + b, 0) / c.wages.length;
    rows.push({
      year,
      region_code: '532500',
      occupation_code: code,
      skill_level: level === '' ? null : Number(level),
      industry: null,
      unit: '元/年',
      p10: Math.round(quantile(sorted, 0.1)),
      p25: null,
      p50: Math.round(quantile(sorted, 0.5)),
      p75: null,
      p90: Math.round(quantile(sorted, 0.9)),
      mean: Math.round(mean),
      n_workers: c.wages.length
    });
  }
  return rows;
}
