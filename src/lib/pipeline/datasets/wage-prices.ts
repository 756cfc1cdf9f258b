/**
 * 工资价位 from the survey microdata: one cell per year × (county or whole prefecture) ×
 * occupation at every hierarchy level (or all) × skill level (or all) × industry (or all).
 * Percentiles are taken per cell from the individual records (grouping sets), never re-aggregated.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { WAGE_MIN_ENTERPRISES, WAGE_MIN_WORKERS } from '../../core/disclosure';
import { queryRows } from '../duck';
import { logProblems } from '../sql-issues';
import type { DatasetModule } from './dataset';

/**
 * quantile_cont: linear interpolation between the closest ranks of the sorted records
 * (Hyndman–Fan type 7, Excel PERCENTILE.INC): position h = (n − 1)·p, value x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 */
export const PERCENTILE_POINTS = [0.1, 0.25, 0.5, 0.75, 0.9] as const;
export const PERCENTILE_COLUMNS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** Columns of the published wage_prices dataset, in order. */
export const WAGE_PRICE_COLUMNS = `year, region_code, occupation_depth, occupation_code, skill_level, industry, unit,
  n_workers, n_enterprises, p10, p25, p50, p75, p90, mean, suppressed, mean_withheld, quality_flags, source`;

const coincide = PERCENTILE_COLUMNS.slice(1)
  .map((c, i) => `CASE WHEN ${PERCENTILE_COLUMNS[i]} = ${c} THEN '${PERCENTILE_COLUMNS[i]}=${c}' END`)
  .join(', ');

/** Every grouping: year × one occupation depth (or none) × any subset of region, level, industry. */
const DEPTHS = ['', 'o1', 'o2', 'o3', 'o4'];
const CUTS = ['', 'region_code', 'skill_level', 'industry', 'region_code, skill_level', 'region_code, industry', 'skill_level, industry', 'region_code, skill_level, industry'];
/** Depths aggregated together (per year): one query holds the values of a year's rows once per grouping set. */
const DEPTH_BATCHES: readonly (readonly number[])[] = [[0], [1], [2], [3], [4]];
/** The occupation depth of a grouping-set row: the deepest prefix column it groups by. */
const depthSql = (batch: readonly number[]): string =>
  batch.length === 1 ? String(batch[0]) : `CASE ${[...batch].reverse().filter((d) => d > 0).map((d) => `WHEN grouping(o${d}) = 0 THEN ${d}`).join(' ')} ELSE ${batch.includes(0) ? 0 : 'NULL'} END`;

/** Builds table `wage_cells` from table `wage_survey`. */
export async function computeWagePrices(conn: DuckDBConnection, prefecture: string): Promise<void> {
  // One pass of grouping sets over the survey: each occupation depth is its own prefix column, so
  // rows are not copied once per depth, and enterprises are counted as integers, not strings
  // (both halve the time and the memory of the aggregation: docs/performance.md).
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE wage_enterprises AS
    SELECT enterprise_id, (row_number() OVER ())::INTEGER AS k FROM (SELECT DISTINCT enterprise_id FROM wage_survey)`);
  // Percentiles hold every value of a cell until it is finished, and DuckDB cannot spill those
  // states: at province scale 40 grouping sets over 10 M rows do not fit in memory at once. Cells
  // never span years or occupation depths, so each (year, depth) is aggregated on its own; the
  // memory then stays that of one year's rows in 8 grouping sets, whatever the number of years.
  const years = (await queryRows<{ y: number }>(conn, 'SELECT DISTINCT year::INTEGER AS y FROM wage_survey ORDER BY y')).map((r) => r.y);
  await conn.run(`CREATE OR REPLACE TEMP TABLE wage_raw (year SMALLINT, region_code VARCHAR, occupation_depth INTEGER, occupation_code VARCHAR, skill_level TINYINT,
    industry VARCHAR, n_workers INTEGER, n_enterprises INTEGER, q DOUBLE[], mean_raw DOUBLE)`);
  for (const year of years)
    for (const batch of DEPTH_BATCHES)
      await conn.run(`
        INSERT INTO wage_raw
        SELECT year,
               CASE WHEN grouping(region_code) = 1 THEN '${prefecture}' ELSE region_code END AS region_code,
               ${depthSql(batch)} AS occupation_depth, coalesce(${[...batch].reverse().map((d) => DEPTHS[d] || 'NULL::VARCHAR').join(', ')}) AS occupation_code,
               skill_level, industry,
               count(*)::INTEGER AS n_workers,
               count(DISTINCT enterprise)::INTEGER AS n_enterprises,
               quantile_cont(annual_wage, [${PERCENTILE_POINTS.join(', ')}]) AS q,
               avg(annual_wage) AS mean_raw
        FROM (
          SELECT w.year, w.region_code, w.industry, w.skill_level, w.annual_wage, e.k AS enterprise,
                 ${batch.filter((d) => d > 0).map((d) => `array_to_string(string_split(w.occupation_code, '-')[1:${d}], '-') AS o${d}`).join(', ') || 'NULL AS o0'}
          FROM wage_survey w JOIN wage_enterprises e USING (enterprise_id) WHERE w.year = ${year})
        GROUP BY GROUPING SETS (${batch.flatMap((d) => CUTS.map((x) => `(${['year', DEPTHS[d], x].filter(Boolean).join(', ')})`)).join(', ')})`);
  await conn.run(`DROP TABLE wage_enterprises`);
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE wage_suppressed AS
    SELECT *, n_workers < ${WAGE_MIN_WORKERS} OR n_enterprises < ${WAGE_MIN_ENTERPRISES} AS suppressed
    FROM wage_raw`);
  await conn.run(`DROP TABLE wage_raw`);
  // A mean times n_workers is a wage bill, and wage bills add up: a published parent minus its
  // published children would reveal a suppressed cell's mean. So a mean is published only where
  // no descendant cell (in any dimension) is suppressed.
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE wage_mean_withheld AS
    SELECT DISTINCT s.year, r.region_code, o.occupation_code, l.skill_level, i.industry
    FROM (SELECT * FROM wage_suppressed WHERE suppressed) s,
         unnest(CASE WHEN s.region_code = '${prefecture}' THEN [s.region_code] ELSE [s.region_code, '${prefecture}'] END) r(region_code),
         unnest(list_transform(range(0, s.occupation_depth + 1),
                d -> CASE WHEN d = 0 THEN '*' ELSE array_to_string(string_split(s.occupation_code, '-')[1:d], '-') END)) o(occupation_code),
         unnest(CASE WHEN s.skill_level IS NULL THEN [-1] ELSE [s.skill_level, -1] END) l(skill_level),
         unnest(CASE WHEN s.industry IS NULL THEN ['*'] ELSE [s.industry, '*'] END) i(industry)`);
  // A semi-join (EXISTS), not a join: a cell must come out once however many ways it is withheld.
  await conn.run(`
    CREATE OR REPLACE TABLE wage_cells AS
    SELECT ${WAGE_PRICE_COLUMNS} FROM (
      SELECT c.year::SMALLINT AS year, c.region_code, c.occupation_depth::TINYINT AS occupation_depth, c.occupation_code,
             c.skill_level::TINYINT AS skill_level, c.industry, '元/年' AS unit,
             c.n_workers, c.n_enterprises,
             ${PERCENTILE_COLUMNS.map((p, i) => `CASE WHEN c.suppressed THEN NULL ELSE round(c.q[${i + 1}])::DOUBLE END AS ${p}`).join(',\n             ')},
             CASE WHEN c.suppressed OR c.withheld THEN NULL ELSE round(c.mean_raw)::DOUBLE END AS mean,
             c.suppressed,
             NOT c.suppressed AND c.withheld AS mean_withheld,
             'survey' AS source
      FROM (
        SELECT w.*, EXISTS (
          SELECT 1 FROM wage_mean_withheld m
          WHERE m.year = w.year AND m.region_code = w.region_code
            AND m.occupation_code = coalesce(w.occupation_code, '*')
            AND m.skill_level = coalesce(w.skill_level, -1)
            AND m.industry = coalesce(w.industry, '*')
        ) AS withheld
        FROM wage_suppressed w
      ) c
    ), LATERAL (SELECT nullif(concat_ws(';', ${coincide}), '') AS quality_flags)`);
  await conn.run(`DROP TABLE wage_suppressed; DROP TABLE wage_mean_withheld`);
}

/** Builds table `wage_cells` from an official table `wage_prices` (万元/年 → 元/年, the one exact conversion). */
export async function importOfficialWagePrices(conn: DuckDBConnection, append: boolean): Promise<void> {
  const scale = `CASE WHEN unit = '万元/年' THEN 10000 ELSE 1 END`;
  const value = (p: string) => `round(${p} * ${scale}, 2)`;
  await conn.run(`
    ${append ? 'INSERT INTO wage_cells' : 'CREATE OR REPLACE TABLE wage_cells AS'}
    SELECT ${WAGE_PRICE_COLUMNS} FROM (
      SELECT year, region_code, len(string_split(occupation_code, '-'))::TINYINT AS occupation_depth, occupation_code,
             skill_level::TINYINT AS skill_level, industry,
             CASE WHEN unit = '万元/年' THEN '元/年' ELSE unit END AS unit,
             n_workers, NULL::INTEGER AS n_enterprises,
             ${['p10', 'p25', 'p50', 'p75', 'p90', 'mean'].map((p) => `${value(p)}::DOUBLE AS ${p}`).join(', ')},
             false AS suppressed, false AS mean_withheld, 'official' AS source
      FROM wage_prices
    ), LATERAL (SELECT nullif(concat_ws(';', ${coincide}), '') AS quality_flags)`);
}

export const wagePrices: DatasetModule = {
  name: 'wage_prices',
  needs: (src) => (src.wage_survey ? ['wage_survey'] : ['wage_prices']),
  missing: '未提供企业薪酬调查数据（wage_survey）或已发布的工资价位表（wage_prices）',
  async build({ conn, src, prefecture, log }) {
    if (src.wage_survey) await computeWagePrices(conn, prefecture.code);
    if (!src.wage_prices) return;
    // A cell both computed from the survey and given in an official table would contradict itself.
    if (src.wage_survey)
      await logProblems(
        conn,
        log,
        src.wage_prices.file,
        'error',
        `SELECT p._row, 1 AS _col, 'wage-overlap' AS _kind,
                '该单元格（' || p.year || ' 年 ' || p.region_code || ' ' || p.occupation_code || '）已由 wage_survey 计算，不能同时提供' AS _message, NULL AS _value
         FROM wage_prices p JOIN wage_cells c ON c.year = p.year AND c.region_code = p.region_code AND c.occupation_code = p.occupation_code
          AND c.skill_level IS NOT DISTINCT FROM p.skill_level AND c.industry IS NOT DISTINCT FROM p.industry`
      );
    await importOfficialWagePrices(conn, Boolean(src.wage_survey));
  },
  select: `SELECT ${WAGE_PRICE_COLUMNS} FROM wage_cells
           ORDER BY year, region_code, occupation_depth, occupation_code NULLS FIRST, skill_level NULLS FIRST, industry NULLS FIRST, unit`,
  years: 'SELECT DISTINCT year::INTEGER AS y FROM wage_cells ORDER BY y'
};
