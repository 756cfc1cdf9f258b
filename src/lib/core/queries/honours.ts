/**
 * Honours on /competitions/ (竞赛与荣誉): the roll of one year, counts by year and title, and the
 * 技能大师工作室, for the page's filter (county, tier, an occupation group) and a title. Names are
 * as published: announced ones, else 王某 (the pipeline decides).
 */
import type { Param, Query } from '../query';
import { honoursOfTier } from '../honours/titles';

export interface HonoursFilter {
  /** The holder's county. */
  county: string | null;
  /** A competition tier code (national, provincial, prefecture; others confer no honour). */
  tier: string | null;
  /** An occupation 大类 or 中类; matches every occupation below it. */
  group: string | null;
  /** One title of the roll. */
  honour: string | null;
}

export interface HonourRow {
  honour: string;
  year: number;
  holder: string;
  name_announced: boolean;
  occupation_code: string | null;
  occupation: string | null;
  unit: string | null;
  region_code: string | null;
  county: string | null;
  studio: string | null;
  pool_ref: string | null;
}

/** The filter as SQL conditions on `h` with their parameters (every value bound). */
function where(f: HonoursFilter): { sql: string; params: Param[] } {
  // a title outside the tier asked for gives none, like any other contradictory filter
  const honours = honoursOfTier(f.tier).filter((h) => !f.honour || h === f.honour);
  const parts = [`list_contains(string_split(?, '|'), h.honour)`];
  const params: Param[] = [honours.join('|')];
  if (f.county) (parts.push('h.region_code = ?'), params.push(f.county));
  if (f.group) (parts.push(`starts_with(coalesce(h.occupation_code, ''), ?)`), params.push(`${f.group}-`));
  return { sql: parts.join(' AND '), params };
}

const ROW = `h.honour, h.year::INTEGER AS year, h.holder, h.name_announced, h.occupation_code, o.name AS occupation, h.unit, h.region_code, r.name AS county, h.studio, h.pool_ref`;
const JOINS = 'LEFT JOIN occupations o ON o.code = h.occupation_code LEFT JOIN regions r ON r.code = h.region_code';
const RANK = `list_position(string_split(?, '|'), h.honour)`;
const DATASETS = ['honours', 'occupations', 'regions'];
const ALL = honoursOfTier(null).join('|');

/** One year's roll, highest title first. */
export const honoursRoll = (f: HonoursFilter, year: number): Query<HonourRow[]> => {
  const w = where(f);
  return {
    name: 'honours.roll',
    datasets: DATASETS,
    sql: `SELECT ${ROW} FROM honours h ${JOINS} WHERE h.year = ? AND ${w.sql} ORDER BY ${RANK}, h.region_code, h.holder`,
    params: [year, ...w.params, ALL]
  };
};

export interface HonourCount {
  year: number;
  honour: string;
  n: number;
}

/** How many were honoured, by year and title (the roll's history). */
export const honoursByYear = (f: HonoursFilter): Query<HonourCount[]> => {
  const w = where(f);
  return {
    name: 'honours.by-year',
    datasets: ['honours'],
    sql: `SELECT h.year::INTEGER AS year, h.honour, count(*)::INTEGER AS n, ${RANK} AS rank FROM honours h WHERE ${w.sql} GROUP BY h.year, h.honour ORDER BY year, rank`,
    map: (rows) => rows.map(({ year, honour, n }) => ({ year, honour, n }) as HonourCount),
    params: [ALL, ...w.params]
  };
};

export interface Studios {
  rows: HonourRow[];
  /** How many there are in all (`rows` may hold the newest only). */
  total: number;
}

/** The 技能大师工作室 (every year), newest first: the first `limit`, or all (null), and how many there are. */
export const honoursStudios = (f: Omit<HonoursFilter, 'honour' | 'tier'>, limit: number | null): Query<Studios> => {
  const w = where({ ...f, tier: null, honour: '技能大师工作室' });
  return {
    name: 'honours.studios',
    datasets: DATASETS,
    sql: `SELECT ${ROW}, count(*) OVER ()::INTEGER AS total FROM honours h ${JOINS} WHERE ${w.sql} ORDER BY h.year DESC, h.region_code, h.holder LIMIT ?`,
    params: [...w.params, limit ?? 1_000_000],
    map: (rows) => ({ rows: rows.map(({ total: _, ...r }) => r as unknown as HonourRow), total: (rows[0]?.total as number | undefined) ?? 0 })
  };
};

export const honourYears: Query<number[]> = {
  name: 'honours.years',
  datasets: ['honours'],
  sql: 'SELECT DISTINCT year::INTEGER AS year FROM honours ORDER BY year',
  params: [],
  map: (rows) => rows.map((r) => r.year as number)
};

export interface PoolHonour {
  honour: string;
  year: number;
}

/** The honours of one pool entry (its consenting holder's reference), newest first. */
export const poolHonours = (ref: string): Query<PoolHonour[]> => ({
  name: 'honours.of-pool-entry',
  datasets: ['honours'],
  sql: `SELECT h.honour, h.year::INTEGER AS year FROM honours h WHERE h.pool_ref = ? ORDER BY h.year DESC, ${RANK}`,
  params: [ref, ALL]
});
