/**
 * The 技能评价 page (/certification/): each panel is one query over certification_stats for the
 * view's filters (core/certification/view.ts), every figure one published cell.
 */
import type { CertificationView } from '../certification/view';
import type { Manifest } from '../manifest';
import type { Query } from '../query';
import { coveringCodes, type CertificationCount } from './careers';

const COUNTS = `n_candidates::INTEGER AS n_candidates, n_passed::INTEGER AS n_passed, pass_rate, suppressed`;
/** The view's cells outside the bodies: its year, group, region (and level or route unless split by it). */
const where = `body_id IS NULL AND occupation_code IS NOT DISTINCT FROM ?`;

export interface LevelCount extends CertificationCount {
  skill_level: number;
}

export const byLevel = (v: CertificationView): Query<LevelCount[]> => ({
  name: 'certification.levels',
  datasets: ['certification_stats'],
  sql: `SELECT skill_level::INTEGER AS skill_level, ${COUNTS} FROM certification_stats
        WHERE ${where} AND year = ? AND region_code = ? AND route IS NOT DISTINCT FROM ? AND skill_level IS NOT NULL
        ORDER BY skill_level`,
  params: [v.group, v.year, v.county, v.route]
});

export interface RouteCount extends CertificationCount {
  route: string;
}

export const byRoute = (v: CertificationView): Query<RouteCount[]> => ({
  name: 'certification.routes',
  datasets: ['certification_stats'],
  sql: `SELECT route, ${COUNTS} FROM certification_stats
        WHERE ${where} AND year = ? AND region_code = ? AND skill_level IS NOT DISTINCT FROM ? AND route IS NOT NULL
        ORDER BY route`,
  params: [v.group, v.year, v.county, v.level]
});

export interface CountyCount extends CertificationCount {
  region_code: string | null;
}

/** Every county's cell (and the records of bodies that name no county, region_code null). */
export const byCounty = (v: CertificationView, prefecture: string): Query<CountyCount[]> => ({
  name: 'certification.counties',
  datasets: ['certification_stats'],
  sql: `SELECT region_code, ${COUNTS} FROM certification_stats
        WHERE ${where} AND year = ? AND region_code IS DISTINCT FROM ? AND skill_level IS NOT DISTINCT FROM ? AND route IS NOT DISTINCT FROM ?
        ORDER BY region_code NULLS LAST`,
  params: [v.group, v.year, prefecture, v.level, v.route]
});

export interface YearLevelCount extends CertificationCount {
  year: number;
  /** Null: the view's level (all levels when the view has none). */
  skill_level: number | null;
}

/** Every year: the view's level (or all), and 技师 and 高级技师 for the trend of new ones. */
export const trend = (v: CertificationView): Query<YearLevelCount[]> => ({
  name: 'certification.trend',
  datasets: ['certification_stats'],
  sql: `SELECT year::INTEGER AS year, skill_level::INTEGER AS skill_level, ${COUNTS} FROM certification_stats
        WHERE ${where} AND region_code = ? AND route IS NOT DISTINCT FROM ?
          AND (skill_level IS NOT DISTINCT FROM ? OR skill_level IN (5, 6))
        ORDER BY year, skill_level NULLS FIRST`,
  params: [v.group, v.county, v.route, v.level]
});

export interface BodyRow extends CertificationCount {
  body_id: string;
  name: string;
  kind: string;
  region_code: string | null;
  scope: string[];
  status: string | null;
}

/**
 * The register (the view's county only, when one is chosen; bodies whose scope covers the group or
 * part of it, when one is chosen) with each body's candidates in the view's year, level and route. A body
 * without a cell held no assessment that matches: its volume is 0, not withheld.
 */
export const bodies = (v: CertificationView, prefecture: string): Query<BodyRow[]> => ({
  name: 'certification.bodies',
  datasets: ['evaluation_bodies', 'certification_stats'],
  sql: `SELECT b.body_id, b.name, b.kind, b.region_code, b.scope, b.status,
               s.n_candidates::INTEGER AS n_candidates, s.n_passed::INTEGER AS n_passed, s.pass_rate, s.suppressed
        FROM evaluation_bodies b
        LEFT JOIN certification_stats s ON s.body_id = b.body_id AND s.year = ? AND s.occupation_code IS NULL
          AND s.skill_level IS NOT DISTINCT FROM ? AND s.route IS NOT DISTINCT FROM ?
        WHERE (? = ? OR b.region_code = ?)
          AND (?::VARCHAR IS NULL OR list_has_any(b.scope, string_split(?, ',')) OR contains(',' || array_to_string(b.scope, ','), ',' || ? || '-'))
        ORDER BY s.n_candidates DESC NULLS LAST, b.body_id`,
  params: [v.year, v.level, v.route, v.county, prefecture, v.county, v.group, v.group === null ? null : coveringCodes(v.group), v.group]
});

export function certificationPlan(m: Manifest, v: CertificationView) {
  const pref = m.prefecture.code;
  if (!m.years.certification?.length) return { levels: null, routes: null, counties: null, trend: null, bodies: null };
  return { levels: byLevel(v), routes: byRoute(v), counties: byCounty(v, pref), trend: trend(v), bodies: bodies(v, pref) };
}
