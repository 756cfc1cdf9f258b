/**
 * The talent page's figures, computed from published `talent_stats` cells only.
 *
 * No reveal by subtraction: every count shown is one published cell, looked up by its key; the
 * browser never adds cells up, nor takes one cell of a year from another, so a withheld cell can
 * only ever be shown as withheld. Derived figures are ratios of two published cells (a share, a rate per
 * 10,000) or the change of one cell between two years; any withheld or missing input makes the
 * result withheld or missing, never a partial sum. The pipeline's complementary suppression
 * (`suppressCounts`) protects the published cells against each other.
 */
import { formatChange, formatDecimal, formatInt, formatPercent, formatSignedDecimal } from './format';
import { HIGH_SKILL_SHARE_TARGET } from './targets';
import { HIGH_SKILL_MIN_LEVEL, MAX_LEVEL, skillLevelLabel } from './skill-levels';

export interface TalentCell {
  year: number;
  region_code: string;
  skill_level: number | null;
  high_skill: boolean | null;
  dimension: string;
  value: string | null;
  n: number | null;
  suppressed: boolean;
}

export interface RegionStat {
  region_code: string;
  year: number;
  population: number | null;
  employed: number | null;
}

/** Which people a count is about: all levels, one band, or one level. */
export type LevelCut = 'all' | 'high' | 'other' | number;

export const LEVEL_CUTS: readonly LevelCut[] = ['all', 'high', 'other', ...Array.from({ length: MAX_LEVEL + 1 }, (_, i) => i)];

export function levelCutLabel(cut: LevelCut): string {
  if (cut === 'all') return '全部在库人才';
  if (cut === 'high') return '高技能人才（高级工及以上）';
  if (cut === 'other') return '高级工以下';
  return skillLevelLabel(cut);
}

export const parseLevelCut = (s: string | null): LevelCut | null =>
  s === 'all' || s === 'high' || s === 'other' ? s : s !== null && /^\d$/.test(s) && Number(s) <= MAX_LEVEL ? Number(s) : null;

/**
 * A published count: `n` is null exactly when it is withheld, or when the region and year are
 * not in the data at all. The pipeline publishes a cell for every combination that has anyone in
 * it, so an absent combination in a region-year that is present means nobody: a true 0.
 */
export interface Count {
  n: number | null;
  status: 'ok' | 'suppressed' | 'missing';
}

const MISSING: Count = { n: null, status: 'missing' };

const cutOf = (c: Pick<TalentCell, 'skill_level' | 'high_skill'>): string =>
  c.skill_level !== null ? `L${c.skill_level}` : c.high_skill === null ? 'all' : c.high_skill ? 'high' : 'other';

const cutKey = (cut: LevelCut): string => (typeof cut === 'number' ? `L${cut}` : cut);

const key = (year: number, region: string, cut: string, dimension: string, value: string | null) => `${year}|${region}|${cut}|${dimension}|${value ?? ''}`;

/**
 * Published cells by their coordinates. Lookup only: there is deliberately no way to sum cells.
 */
export class TalentIndex {
  private readonly cells = new Map<string, TalentCell>();
  /** Values seen per dimension, in first-seen order (rows come sorted). */
  private readonly values = new Map<string, Set<string>>();
  /** Region-years the rows cover. */
  private readonly covered = new Set<string>();

  constructor(rows: Iterable<TalentCell>) {
    for (const r of rows) {
      this.covered.add(`${r.year}|${r.region_code}`);
      this.cells.set(key(r.year, r.region_code, cutOf(r), r.dimension, r.value), r);
      if (r.value !== null) {
        const s = this.values.get(r.dimension) ?? new Set();
        s.add(r.value);
        this.values.set(r.dimension, s);
      }
    }
  }

  count(year: number, region: string, cut: LevelCut = 'all', dimension = 'total', value: string | null = null): Count {
    const c = this.cells.get(key(year, region, cutKey(cut), dimension, value));
    if (!c) return this.covered.has(`${year}|${region}`) ? { n: 0, status: 'ok' } : MISSING;
    return c.suppressed || c.n === null ? { n: null, status: 'suppressed' } : { n: c.n, status: 'ok' };
  }

  dimensionValues(dimension: string): string[] {
    return [...(this.values.get(dimension) ?? [])];
  }
}

/** A figure on the page: its value, or why there is none. */
export interface Figure {
  value: number | null;
  status: 'ok' | 'suppressed' | 'missing';
}

const worst = (...s: Figure['status'][]): Figure['status'] => (s.includes('suppressed') ? 'suppressed' : s.includes('missing') ? 'missing' : 'ok');

/** a / b of two published counts (or figures); withheld or missing if either is. */
export function ratio(a: Count | Figure, b: Count | Figure, scale = 1): Figure {
  const av = 'n' in a ? a.n : a.value;
  const bv = 'n' in b ? b.n : b.value;
  if (av === null || bv === null) return { value: null, status: worst(a.status, b.status) };
  if (bv === 0) return { value: null, status: 'missing' };
  return { value: (av / bv) * scale, status: 'ok' };
}

/** 高技能人才 / 在库人才, both published cells. */
export const highSkillShare = (high: Count, total: Count): Figure => ratio(high, total);

/** Relative change of one published cell between two years. */
export function relativeChange(now: Count, before: Count): Figure {
  const r = ratio(now, before);
  return r.value === null ? r : { value: r.value - 1, status: 'ok' };
}

/** Change of a figure between two years, in its own unit (for a share: percentage points as a fraction). */
export function difference(now: Figure, before: Figure): Figure {
  if (now.value === null || before.value === null) return { value: null, status: worst(now.status, before.status) };
  return { value: now.value - before.value, status: 'ok' };
}

export type MetricId = 'count' | 'per_pop' | 'per_emp' | 'high_share' | 'count_change' | 'share_change';

export interface MetricDef {
  id: MetricId;
  label: string;
  unit: string;
  /** Whether the level selector applies. */
  usesLevel: boolean;
  scale: 'sequential' | 'diverging' | 'target';
  format: (v: number) => string;
}

export const METRICS: readonly MetricDef[] = [
  { id: 'count', label: '在库人数', unit: '人', usesLevel: true, scale: 'sequential', format: formatInt },
  { id: 'per_emp', label: '每万名就业人员中的在库人数', unit: '人/万名就业人员', usesLevel: true, scale: 'sequential', format: formatDecimal },
  { id: 'per_pop', label: '每万名常住人口中的在库人数', unit: '人/万人', usesLevel: true, scale: 'sequential', format: formatDecimal },
  { id: 'high_share', label: '高技能人才占比', unit: '%', usesLevel: false, scale: 'target', format: (v) => formatPercent(v) },
  { id: 'count_change', label: '在库人数同比变化', unit: '%', usesLevel: true, scale: 'diverging', format: formatChange },
  { id: 'share_change', label: '高技能人才占比同比变化', unit: '个百分点', usesLevel: false, scale: 'diverging', format: (v) => formatSignedDecimal(v * 100) }
];

export const metricDef = (id: MetricId): MetricDef => METRICS.find((m) => m.id === id)!;

export const isMetricId = (s: string | null): s is MetricId => METRICS.some((m) => m.id === s);

/** Population and employment per region and year. */
export class RegionStats {
  private readonly by = new Map<string, RegionStat>();
  constructor(rows: Iterable<RegionStat>) {
    for (const r of rows) this.by.set(`${r.year}|${r.region_code}`, r);
  }
  get(year: number, region: string, field: 'population' | 'employed'): Figure {
    const v = this.by.get(`${year}|${region}`)?.[field] ?? null;
    return v === null ? { value: null, status: 'missing' } : { value: v, status: 'ok' };
  }
}

/** One metric for one region and year. `totals` needs the `total` dimension of this and the previous year. */
export function metricValue(totals: TalentIndex, stats: RegionStats, metric: MetricId, cut: LevelCut, year: number, region: string): Figure {
  const count = (y: number, c: LevelCut = cut) => totals.count(y, region, c);
  const share = (y: number) => highSkillShare(count(y, 'high'), count(y, 'all'));
  switch (metric) {
    case 'count': {
      const c = count(year);
      return { value: c.n, status: c.status };
    }
    case 'per_emp':
      return ratio(count(year), stats.get(year, region, 'employed'), 10_000);
    case 'per_pop':
      return ratio(count(year), stats.get(year, region, 'population'), 10_000);
    case 'high_share':
      return share(year);
    case 'count_change':
      return relativeChange(count(year), count(year - 1));
    case 'share_change':
      return difference(share(year), share(year - 1));
  }
}

export interface LevelRow {
  level: number;
  label: string;
  count: Count;
  /** Share of all people in the region (published level ÷ published total). */
  share: Figure;
  high: boolean;
}

/** The 八级工 ladder of one region (optionally within one value of a dimension). */
export function levelDistribution(index: TalentIndex, year: number, region: string, dimension = 'total', value: string | null = null): LevelRow[] {
  const total = index.count(year, region, 'all', dimension, value);
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => {
    const count = index.count(year, region, level, dimension, value);
    return { level, label: skillLevelLabel(level), count, share: ratio(count, total), high: level >= HIGH_SKILL_MIN_LEVEL };
  });
}

export interface MarginalRow {
  value: string;
  total: Count;
  high: Count;
  highShare: Figure;
}

/** People per value of a dimension (all levels and the high-skill band), with the high-skill share. */
export function marginal(index: TalentIndex, year: number, region: string, dimension: string, values = index.dimensionValues(dimension)): MarginalRow[] {
  return values.map((value) => {
    const total = index.count(year, region, 'all', dimension, value);
    const high = index.count(year, region, 'high', dimension, value);
    return { value, total, high, highShare: highSkillShare(high, total) };
  });
}

export interface CrossRow {
  value: string;
  total: Count;
  levels: Count[];
}

/** Dimension value × skill level, each cell as published. */
export function crossTab(index: TalentIndex, year: number, region: string, dimension: string, values: readonly string[]): CrossRow[] {
  return values.map((value) => ({
    value,
    total: index.count(year, region, 'all', dimension, value),
    levels: Array.from({ length: MAX_LEVEL + 1 }, (_, l) => index.count(year, region, l, dimension, value))
  }));
}

export interface ShareYear {
  year: number;
  total: Count;
  high: Count;
  share: Figure;
  /** Share minus the 1/3 target, as a fraction (negative = behind). */
  gap: Figure;
}

export function shareTrend(totals: TalentIndex, years: readonly number[], region: string): ShareYear[] {
  return years.map((year) => {
    const total = totals.count(year, region, 'all');
    const high = totals.count(year, region, 'high');
    const share = highSkillShare(high, total);
    return { year, total, high, share, gap: difference(share, { value: HIGH_SKILL_SHARE_TARGET, status: 'ok' }) };
  });
}
