/**
 * The talent distribution page (/talent): published `talent_stats` cells, population and
 * employment, names. Counties are filtered in memory: the page loads every cell of a year once
 * (a few thousand rows) and a county click only looks cells up (core/talent-metrics.ts).
 */
import type { Manifest } from '../manifest';
import type { Query } from '../query';
import { isMetricId, parseLevelCut, type LevelCut, type MetricId, type RegionStat, type TalentCell } from '../talent-metrics';
import { regionEntries } from './wages';

export interface TalentView {
  year: number;
  metric: MetricId;
  level: LevelCut;
  /** Selected county; null = the whole prefecture. */
  county: string | null;
  /** Comparison region: another county or the prefecture's code; null = no comparison. */
  vs: string | null;
  /** Occupation depth of the occupation × level chart: 大类 (1) or 中类 (2). */
  occ: 1 | 2;
}

export function defaultTalentView(m: Manifest): TalentView {
  return { year: m.years.talent.at(-1) ?? 0, metric: 'high_share', level: 'all', county: null, vs: null, occ: 1 };
}

/** Reads a view from the URL, ignoring anything malformed (a stale or hand-edited link still opens). */
export function parseTalentView(params: URLSearchParams, m: Manifest, counties: readonly string[]): TalentView {
  const v = defaultTalentView(m);
  const year = Number(params.get('year'));
  if (m.years.talent.includes(year)) v.year = year;
  const metric = params.get('metric');
  if (isMetricId(metric)) v.metric = metric;
  v.level = parseLevelCut(params.get('level')) ?? v.level;
  const county = params.get('county');
  if (county && counties.includes(county)) v.county = county;
  const vs = params.get('vs');
  // a county against the prefecture or another county; the prefecture against a county
  if (vs && vs !== v.county && (counties.includes(vs) || (vs === m.prefecture.code && v.county))) v.vs = vs;
  if (params.get('occ') === '2') v.occ = 2;
  return v;
}

/** The URL query for a view; defaults are left out so links stay short. */
export function talentViewParams(v: TalentView, m: Manifest): URLSearchParams {
  const d = defaultTalentView(m);
  const p = new URLSearchParams();
  if (v.year !== d.year) p.set('year', String(v.year));
  if (v.metric !== d.metric) p.set('metric', v.metric);
  if (v.level !== d.level) p.set('level', String(v.level));
  if (v.county) p.set('county', v.county);
  if (v.vs) p.set('vs', v.vs);
  if (v.occ !== d.occ) p.set('occ', String(v.occ));
  return p;
}

const CELL_COLUMNS = `year::INTEGER AS year, region_code, skill_level::INTEGER AS skill_level, high_skill, dimension, value, n::INTEGER AS n, suppressed`;

/** Totals (no breakdown) of every region and year: the map, the trend and year-on-year changes. */
export const talentTotals: Query<TalentCell[]> = {
  name: 'talent.totals',
  datasets: ['talent_stats'],
  sql: `SELECT ${CELL_COLUMNS} FROM talent_stats WHERE dimension = 'total' ORDER BY year, region_code`,
  params: []
};

/** The breakdowns (occupation, industry, gender, age band) of one year, for one region or all (null). */
export const talentBreakdowns = (year: number, region: string | null): Query<TalentCell[]> => ({
  name: 'talent.breakdowns',
  datasets: ['talent_stats'],
  sql: `SELECT ${CELL_COLUMNS} FROM talent_stats
        WHERE year = ? AND dimension <> 'total' AND (region_code = ? OR ? IS NULL)
        ORDER BY dimension, value, region_code`,
  params: [year, region, region]
});

export const regionStats: Query<RegionStat[]> = {
  name: 'talent.region-stats',
  datasets: ['region_stats'],
  sql: `SELECT region_code, year::INTEGER AS year, population::DOUBLE AS population, employed::DOUBLE AS employed FROM region_stats ORDER BY year, region_code`,
  params: []
};

export interface GroupName {
  code: string;
  name: string;
}

export const occupationGroupNames: Query<GroupName[]> = {
  name: 'talent.occupation-groups',
  datasets: ['occupation_groups'],
  sql: `SELECT code, name FROM occupation_groups WHERE depth <= 2 ORDER BY code`,
  params: []
};

/** What the page prerenders: the whole prefecture in the latest year, and everything small. */
export function talentPlan(m: Manifest) {
  const year = m.years.talent.at(-1);
  return {
    totals: talentTotals,
    breakdowns: year === undefined ? null : talentBreakdowns(year, m.prefecture.code),
    stats: regionStats,
    regions: regionEntries,
    groups: occupationGroupNames
  };
}
