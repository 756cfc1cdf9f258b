/**
 * The registry (人才库) → what may be published: `talent_pool` (consenting people of the latest
 * snapshot, minimised, behind per-release references) and `talent_stats` (aggregate counts with
 * small and complementary cells withheld). Everything personal stays in this module's inputs.
 * The registry's rows are read only in SQL; JavaScript sees distinct honour texts, the
 * references it draws, and the aggregate cells it protects.
 */
import { randomBytes } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BOOLEAN, INTEGER, SMALLINT, TINYINT, VARCHAR } from '@duckdb/node-api';
import { AGE_BANDS, EXPERIENCE_BANDS, SALARY_BAND_TOP, SALARY_BAND_WIDTH, type Band } from '../../core/bands';
import { TALENT_MIN_COUNT, additiveEquations, suppressCounts } from '../../core/disclosure';
import { recognizeHonor } from '../../core/honors';
import { HIGH_SKILL_MIN_LEVEL } from '../../core/skill-levels';
import { loadColumns, queryRows, type ColumnSpec } from '../duck';
import { SURE } from '../../core/terms/readings';
import { resolvedIds } from '../skill-terms';
import type { Sources } from '../sources';
import type { BuildContext, DatasetModule } from './dataset';

const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '西门', '南宫', '独孤', '万俟'];

export const surnameOf = (name: string): string => {
  const n = name.trim();
  return COMPOUND_SURNAMES.find((s) => n.startsWith(s)) ?? [...n][0] ?? '';
};

/** The same rule as `surnameOf`, in SQL, for a text column. */
export const surnameSql = (column: string): string =>
  `CASE ${COMPOUND_SURNAMES.map((s) => `WHEN starts_with(trim(${column}), '${s}') THEN '${s}'`).join(' ')} ELSE substring(trim(${column}), 1, 1) END`;

/**
 * A name as published on a roll (competition results, honours): as written where the source
 * marks it as officially announced, else surname + 某 (王某, as `maskedName`).
 */
export const announcedNameSql = (name: string, announced: string): string =>
  `CASE WHEN coalesce(${announced}, false) THEN ${name} ELSE (${surnameSql(name)}) || '某' END`;

/**
 * `(ref, person_id)` of the consenting people in the pool, for a dataset built after it to link a
 * person to their pool entry (nothing links anyone else); an empty table when there is no registry.
 */
export const poolRefsSql = (src: Sources): string =>
  src.talent ? 'talent_refs' : '(SELECT NULL::VARCHAR AS ref, NULL::VARCHAR AS person_id WHERE false)';

/** 王师傅: the only trace of a name the pool keeps. */
export const displayName = (name: string): string => `${surnameOf(name)}师傅`;

/** 王某: how an unannounced contestant appears in published results. */
export const maskedName = (name: string): string => `${surnameOf(name)}某`;

const REF_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random per-release references: nothing links one release's pool to the next, or to a person. */
export function makeRefs(count: number): string[] {
  const refs = new Set<string>();
  while (refs.size < count) {
    const bytes = randomBytes(8);
    refs.add('R' + [...bytes].map((b) => REF_ALPHABET[b & 31]).join(''));
  }
  return [...refs];
}

/** `bandOf` in SQL: the band id of a value, or NULL. */
const bandSql = (bands: readonly Band[], x: string): string =>
  `CASE ${bands.map((b) => `WHEN ${x} >= ${b.min}${b.max === null ? '' : ` AND ${x} < ${b.max}`} THEN '${b.id}'`).join(' ')} END`;

/**
 * Table `talent_snapshots(_row, year)`: the statistical year of each registry row, its `year`,
 * else the year of the latest update in the file.
 */
async function snapshotYears(conn: DuckDBConnection, src: Sources): Promise<number> {
  const hasYear = src.talent!.columnNumber.year !== undefined;
  await conn.run(`CREATE OR REPLACE TEMP TABLE talent_snapshots AS
    SELECT _row, ${hasYear ? 'year::INTEGER' : '(SELECT substr(max(updated_at), 1, 4)::INTEGER FROM talent)'} AS year FROM talent`);
  const [{ y }] = await queryRows<{ y: number }>(conn, 'SELECT coalesce(max(year), 0)::INTEGER AS y FROM talent_snapshots');
  return y;
}

/** Table `honor_terms(term, id)`: distinct honour texts → the recognised title, or NULL. */
async function resolveHonors(conn: DuckDBConnection): Promise<number> {
  const terms = (await queryRows<{ term: string }>(conn, 'SELECT DISTINCT term FROM (SELECT unnest(honors) AS term FROM talent) WHERE term IS NOT NULL')).map((r) => r.term);
  const ids = terms.map((t) => recognizeHonor(t)?.name ?? null);
  await loadColumns(
    conn,
    'honor_terms',
    [
      { name: 'term', sql: 'VARCHAR', type: VARCHAR },
      { name: 'id', sql: 'VARCHAR', type: VARCHAR }
    ],
    [terms, ids],
    terms.length
  );
  return ids.filter((i) => i === null).length;
}

/** Builds `talent_pool_rows` and the private `talent_refs(ref, person_id)`. */
async function buildPool(ctx: BuildContext): Promise<void> {
  const { conn, src } = ctx;
  const latest = await snapshotYears(conn, src);
  const unrecognisedHonors = await resolveHonors(conn);
  await conn.run(`CREATE OR REPLACE TEMP TABLE pool_people AS
    SELECT t._row, row_number() OVER (ORDER BY t._row) AS k FROM talent t JOIN talent_snapshots s USING (_row)
    WHERE s.year = ${latest} AND t.consent_public`);
  // Only the pool's people go through the term joins (a tenth of the registry in the demo).
  await conn.run('CREATE OR REPLACE TEMP TABLE pool_talent AS SELECT t.* FROM talent t JOIN pool_people USING (_row)');
  const [{ n }] = await queryRows<{ n: number }>(conn, 'SELECT count(*)::INTEGER AS n FROM pool_people');
  const refs = makeRefs(n);
  await loadColumns(
    conn,
    'pool_refs',
    [
      { name: 'k', sql: 'INTEGER', type: INTEGER },
      { name: 'ref', sql: 'VARCHAR', type: VARCHAR }
    ],
    [refs.map((_, i) => i + 1), refs],
    n
  );
  await conn.run(`CREATE OR REPLACE TEMP TABLE person_awards AS
    SELECT r.person_id, list(c.year || ':' || c.tier || ':' || r.award ORDER BY r._row) AS awards
    FROM competition_results r JOIN (SELECT competition_id, last(year ORDER BY _row) AS year, last(tier ORDER BY _row) AS tier FROM competitions GROUP BY competition_id) c USING (competition_id)
    WHERE r.person_id IS NOT NULL AND r.award IS NOT NULL AND r.award <> 'none' AND c.year IS NOT NULL AND c.tier IS NOT NULL
    GROUP BY r.person_id`);
  const salary = 't.expected_salary';
  await conn.run(`CREATE OR REPLACE TABLE talent_pool_rows AS
    SELECT r.ref, (${surnameSql('t.name')}) || '师傅' AS display_name, t.occupation_code, t.skill_level::TINYINT AS skill_level, t.region_code,
           coalesce(sk.ids, []::VARCHAR[]) AS skills,
           list_filter(coalesce(si.ids, []::VARCHAR[]), lambda x: NOT list_contains(coalesce(sk.ids, []::VARCHAR[]), x)) AS skills_inferred,
           coalesce(ce.ids, []::VARCHAR[]) AS certificates, coalesce(ho.ids, []::VARCHAR[]) AS honors,
           coalesce(a.awards, []::VARCHAR[]) AS competition_awards,
           ${bandSql(EXPERIENCE_BANDS, 't.years_experience')} AS experience_band,
           t.availability, t.willing_to_relocate,
           (CASE WHEN ${salary} IS NULL OR ${salary} < 0 THEN NULL WHEN ${salary} >= ${SALARY_BAND_TOP} THEN ${SALARY_BAND_TOP}
                 ELSE floor(${salary} / ${SALARY_BAND_WIDTH}) * ${SALARY_BAND_WIDTH} END)::INTEGER AS expected_salary_min,
           (CASE WHEN ${salary} IS NULL OR ${salary} < 0 OR ${salary} >= ${SALARY_BAND_TOP} THEN NULL
                 ELSE floor(${salary} / ${SALARY_BAND_WIDTH}) * ${SALARY_BAND_WIDTH} + ${SALARY_BAND_WIDTH} END)::INTEGER AS expected_salary_max,
           ${latest}::SMALLINT AS snapshot_year,
           t.person_id
    FROM pool_people p JOIN pool_refs r USING (k) JOIN pool_talent t USING (_row)
    LEFT JOIN ${resolvedIds('pool_talent', 'skills', 'skill_terms', { occupation: 'occupation_code', where: `t.confidence >= ${SURE}` })} sk USING (_row)
    LEFT JOIN ${resolvedIds('pool_talent', 'skills', 'skill_terms', { occupation: 'occupation_code', where: `t.confidence < ${SURE}` })} si USING (_row)
    LEFT JOIN ${resolvedIds('pool_talent', 'certificates', 'certificate_terms')} ce USING (_row)
    LEFT JOIN ${resolvedIds('pool_talent', 'honors', 'honor_terms')} ho USING (_row)
    LEFT JOIN person_awards a ON a.person_id = t.person_id`);
  // The person behind each reference goes only to --private; the published table drops it.
  await conn.run('CREATE OR REPLACE TABLE talent_refs AS SELECT ref, person_id FROM talent_pool_rows');
  await conn.run('ALTER TABLE talent_pool_rows DROP COLUMN person_id');
  await conn.run('DROP TABLE pool_people; DROP TABLE pool_refs; DROP TABLE person_awards; DROP TABLE pool_talent');
  ctx.privateFiles.push({ file: 'talent_refs.csv', select: 'SELECT ref, person_id FROM talent_refs ORDER BY ref' });

  const [counts] = await queryRows<{ rows: number; latest: number; consenting: number }>(
    conn,
    `SELECT count(*)::INTEGER AS rows, count(*) FILTER (WHERE s.year = ${latest})::INTEGER AS latest,
            count(*) FILTER (WHERE s.year = ${latest} AND t.consent_public)::INTEGER AS consenting
     FROM talent t JOIN talent_snapshots s USING (_row)`
  );
  ctx.minimised.push(
    { dataset: 'talent_pool', what: `较早快照中的登记记录（仅发布 ${latest} 年快照）`, count: counts.rows - counts.latest },
    { dataset: 'talent_pool', what: `${latest} 年快照中未单独同意公开的人员`, count: counts.latest - counts.consenting },
    { dataset: 'talent_pool', what: '姓名（仅保留姓氏 + 师傅）、身份证号、手机号、性别、出生年份、工作单位、主要业绩、人员编号：不发布的列，每人', count: counts.consenting },
    { dataset: 'talent_pool', what: '未被识别为正式荣誉称号的荣誉写法（不同写法数）', count: unrecognisedHonors }
  );
}

type LevelCut = 'level' | 'band' | 'all';
const DIMENSIONS = ['total', 'occupation1', 'occupation2', 'industry', 'gender', 'age_band'] as const;
type Dimension = (typeof DIMENSIONS)[number];

interface StatCell {
  year: number;
  region: string;
  cut: LevelCut;
  level: number | null;
  high: boolean | null;
  dim: Dimension;
  value: string | null;
  n: number;
}

const publishedDimension = (d: Dimension) => (d === 'occupation1' || d === 'occupation2' ? 'occupation' : d);

/**
 * Counts per year × (county or prefecture) × (skill level, high-skill band or all) × one of
 * (nothing, 大类, 中类, industry, gender, age band). Cuts are pairwise with the level, not a full
 * cross product: that is what the pages chart, and thin crossed cells would mostly be withheld.
 */
async function buildStats(ctx: BuildContext): Promise<void> {
  const { conn, prefecture } = ctx;
  await conn.run(`CREATE OR REPLACE TEMP TABLE talent_facts AS
    SELECT s.year::SMALLINT AS year, t.region_code, t.skill_level,
           coalesce(array_to_string(string_split(t.occupation_code, '-')[1:1], '-'), 'unknown') AS occupation1,
           coalesce(array_to_string(string_split(t.occupation_code, '-')[1:2], '-'), 'unknown') AS occupation2,
           coalesce(t.industry, 'unknown') AS industry, coalesce(t.gender, 'unknown') AS gender,
           coalesce(${bandSql(AGE_BANDS, '(s.year - t.birth_year)')}, 'unknown') AS age_band
    FROM talent t JOIN talent_snapshots s USING (_row)`);

  const pref = prefecture.code;
  const regionSets = [['region_code'], []];
  const levelSets: [LevelCut, string[]][] = [['level', ['skill_level']], ['band', ['high']], ['all', []]];
  const cells: StatCell[] = [];
  for (const dim of DIMENSIONS) {
    const dimCols = dim === 'total' ? [] : [dim];
    const sets = regionSets.flatMap((r) => levelSets.map(([, lv]) => `(${['year', ...r, ...lv, ...dimCols].join(', ')})`));
    const rows = await queryRows<Record<string, unknown>>(
      conn,
      `SELECT year::INTEGER AS year, region_code, skill_level::INTEGER AS skill_level, high,
              grouping(region_code)::INTEGER AS g_region, grouping(skill_level)::INTEGER AS g_level, grouping(high)::INTEGER AS g_high,
              ${dim === 'total' ? 'NULL' : dim} AS value, count(*)::INTEGER AS n
       FROM (SELECT *, skill_level >= ${HIGH_SKILL_MIN_LEVEL} AS high FROM talent_facts)
       GROUP BY GROUPING SETS (${sets.join(', ')})
       ORDER BY year, g_region, region_code, g_level, skill_level, g_high, high, value`
    );
    for (const r of rows) {
      const cut: LevelCut = r.g_level === 0 ? 'level' : r.g_high === 0 ? 'band' : 'all';
      cells.push({
        year: r.year as number,
        region: r.g_region === 1 ? pref : (r.region_code as string),
        cut,
        level: cut === 'level' ? (r.skill_level as number) : null,
        high: cut === 'band' ? (r.high as boolean) : null,
        dim,
        value: (r.value as string | null) ?? null,
        n: r.n as number
      });
    }
  }
  await conn.run('DROP TABLE talent_facts');

  const withheld = suppressCounts(cells.map((c) => c.n), additiveGroups(cells, pref), TALENT_MIN_COUNT);
  const out = cells.map((c, i) => [c.year, c.region, c.level, c.high, publishedDimension(c.dim), c.value, withheld[i] ? null : c.n, withheld[i]]);
  const outSpecs: ColumnSpec[] = [
    { name: 'year', sql: 'SMALLINT', type: SMALLINT },
    { name: 'region_code', sql: 'VARCHAR', type: VARCHAR },
    { name: 'skill_level', sql: 'TINYINT', type: TINYINT },
    { name: 'high_skill', sql: 'BOOLEAN', type: BOOLEAN },
    { name: 'dimension', sql: 'VARCHAR', type: VARCHAR },
    { name: 'value', sql: 'VARCHAR', type: VARCHAR },
    { name: 'n', sql: 'INTEGER', type: INTEGER },
    { name: 'suppressed', sql: 'BOOLEAN', type: BOOLEAN }
  ];
  await loadColumns(conn, 'talent_stats_rows', outSpecs, outSpecs.map((_, j) => out.map((r) => r[j])), out.length);
  const small = cells.filter((c) => c.n < TALENT_MIN_COUNT).length;
  ctx.minimised.push(
    { dataset: 'talent_stats', what: `不足 ${TALENT_MIN_COUNT} 人而不公布的统计格`, count: small },
    { dataset: 'talent_stats', what: '为防止相减反推而一并不公布的统计格', count: withheld.filter(Boolean).length - small }
  );
}

const levelKey = (c: StatCell) => (c.cut === 'level' ? `L${c.level}` : c.cut === 'band' ? `B${c.high}` : 'all');

/** Every "total = Σ parts" equation among the cells: over counties, levels and the cut dimension. */
export function additiveGroups(cells: readonly StatCell[], prefecture: string): number[][] {
  const key = (year: number, region: string, lvl: string, dim: string, value: string | null) => `${year}|${region}|${lvl}|${dim}|${value ?? '*'}`;
  return additiveEquations(
    cells,
    (c) => key(c.year, c.region, levelKey(c), c.dim, c.value),
    (c) => {
      const lvl = levelKey(c);
      const out: [string, string][] = [];
      if (c.region !== prefecture) out.push([key(c.year, prefecture, lvl, c.dim, c.value), 'counties']);
      if (c.cut === 'level') {
        out.push([key(c.year, c.region, 'all', c.dim, c.value), 'levels']);
        out.push([key(c.year, c.region, `B${c.level! >= HIGH_SKILL_MIN_LEVEL}`, c.dim, c.value), 'levels']);
      }
      if (c.cut === 'band') out.push([key(c.year, c.region, 'all', c.dim, c.value), 'bands']);
      if (c.dim === 'occupation2') out.push([key(c.year, c.region, lvl, 'occupation1', c.value!.split('-')[0]), '']);
      else if (c.dim !== 'total') out.push([key(c.year, c.region, lvl, 'total', null), c.dim]);
      return out;
    }
  );
}

export const talentPool: DatasetModule = {
  name: 'talent_pool',
  needs: () => ['talent'],
  missing: '未提供技能人才库（talent）',
  build: buildPool,
  select: 'SELECT * FROM talent_pool_rows ORDER BY occupation_code, skill_level DESC, region_code, ref'
};

export const talentStats: DatasetModule = {
  name: 'talent_stats',
  needs: () => ['talent'],
  missing: '未提供技能人才库（talent）',
  build: buildStats,
  select: 'SELECT * FROM talent_stats_rows ORDER BY year, region_code, dimension, value NULLS FIRST, skill_level NULLS FIRST, high_skill NULLS FIRST',
  years: 'SELECT DISTINCT year::INTEGER AS y FROM talent_stats_rows ORDER BY y'
};
