/**
 * The 职业技能等级认定 records (confidential) → `certification_stats`: candidates, passes and the
 * pass rate per cell of year × (county or prefecture) × occupation at any depth × level × route ×
 * evaluation body, small cells withheld and complementary cells with them, so that no published
 * total minus published parts gives a withheld cell (core/disclosure.ts, as for talent_stats).
 * A record's county is its evaluation body's. The records are read only in SQL; JavaScript sees
 * the aggregate cells it protects.
 */
import { BOOLEAN, DOUBLE, INTEGER, SMALLINT, TINYINT, VARCHAR } from '@duckdb/node-api';
import { CERTIFICATION_MIN_CANDIDATES, additiveEquations, suppressCounts } from '../../core/disclosure';
import { occupationAncestor } from '../../core/occupation-codes';
import { loadColumns, queryRows, type ColumnSpec } from '../duck';
import type { BuildContext, DatasetModule } from './dataset';

/** The county of a record whose body names none (or only the prefecture): a category of its own. */
const UNASSIGNED = '?';

export interface CertificationCell {
  year: number;
  /** County code, the prefecture code, or UNASSIGNED. */
  region: string;
  occupation: string | null;
  depth: number;
  level: number | null;
  route: string | null;
  body: string | null;
  n: number;
  passed: number;
}

/**
 * The cuts the pages read, each with the year:
 * - (county or prefecture) × 大类/中类 or all × level and route, each or all: the /certification filters;
 * - prefecture × 细类 × level and route, each or all: one occupation's rungs;
 * - body (in its county) × level and route, each or all: the bodies table;
 * - body × 细类 × level: who certifies a rung.
 */
/**
 * Occupation depths published: all, 大类, 中类 and 细类. 小类 is left out: no page reads it, and
 * each published 小类 is one more equation that can force a large 细类 cell (焊工's 技师, say) to be
 * withheld to protect a thin sibling; the 细类 then add up to their 中类 instead.
 */
const DEPTHS = [0, 1, 2, 4] as const;

function groupingSets(depth: number): string[] {
  const cube = (cols: string[]) => [[], ['skill_level'], ['route'], ['skill_level', 'route']].map((x) => [...cols, ...x]);
  const occ = depth > 0 ? ['occ'] : [];
  const sets: string[][] = [];
  if (depth <= 2) sets.push(...cube(['year', ...occ]), ...cube(['year', 'county', ...occ]));
  else sets.push(...cube(['year', 'occ']));
  if (depth === 0) sets.push(...cube(['year', 'county', 'body_id']));
  if (depth === 4) sets.push(['year', 'county', 'body_id', 'occ', 'skill_level']);
  return sets.map((s) => `(${s.join(', ')})`);
}

async function readCells(ctx: BuildContext): Promise<CertificationCell[]> {
  const { conn, prefecture } = ctx;
  await conn.run(`CREATE OR REPLACE TEMP TABLE certification_facts AS
    SELECT substr(c.exam_date::VARCHAR, 1, 4)::SMALLINT AS year,
           coalesce(CASE WHEN r.kind = 'county' THEN r.code END, '${UNASSIGNED}') AS county,
           c.occupation_code, c.skill_level::TINYINT AS skill_level, c.route, c.body_id, c.passed
    FROM certifications c
    LEFT JOIN (SELECT body_id, last(region_code ORDER BY _row) AS region_code FROM evaluation_bodies GROUP BY body_id) b USING (body_id)
    LEFT JOIN regions r ON r.code = b.region_code`);
  const cells: CertificationCell[] = [];
  for (const depth of DEPTHS) {
    const occ = depth === 0 ? 'NULL::VARCHAR' : `array_to_string(string_split(occupation_code, '-')[1:${depth}], '-')`;
    const occCol = depth === 0 ? 'NULL::VARCHAR' : 'occ';
    const sets = groupingSets(depth);
    // A column in no grouping set of this depth is always "all" (grouping() would not bind).
    const grouped = (col: string) => sets.some((s) => s.includes(col));
    const g = (col: string) => (grouped(col) ? `grouping(${col})::INTEGER` : '1');
    const col = (c: string, type: string) => (grouped(c) ? c : `NULL::${type}`);
    const rows = await queryRows<Record<string, unknown>>(
      conn,
      `SELECT year::INTEGER AS year, ${col('county', 'VARCHAR')} AS county, ${occCol} AS occ, ${col('skill_level', 'INTEGER')}::INTEGER AS skill_level,
              ${col('route', 'VARCHAR')} AS route, ${col('body_id', 'VARCHAR')} AS body_id,
              ${g('county')} AS g_county, ${g('skill_level')} AS g_level, ${g('route')} AS g_route, ${g('body_id')} AS g_body,
              count(*)::INTEGER AS n, count(*) FILTER (WHERE passed)::INTEGER AS passed
       FROM (SELECT *, ${occ} AS occ FROM certification_facts)
       GROUP BY GROUPING SETS (${sets.join(', ')})
       ORDER BY year, g_county, county, ${depth === 0 ? '' : 'occ, '}g_level, skill_level, g_route, route, g_body, body_id`
    );
    for (const r of rows) {
      cells.push({
        year: r.year as number,
        region: r.g_county === 1 ? prefecture.code : (r.county as string),
        occupation: depth === 0 ? null : (r.occ as string),
        depth,
        level: r.g_level === 1 ? null : (r.skill_level as number),
        route: r.g_route === 1 ? null : (r.route as string),
        body: r.g_body === 1 ? null : (r.body_id as string),
        n: r.n as number,
        passed: r.passed as number
      });
    }
  }
  await conn.run('DROP TABLE certification_facts');
  return cells;
}

const cellKey = (year: number, region: string, occupation: string | null, level: number | null, route: string | null, body: string | null) =>
  `${year}|${region}|${occupation ?? '*'}|${level ?? '*'}|${route ?? '*'}|${body ?? '*'}`;

/**
 * Every "total = Σ parts" equation among the cells: counties (and records of bodies without one)
 * add up to the prefecture; bodies to their county and to the prefecture; an occupation's 细类 to
 * each group above it and to all occupations; levels and routes to all of them.
 */
export function certificationEquations(cells: readonly CertificationCell[], prefecture: string): number[][] {
  return additiveEquations(
    cells,
    (c) => cellKey(c.year, c.region, c.occupation, c.level, c.route, c.body),
    (c) => {
      const at = (o: Partial<Pick<CertificationCell, 'region' | 'occupation' | 'level' | 'route' | 'body'>>) =>
        cellKey(c.year, o.region ?? c.region, 'occupation' in o ? o.occupation! : c.occupation, 'level' in o ? o.level! : c.level, 'route' in o ? o.route! : c.route, 'body' in o ? o.body! : c.body);
      const out: [string, string][] = [];
      if (c.body === null && c.region !== prefecture) out.push([at({ region: prefecture }), 'region']);
      if (c.body !== null) {
        out.push([at({ body: null }), 'body']);
        if (c.region !== prefecture) out.push([at({ body: null, region: prefecture }), 'body-prefecture']);
      }
      for (let d = 0; d < c.depth; d++) out.push([at({ occupation: d === 0 ? null : occupationAncestor(c.occupation!, d) }), `occupation${c.depth}in${d}`]);
      if (c.level !== null) out.push([at({ level: null }), 'level']);
      if (c.route !== null) out.push([at({ route: null }), 'route']);
      return out;
    }
  );
}

/**
 * 技师 and 高级技师 are the figures the policy counts (new 技师/高级技师), so when a complementary cell
 * must be chosen, one at those levels costs this many times its candidates: a thin 特级技师 cell is
 * then protected by another level's cell rather than by 高级技师's.
 */
export const HEADLINE_LEVEL_WEIGHT = 4;
const HEADLINE_LEVELS: readonly number[] = [5, 6];

/** Withholds small and complementary cells: true for each cell whose counts are not published. */
export const withheldCells = (cells: readonly CertificationCell[], prefecture: string): boolean[] =>
  suppressCounts(
    cells.map((c) => c.n),
    certificationEquations(cells, prefecture),
    CERTIFICATION_MIN_CANDIDATES,
    cells.map((c) => c.n * (c.level !== null && HEADLINE_LEVELS.includes(c.level) ? HEADLINE_LEVEL_WEIGHT : 1))
  );

async function buildStats(ctx: BuildContext): Promise<void> {
  const cells = await readCells(ctx);
  const withheld = withheldCells(cells, ctx.prefecture.code);
  const rows = cells.map((c, i) => [
    c.year,
    c.region === UNASSIGNED ? null : c.region,
    c.occupation,
    c.depth,
    c.level,
    c.route,
    c.body,
    withheld[i] ? null : c.n,
    withheld[i] ? null : c.passed,
    withheld[i] ? null : c.passed / c.n,
    withheld[i]
  ]);
  const specs: ColumnSpec[] = [
    { name: 'year', sql: 'SMALLINT', type: SMALLINT },
    { name: 'region_code', sql: 'VARCHAR', type: VARCHAR },
    { name: 'occupation_code', sql: 'VARCHAR', type: VARCHAR },
    { name: 'occupation_depth', sql: 'TINYINT', type: TINYINT },
    { name: 'skill_level', sql: 'TINYINT', type: TINYINT },
    { name: 'route', sql: 'VARCHAR', type: VARCHAR },
    { name: 'body_id', sql: 'VARCHAR', type: VARCHAR },
    { name: 'n_candidates', sql: 'INTEGER', type: INTEGER },
    { name: 'n_passed', sql: 'INTEGER', type: INTEGER },
    { name: 'pass_rate', sql: 'DOUBLE', type: DOUBLE },
    { name: 'suppressed', sql: 'BOOLEAN', type: BOOLEAN }
  ];
  await loadColumns(ctx.conn, 'certification_stats_rows', specs, specs.map((_, j) => rows.map((r) => r[j])), rows.length);
  const small = cells.filter((c) => c.n < CERTIFICATION_MIN_CANDIDATES).length;
  ctx.minimised.push(
    { dataset: 'certification_stats', what: '认定记录明细（人员编号、证书编号、成绩）：不发布，仅发布统计格，条', count: cells.length ? await recordCount(ctx) : 0 },
    { dataset: 'certification_stats', what: `不足 ${CERTIFICATION_MIN_CANDIDATES} 人次而不公布的统计格`, count: small },
    { dataset: 'certification_stats', what: '为防止相减反推而一并不公布的统计格', count: withheld.filter(Boolean).length - small }
  );
}

async function recordCount(ctx: BuildContext): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(ctx.conn, 'SELECT count(*)::INTEGER AS n FROM certifications');
  return n;
}

export const certificationStats: DatasetModule = {
  name: 'certification_stats',
  needs: () => ['certifications'],
  missing: '未提供职业技能等级认定记录（certifications）',
  build: buildStats,
  select: `SELECT * FROM certification_stats_rows
           ORDER BY year, occupation_depth, occupation_code NULLS FIRST, region_code NULLS FIRST, body_id NULLS FIRST, skill_level NULLS FIRST, route NULLS FIRST`,
  years: 'SELECT DISTINCT year::INTEGER AS y FROM certification_stats_rows ORDER BY y'
};
