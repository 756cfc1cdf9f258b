/**
 * The 技能竞赛 page: competitions by year and tier, results per competition and event, medal
 * tables by county or unit, and trends. One filter (year × tier × occupation group × county)
 * applies to all of them; the view state lives in the URL (core/competitions/view.ts).
 */
import { AWARD_MEDAL } from '../awards';
import type { CompetitionView } from '../competitions/view';
import { COMPETITION_TIERS } from '../enums';
import type { TrendCount } from '../competition-trends';
import { medalTable, type AwardCount, type MedalTableRow } from '../medal-table';
import type { Param, Query } from '../query';

export interface CompetitionFilter {
  year: number | null;
  tier: string | null;
  /** An occupation 大类 (`6`) or 中类 (`6-18`); matches every event below it. */
  group: string | null;
  /** The contestant's county (6-digit code). */
  county: string | null;
}

const TIERS = COMPETITION_TIERS.map((t) => t.code);

/** Award codes on the medal scale, from awards.ts, as an SQL list of constants. */
const MEDAL_AWARDS_SQL = Object.entries(AWARD_MEDAL)
  .filter(([award, medal]) => medal !== null && /^[a-z]+$/.test(award))
  .map(([award]) => `'${award}'`)
  .join(', ');

/** WHERE conditions on results `r` joined to competitions `c`; values are bound, never spliced. */
function conditions(f: CompetitionFilter, { year = true, competition = true } = {}): { results: string[]; competitions: string[]; params: Param[]; competitionParams: Param[] } {
  const out = { results: [] as string[], competitions: [] as string[], params: [] as Param[], competitionParams: [] as Param[] };
  if (competition && year && f.year !== null) {
    out.competitions.push('c.year = ?');
    out.competitionParams.push(f.year);
  }
  if (competition && f.tier) {
    out.competitions.push('c.tier = ?');
    out.competitionParams.push(f.tier);
  }
  if (f.group) {
    out.results.push('(r.occupation_code = ? OR starts_with(r.occupation_code, ?))');
    out.params.push(f.group, `${f.group}-`);
  }
  if (f.county) {
    out.results.push('r.region_code = ?');
    out.params.push(f.county);
  }
  return out;
}

const where = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');

export interface CompetitionListRow {
  id: string;
  name: string;
  year: number;
  tier: string;
  organizer: string | null;
  date: string | null;
  events: number;
  entries: number;
  medals: number;
  promotions: number;
}

/** Latest year first; within a year national before provincial … before industry, then by date. */
export function sortCompetitions(rows: CompetitionListRow[]): CompetitionListRow[] {
  return [...rows].sort((a, b) => b.year - a.year || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

/**
 * Competitions matching the filter, with the entries, medals and promotions of the results that
 * match it. With a county or group filter, a competition without a matching result is left out.
 */
export function competitionList(f: CompetitionFilter): Query<CompetitionListRow[]> {
  const c = conditions(f);
  const on = ['r.competition_id = c.competition_id', ...c.results].join(' AND ');
  return {
    name: 'competitions.list',
    datasets: ['competitions', 'competition_results'],
    sql: `SELECT c.competition_id AS id, c.name, c.year::INTEGER AS year, c.tier, c.organizer, c.date::VARCHAR AS date,
                 count(DISTINCT r.event)::INTEGER AS events, count(r.event)::INTEGER AS entries,
                 count(r.event) FILTER (WHERE r.award IN (${MEDAL_AWARDS_SQL}))::INTEGER AS medals,
                 count(r.level_promotion)::INTEGER AS promotions
          FROM competitions c LEFT JOIN competition_results r ON ${on}
          ${where(c.competitions)}
          GROUP BY ALL
          ${c.results.length ? 'HAVING count(r.event) > 0' : ''}`,
    params: [...c.params, ...c.competitionParams],
    map: (rows) => sortCompetitions(rows as unknown as CompetitionListRow[])
  };
}

export interface ResultRow {
  event: string;
  occupation_code: string | null;
  occupation: string | null;
  contestant: string;
  name_announced: boolean;
  unit: string | null;
  unit_kind: string | null;
  region_code: string | null;
  county: string | null;
  rank: number | null;
  award: string;
  score: number | null;
  level_promotion: number | null;
  pool_ref: string | null;
}

export interface EventResults {
  event: string;
  occupation_code: string | null;
  occupation: string | null;
  rows: ResultRow[];
}

export function groupByEvent(rows: readonly ResultRow[]): EventResults[] {
  const by = new Map<string, EventResults>();
  for (const r of rows) {
    const e = by.get(r.event) ?? { event: r.event, occupation_code: r.occupation_code, occupation: r.occupation, rows: [] };
    e.rows.push(r);
    by.set(r.event, e);
  }
  return [...by.values()];
}

/** One competition's results by event, limited to the group and county of the filter. */
export function competitionResults(id: string, f: CompetitionFilter): Query<EventResults[]> {
  const c = conditions(f, { competition: false });
  return {
    name: 'competitions.results',
    datasets: ['competition_results', 'occupations', 'regions'],
    sql: `SELECT r.event, r.occupation_code, o.name AS occupation, r.contestant, r.name_announced, r.unit, r.unit_kind,
                 r.region_code, g.name AS county, r.rank::INTEGER AS rank, r.award, r.score,
                 r.level_promotion::INTEGER AS level_promotion, r.pool_ref
          FROM competition_results r
          LEFT JOIN occupations o ON o.code = r.occupation_code
          LEFT JOIN regions g ON g.code = r.region_code
          ${where(['r.competition_id = ?', ...c.results])}
          ORDER BY r.event, r.rank NULLS LAST, r.score DESC NULLS LAST`,
    params: [id, ...c.params],
    map: (rows) => groupByEvent(rows as unknown as ResultRow[])
  };
}

/**
 * Award counts per county or per unit for the filter, added up into a medal table by
 * `medalTable` (points and medals from awards.ts). A county table lists every county with an
 * entry; a unit table the enterprises and schools with at least one medal (contestants entered as
 * individuals, unit kind `other`, are not a unit).
 */
export function medalTableQuery(f: CompetitionFilter, by: 'county' | 'unit'): Query<MedalTableRow[]> {
  const c = conditions(f);
  const filtered = `SELECT r.* FROM competition_results r JOIN competitions c USING (competition_id) ${where([...c.competitions, ...c.results])}`;
  const sql =
    by === 'county'
      ? `WITH f AS (${filtered})
         SELECT f.region_code AS key, coalesce(g.name, f.region_code) AS name, f.award,
                count(*)::INTEGER AS n, count(f.level_promotion)::INTEGER AS promotions
         FROM f LEFT JOIN regions g ON g.code = f.region_code
         WHERE f.region_code IS NOT NULL
         GROUP BY ALL`
      : `WITH f AS (${filtered}),
         u AS (SELECT unit, mode(unit_kind) AS kind, mode(region_code) AS region_code FROM f
               WHERE unit IS NOT NULL AND unit_kind IS DISTINCT FROM 'other' GROUP BY unit HAVING bool_or(award IN (${MEDAL_AWARDS_SQL})))
         SELECT u.unit AS key, u.unit AS name, u.kind, u.region_code, f.award,
                count(*)::INTEGER AS n, count(f.level_promotion)::INTEGER AS promotions
         FROM f JOIN u USING (unit)
         GROUP BY ALL`;
  // the filter's params appear once, inside `f`: competition conditions come first there
  return {
    name: `competitions.medals.${by}`,
    datasets: ['competitions', 'competition_results', 'regions'],
    sql,
    params: [...c.competitionParams, ...c.params],
    map: (rows) => medalTable(rows as unknown as AwardCount[])
  };
}

/** Every result counted by year × tier × 中类 × award × level granted, for the trend charts. */
export function competitionTrends(f: CompetitionFilter): Query<TrendCount[]> {
  const c = conditions(f, { year: false });
  return {
    name: 'competitions.trends',
    datasets: ['competitions', 'competition_results'],
    sql: `SELECT c.year::INTEGER AS year, c.tier, left(r.occupation_code, 4) AS "group", r.award,
                 r.level_promotion::INTEGER AS level_promotion, count(*)::INTEGER AS n
          FROM competition_results r JOIN competitions c USING (competition_id)
          ${where([...c.competitions, ...c.results])}
          GROUP BY ALL ORDER BY ALL`,
    params: [...c.competitionParams, ...c.params]
  };
}

export interface GroupEntry {
  code: string;
  name: string;
}

/** The 大类 and 中类 that have at least one event, for the group filter. */
export const competitionGroups: Query<GroupEntry[]> = {
  name: 'competitions.groups',
  datasets: ['competition_results', 'occupation_groups'],
  sql: `SELECT g.code, g.name FROM occupation_groups g
        WHERE g.code IN (SELECT left(occupation_code, 1) FROM competition_results UNION SELECT left(occupation_code, 4) FROM competition_results)
        ORDER BY g.code`,
  params: []
};

export interface CountyEntry {
  code: string;
  name: string;
}

export const competitionCounties: Query<CountyEntry[]> = {
  name: 'competitions.counties',
  datasets: ['regions'],
  sql: `SELECT code, name FROM regions WHERE kind = 'county' ORDER BY code`,
  params: []
};

/**
 * Everything the page shows for a view, one query per section: the build prerenders the default
 * view's, the page seeds its live results with them and asks for the same list for every other
 * view. A new section is one more entry here. `selected` is the competition whose results are
 * shown (null while the list that decides it is on its way).
 */
export function competitionsPlan(v: CompetitionView, selected: string | null) {
  return {
    list: competitionList(v),
    results: selected ? competitionResults(selected, v) : null,
    medals: medalTableQuery(v, v.by),
    trends: competitionTrends(v)
  };
}
