/**
 * The overview page's figures: talent KPIs against the targets, latest wage medians by level,
 * latest competition medals. Same SQL at build time (Node) and in the browser (wasm).
 */
import { AWARD_MEDAL } from '../awards';
import type { Manifest } from '../manifest';
import { HIGH_SKILL_SHARE_TARGET } from '../targets';
import type { Query } from '../query';
import { catalogueFigures, prefectureOutcomes } from './training';

export interface TalentYear {
  year: number;
  total: number | null;
  high: number | null;
  share: number | null;
}

export interface TalentKpis {
  latest: TalentYear | null;
  previous: TalentYear | null;
  /** Change in the high-skill share since the previous year (fraction, not points). */
  shareChange: number | null;
  totalChange: number | null;
  highChange: number | null;
  target: number;
  series: TalentYear[];
}

export function talentKpisFrom(rows: TalentYear[]): TalentKpis {
  const series = rows.map((r) => ({ ...r, share: r.total && r.high != null ? r.high / r.total : null }));
  const latest = series.at(-1) ?? null;
  const previous = series.at(-2) ?? null;
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b ? a / b - 1 : null);
  return {
    latest,
    previous,
    shareChange: latest?.share != null && previous?.share != null ? latest.share - previous.share : null,
    totalChange: ratio(latest?.total, previous?.total),
    highChange: ratio(latest?.high, previous?.high),
    target: HIGH_SKILL_SHARE_TARGET,
    series
  };
}

export const talentKpis = (prefecture: string): Query<TalentKpis> => ({
  name: 'overview.talent',
  datasets: ['talent_stats'],
  sql: `SELECT year::INTEGER AS year,
               max(n) FILTER (WHERE high_skill IS NULL)::INTEGER AS total,
               max(n) FILTER (WHERE high_skill)::INTEGER AS high
        FROM talent_stats
        WHERE region_code = ? AND dimension = 'total' AND skill_level IS NULL
        GROUP BY year ORDER BY year`,
  params: [prefecture],
  map: (rows) => talentKpisFrom(rows as unknown as TalentYear[])
});

export interface LevelMedian {
  skill_level: number;
  p50: number | null;
  p25: number | null;
  p75: number | null;
  n_workers: number;
  suppressed: boolean;
  unit: string;
}

/** Medians by skill level for all occupations, the whole prefecture, all industries. */
export const levelMedians = (prefecture: string, year: number): Query<LevelMedian[]> => ({
  name: 'overview.level-medians',
  datasets: ['wage_prices'],
  sql: `SELECT skill_level::INTEGER AS skill_level, p25, p50, p75, n_workers::INTEGER AS n_workers, suppressed, unit
        FROM wage_prices
        WHERE year = ? AND region_code = ? AND occupation_depth = 0 AND industry IS NULL AND skill_level IS NOT NULL
          AND source = 'survey'
        ORDER BY skill_level`,
  params: [year, prefecture]
});

export interface MedalRow {
  tier: string;
  gold: number;
  silver: number;
  bronze: number;
  excellence: number;
  promotions: number;
}

export function medalsByTier(rows: { tier: string; award: string; n: number; promotions: number }[]): MedalRow[] {
  const by = new Map<string, MedalRow>();
  for (const r of rows) {
    const m = by.get(r.tier) ?? { tier: r.tier, gold: 0, silver: 0, bronze: 0, excellence: 0, promotions: 0 };
    const medal = AWARD_MEDAL[r.award];
    if (medal) m[medal] += r.n;
    m.promotions += r.promotions;
    by.set(r.tier, m);
  }
  const order = ['national', 'provincial', 'prefecture', 'county', 'industry'];
  return [...by.values()].sort((a, b) => order.indexOf(a.tier) - order.indexOf(b.tier));
}

export const latestMedals = (year: number): Query<MedalRow[]> => ({
  name: 'overview.medals',
  datasets: ['competitions', 'competition_results'],
  sql: `SELECT c.tier, r.award, count(*)::INTEGER AS n, count(r.level_promotion)::INTEGER AS promotions
        FROM competition_results r JOIN competitions c USING (competition_id)
        WHERE c.year = ?
        GROUP BY c.tier, r.award ORDER BY c.tier, r.award`,
  params: [year],
  map: (rows) => medalsByTier(rows as unknown as { tier: string; award: string; n: number; promotions: number }[])
});

export interface CertificationYear {
  year: number;
  n_candidates: number | null;
  pass_rate: number | null;
  /** Passes at 技师 and 高级技师 (null when either cell is withheld). */
  new_high: number | null;
}

/** The prefecture's certification totals by year: candidates, pass rate, new 技师 and 高级技师. */
export const certificationOverview = (prefecture: string): Query<CertificationOverview> => ({
  name: 'overview.certification',
  datasets: ['certification_stats'],
  sql: `SELECT year::INTEGER AS year,
               max(n_candidates) FILTER (WHERE skill_level IS NULL)::INTEGER AS n_candidates,
               max(pass_rate) FILTER (WHERE skill_level IS NULL) AS pass_rate,
               CASE WHEN count(*) FILTER (WHERE skill_level IN (5, 6) AND NOT suppressed) = 2
                    THEN sum(n_passed) FILTER (WHERE skill_level IN (5, 6)) END::INTEGER AS new_high
        FROM certification_stats
        WHERE region_code = ? AND occupation_code IS NULL AND route IS NULL AND body_id IS NULL
          AND (skill_level IS NULL OR skill_level IN (5, 6))
        GROUP BY year ORDER BY year`,
  params: [prefecture],
  map: (rows) => ({ years: rows as unknown as CertificationYear[] })
});

export interface CertificationOverview {
  years: CertificationYear[];
}

/** Everything the overview shows, for the latest years the release holds. */
export function overviewPlan(m: Manifest) {
  const pref = m.prefecture.code;
  const wageYear = m.years.wage.at(-1);
  const compYear = m.years.competitions.at(-1);
  return {
    talent: talentKpis(pref),
    levels: wageYear === undefined ? null : levelMedians(pref, wageYear),
    medals: compYear === undefined ? null : latestMedals(compYear),
    certification: m.years.certification?.length ? certificationOverview(pref) : null,
    training: prefectureOutcomes,
    catalogue: catalogueFigures(m.as_of)
  };
}
