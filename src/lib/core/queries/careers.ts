/**
 * One occupation's career path (/careers/[code]/) and the index of paths (/careers/): pay per rung
 * comes from the wage page's `ladder` query; this file adds certification per rung, the bodies that
 * certify it, how each rung is reached, what it counts as, and the jobs and competition promotions
 * into it. Same SQL at build time and in the browser.
 */
import type { ResolvedEquivalence } from '../careers/equivalence';
import type { ResolvedRequirement } from '../careers/requirements';
import type { Manifest } from '../manifest';
import { occupationAncestor, occupationDepth } from '../occupation-codes';
import type { Query } from '../query';
import { ladder, levelCounts } from './occupation';

export interface CertificationCount {
  n_candidates: number | null;
  n_passed: number | null;
  pass_rate: number | null;
  suppressed: boolean;
}

export interface RungCertification extends CertificationCount {
  year: number;
  skill_level: number | null;
  route: string | null;
}

/** Candidates and passes of one 细类 by year × level × route (each or all), whole prefecture. */
export const rungCertification = (code: string, prefecture: string): Query<RungCertification[]> => ({
  name: 'careers.certification',
  datasets: ['certification_stats'],
  sql: `SELECT year::INTEGER AS year, skill_level::INTEGER AS skill_level, route, n_candidates::INTEGER AS n_candidates,
               n_passed::INTEGER AS n_passed, pass_rate, suppressed
        FROM certification_stats
        WHERE occupation_code = ? AND region_code = ? AND body_id IS NULL
        ORDER BY year, skill_level NULLS FIRST, route NULLS FIRST`,
  params: [code, prefecture]
});

export interface BodyEntry {
  body_id: string;
  name: string;
  kind: string;
  region_code: string | null;
  scope: string[];
  status: string | null;
}

/** "6,6-18,6-18-02,6-18-02-04": a 细类 and its groups, the scope entries that cover it. */
export const coveringCodes = (code: string): string =>
  Array.from({ length: occupationDepth(code) }, (_, i) => occupationAncestor(code, i + 1)).join(',');

/** The registered bodies whose scope covers the occupation (at its own code or a group above it). */
export const certifyingBodies = (code: string): Query<BodyEntry[]> => ({
  name: 'careers.bodies',
  datasets: ['evaluation_bodies'],
  sql: `SELECT body_id, name, kind, region_code, scope, status FROM evaluation_bodies
        WHERE list_has_any(scope, string_split(?, ','))
        ORDER BY CASE status WHEN '正常' THEN 0 WHEN '暂停' THEN 1 ELSE 2 END, region_code, body_id`,
  params: [coveringCodes(code)]
});

export interface BodyVolume extends CertificationCount {
  body_id: string;
  skill_level: number;
}

/** Candidates per body and level in the occupation, in one year (cells of body × 细类 × level). */
export const bodyVolumes = (code: string, year: number): Query<BodyVolume[]> => ({
  name: 'careers.body-volumes',
  datasets: ['certification_stats'],
  sql: `SELECT body_id, skill_level::INTEGER AS skill_level, n_candidates::INTEGER AS n_candidates, n_passed::INTEGER AS n_passed, pass_rate, suppressed
        FROM certification_stats
        WHERE occupation_code = ? AND year = ? AND body_id IS NOT NULL AND skill_level IS NOT NULL
        ORDER BY body_id, skill_level`,
  params: [code, year]
});

export const requirements = (code: string): Query<ResolvedRequirement[]> => ({
  name: 'careers.requirements',
  datasets: ['level_requirements'],
  sql: `SELECT occupation_code, to_level::INTEGER AS to_level, from_level::INTEGER AS from_level, min_years, alternatives, basis, source, rule_code
        FROM level_requirements WHERE occupation_code = ? ORDER BY to_level`,
  params: [code]
});

export const equivalences: Query<ResolvedEquivalence[]> = {
  name: 'careers.equivalences',
  datasets: ['level_equivalence'],
  sql: `SELECT skill_level::INTEGER AS skill_level, title_equivalent, education_equivalent, uses, basis, source
        FROM level_equivalence ORDER BY skill_level`,
  params: []
};

export interface JobsAtLevel {
  min_level: number;
  jobs: number;
  headcount: number | null;
}

/** Open jobs in the occupation by the minimum level they ask for. */
export const jobsByLevel = (code: string): Query<JobsAtLevel[]> => ({
  name: 'careers.jobs',
  datasets: ['jobs'],
  sql: `SELECT min_level::INTEGER AS min_level, count(*)::INTEGER AS jobs, sum(headcount)::INTEGER AS headcount
        FROM jobs WHERE occupation_code = ? AND min_level IS NOT NULL GROUP BY min_level ORDER BY min_level`,
  params: [code]
});

export interface PromotionCount {
  year: number;
  skill_level: number;
  n: number;
}

/** Competition results in the occupation that granted a level, by year and level granted. */
export const promotions = (code: string): Query<PromotionCount[]> => ({
  name: 'careers.promotions',
  datasets: ['competitions', 'competition_results'],
  sql: `SELECT c.year::INTEGER AS year, r.level_promotion::INTEGER AS skill_level, count(*)::INTEGER AS n
        FROM competition_results r JOIN competitions c USING (competition_id)
        WHERE r.occupation_code = ? AND r.level_promotion IS NOT NULL
        GROUP BY ALL ORDER BY year, skill_level`,
  params: [code]
});

/** Everything /careers/[code]/ prerenders, for the latest years the release holds. */
export function careerPlan(m: Manifest, code: string) {
  const pref = m.prefecture.code;
  const wageYear = m.years.wage.at(-1);
  const certYear = m.years.certification?.at(-1);
  const talentYear = m.years.talent.at(-1);
  return {
    ladder: wageYear === undefined ? null : ladder(code, pref, wageYear),
    certification: rungCertification(code, pref),
    bodies: certifyingBodies(code),
    volumes: certYear === undefined ? null : bodyVolumes(code, certYear),
    requirements: requirements(code),
    equivalences,
    levelCounts: talentYear === undefined ? null : levelCounts(code, pref, talentYear),
    jobs: jobsByLevel(code),
    promotions: promotions(code)
  };
}

export interface CareerIndexRow {
  code: string;
  name: string;
  aliases: string[];
  pinyin: string[];
  initials: string[];
  max_level: number | null;
  /** Candidates in the latest certification year, whole prefecture, all levels and routes. */
  n_candidates: number | null;
  pass_rate: number | null;
  cert_suppressed: boolean | null;
  /** Median of all levels in the latest wage year. */
  p50: number | null;
  wage_suppressed: boolean | null;
  unit: string | null;
}

/**
 * Every 细类 with a career page: with a wage cell or a certification cell in the release. Which
 * datasets exist decides the SQL, so a release without certification still lists its paths.
 */
export function careerIndex(m: Manifest): Query<CareerIndexRow[]> | null {
  const pref = m.prefecture.code;
  const wageYear = m.years.wage.at(-1);
  const certYear = m.years.certification?.at(-1);
  const hasWage = wageYear !== undefined && 'wage_prices' in m.datasets;
  const hasCert = certYear !== undefined && 'certification_stats' in m.datasets;
  if (!hasWage && !hasCert) return null;
  const w = hasWage
    ? `(SELECT occupation_code AS code, p50, suppressed, unit FROM wage_prices WHERE year = ${wageYear} AND region_code = ? AND skill_level IS NULL AND industry IS NULL AND occupation_depth = 4)`
    : '(SELECT NULL::VARCHAR AS code, NULL::DOUBLE AS p50, NULL::BOOLEAN AS suppressed, NULL::VARCHAR AS unit WHERE false)';
  const c = hasCert
    ? `(SELECT occupation_code AS code, n_candidates, pass_rate, suppressed FROM certification_stats WHERE year = ${certYear} AND region_code = ? AND skill_level IS NULL AND route IS NULL AND body_id IS NULL AND occupation_depth = 4)`
    : '(SELECT NULL::VARCHAR AS code, NULL::INTEGER AS n_candidates, NULL::DOUBLE AS pass_rate, NULL::BOOLEAN AS suppressed WHERE false)';
  return {
    name: 'careers.index',
    datasets: ['occupations', ...(hasWage ? ['wage_prices'] : []), ...(hasCert ? ['certification_stats'] : [])],
    sql: `SELECT o.code, o.name, o.aliases, o.pinyin, o.initials, o.max_level::INTEGER AS max_level,
                 c.n_candidates::INTEGER AS n_candidates, c.pass_rate, c.suppressed AS cert_suppressed,
                 w.p50, w.suppressed AS wage_suppressed, w.unit
          FROM occupations o LEFT JOIN ${w} w ON w.code = o.code LEFT JOIN ${c} c ON c.code = o.code
          WHERE w.code IS NOT NULL OR c.code IS NOT NULL
          ORDER BY o.code`,
    params: [...(hasWage ? [pref] : []), ...(hasCert ? [pref] : [])]
  };
}
