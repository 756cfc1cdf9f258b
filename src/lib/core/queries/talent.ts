/**
 * The talent distribution page (/talent): published `talent_stats` cells, population and
 * employment, names. Counties are filtered in memory: the page loads every cell of a year once
 * (a few thousand rows) and a county click only looks cells up (core/talent-metrics.ts).
 */
import type { Manifest } from '../manifest';
import type { Query } from '../query';
import type { RegionStat, TalentCell } from '../talent-metrics';
import { regionEntries } from './wages';

const CELL_COLUMNS = `year::INTEGER AS year, region_code, skill_level::INTEGER AS skill_level, high_skill, dimension, value, n::INTEGER AS n, suppressed`;

/** Totals (no breakdown) of every region and year: the map, the trend and year-on-year changes. */
export const talentTotals: Query<TalentCell[]> = {
  name: 'talent.totals',
  datasets: ['talent_stats'],
  sql: `SELECT ${CELL_COLUMNS} FROM talent_stats WHERE dimension = 'total' ORDER BY year, region_code`,
  params: []
};

/**
 * The breakdowns (occupation, industry, gender, age band) of one year, for one region or all
 * (null: the page's year cache, about 7,000 cells, after which a county click only looks cells
 * up). Named per year and region, so that while one loads no other stands in for it on screen:
 * another year's or region's cells would read as 无数据 here.
 */
export const talentBreakdowns = (year: number, region: string | null): Query<TalentCell[]> => ({
  name: `talent.breakdowns.${year}.${region ?? 'all'}`,
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
