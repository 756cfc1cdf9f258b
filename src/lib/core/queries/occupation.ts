/**
 * One occupation's wage page: the skill-level ladder, the trend, the counties, related
 * occupations and how many people hold each level.
 */
import type { Manifest } from '../manifest';
import { occupationAncestor, occupationDepth } from '../occupation-codes';
import type { Query } from '../query';
import type { WageCell } from '../wage-cell';

export interface LadderRow extends WageCell {
  skill_level: number | null;
}

const cell = (t = '') => `${t}skill_level::INTEGER AS skill_level, ${t}n_workers::INTEGER AS n_workers,
  ${t}n_enterprises::INTEGER AS n_enterprises, ${t}p10 AS p10, ${t}p25 AS p25, ${t}p50 AS p50, ${t}p75 AS p75, ${t}p90 AS p90,
  ${t}suppressed AS suppressed, ${t}quality_flags AS quality_flags, ${t}unit AS unit`;

/** Every level (and all levels) of one occupation in one region and year, all industries. */
export const ladder = (code: string, region: string, year: number): Query<LadderRow[]> => ({
  name: 'occupation.ladder',
  datasets: ['wage_prices'],
  sql: `SELECT ${cell()} FROM wage_prices
        WHERE occupation_code = ? AND region_code = ? AND year = ? AND industry IS NULL
        ORDER BY skill_level NULLS FIRST`,
  params: [code, region, year]
});

export interface TrendRow extends LadderRow {
  year: number;
}

export const trend = (code: string, region: string): Query<TrendRow[]> => ({
  name: 'occupation.trend',
  datasets: ['wage_prices'],
  sql: `SELECT year::INTEGER AS year, ${cell()} FROM wage_prices
        WHERE occupation_code = ? AND region_code = ? AND industry IS NULL AND skill_level IS NULL
        ORDER BY year`,
  params: [code, region]
});

export interface CountyRow extends LadderRow {
  region_code: string;
  name: string;
}

export const counties = (code: string, year: number, level: number | null): Query<CountyRow[]> => ({
  name: 'occupation.counties',
  datasets: ['wage_prices', 'regions'],
  sql: `SELECT r.code AS region_code, r.name, ${cell('w.')}
        FROM regions r LEFT JOIN wage_prices w
          ON w.region_code = r.code AND w.occupation_code = ? AND w.year = ? AND w.industry IS NULL AND w.skill_level IS NOT DISTINCT FROM ?
        WHERE r.kind = 'county'
        ORDER BY w.p50 DESC NULLS LAST, r.code`,
  params: [code, year, level]
});

export interface RelatedRow {
  code: string;
  name: string;
  p50: number | null;
  suppressed: boolean | null;
}

/** Siblings under the same parent group, with their median (whole prefecture, all levels). */
export const related = (code: string, prefecture: string, year: number): Query<RelatedRow[]> => {
  const parent = occupationDepth(code) > 1 ? occupationAncestor(code, occupationDepth(code) - 1) : null;
  return {
    name: 'occupation.related',
    datasets: ['wage_prices', 'occupations', 'occupation_groups'],
    sql: `WITH names AS (SELECT code, name FROM occupations UNION ALL SELECT code, name FROM occupation_groups)
          SELECT n.code, n.name, w.p50, w.suppressed
          FROM names n LEFT JOIN wage_prices w
            ON w.occupation_code = n.code AND w.region_code = ? AND w.year = ? AND w.industry IS NULL AND w.skill_level IS NULL
          WHERE n.code <> ? AND len(string_split(n.code, '-')) = ? AND starts_with(n.code, ?)
          ORDER BY n.code`,
    params: [prefecture, year, code, occupationDepth(code), parent ? `${parent}-` : '']
  };
};

export interface ChildRow extends LadderRow {
  code: string;
  name: string;
}

/**
 * A group's direct children (中类 under a 大类, …, 细类 under a 小类) with their figures (whole
 * prefecture, all levels): the links by which a reader without JavaScript reaches every 细类.
 */
export const children = (code: string, prefecture: string, year: number): Query<ChildRow[]> => ({
  name: 'occupation.children',
  datasets: ['wage_prices', 'occupations', 'occupation_groups'],
  sql: `WITH names AS (SELECT code, name FROM occupations UNION ALL SELECT code, name FROM occupation_groups)
        SELECT n.code, n.name, ${cell('w.')}
        FROM names n LEFT JOIN wage_prices w
          ON w.occupation_code = n.code AND w.region_code = ? AND w.year = ? AND w.industry IS NULL AND w.skill_level IS NULL
        WHERE starts_with(n.code, ?) AND len(string_split(n.code, '-')) = ?
        ORDER BY n.code`,
  params: [prefecture, year, `${code}-`, occupationDepth(code) + 1]
});

export interface LevelCount {
  skill_level: number;
  n: number | null;
  suppressed: boolean;
}

/** People registered at each level in the occupation's 中类 (talent statistics go no finer). */
export const levelCounts = (code: string, prefecture: string, year: number): Query<LevelCount[]> => ({
  name: 'occupation.level-counts',
  datasets: ['talent_stats'],
  sql: `SELECT skill_level::INTEGER AS skill_level, n::INTEGER AS n, suppressed FROM talent_stats
        WHERE year = ? AND region_code = ? AND dimension = 'occupation' AND value = ? AND skill_level IS NOT NULL
        ORDER BY skill_level`,
  params: [year, prefecture, occupationAncestor(code, Math.min(2, occupationDepth(code)))]
});

export function occupationPlan(m: Manifest, code: string) {
  const year = m.years.wage.at(-1);
  const talentYear = m.years.talent.at(-1);
  const pref = m.prefecture.code;
  return {
    ladder: year === undefined ? null : ladder(code, pref, year),
    trend: year === undefined ? null : trend(code, pref),
    counties: year === undefined ? null : counties(code, year, null),
    related: year === undefined ? null : related(code, pref, year),
    children: year === undefined || occupationDepth(code) >= 4 ? null : children(code, pref, year),
    levelCounts: talentYear === undefined ? null : levelCounts(code, pref, talentYear)
  };
}
