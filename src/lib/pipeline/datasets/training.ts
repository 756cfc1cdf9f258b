/**
 * Training (DESIGN §4b): providers and programmes as given, each programme with what a trainee
 * pays after the subsidy (core/training/subsidy.ts), and the outcomes of the confidential
 * enrolments per programme, per provider × cohort year and for the whole prefecture × cohort
 * year, with cells of too few people withheld so that no withheld cell can be rebuilt by
 * subtracting published ones (docs/methodology.md, "Training outcomes").
 */
import { BOOLEAN, DOUBLE, INTEGER, SMALLINT, VARCHAR } from '@duckdb/node-api';
import { suppressCounts, TRAINING_MIN_PEOPLE } from '../../core/disclosure';
import { CERTIFIED_LEVELS } from '../../core/training/outcomes';
import { netFee, ShortageList, type ShortageEntry } from '../../core/training/subsidy';
import { loadColumns, queryRows, type ColumnSpec } from '../duck';
import { resolvedIds } from '../skill-terms';
import { logProblems } from '../sql-issues';
import type { BuildContext, DatasetModule } from './dataset';

export const trainingProviders: DatasetModule = {
  name: 'training_providers',
  needs: () => ['training_providers'],
  select: `SELECT provider_id, name, kind, region_code, credit_code, status, status_note FROM training_providers ORDER BY provider_id`
};

interface FeeRow {
  programme_id: string;
  occupation_code: string;
  target_level: number | null;
  region_code: string | null;
  start_date: string | null;
  fee: number | null;
  subsidy: number | null;
  shortage_uplift: number | null;
}

/** Table `training_fees`: the shortage list consulted and the fee after the subsidy, per programme. */
async function buildFees({ conn, src, prefecture, log }: BuildContext): Promise<void> {
  const rows = await queryRows<FeeRow>(
    conn,
    `SELECT p.programme_id, p.occupation_code, p.target_level::INTEGER AS target_level, coalesce(p.region_code, v.region_code) AS region_code,
            p.start_date, p.fee, p.subsidy, p.shortage_uplift
     FROM training_programmes p LEFT JOIN training_providers v USING (provider_id) ORDER BY p._row`
  );
  const list = src.shortage_list
    ? new ShortageList(
        await queryRows<ShortageEntry>(conn, `SELECT period, occupation_code, status, skill_level::INTEGER AS skill_level, region_code FROM shortage_list WHERE period IS NOT NULL`),
        prefecture.code
      )
    : null;
  const out = rows.map((r) => {
    const match = list?.statusFor(r) ?? { period: null, status: null };
    return { programme_id: r.programme_id, shortage_period: match.period, shortage_status: match.status, ...netFee({ ...r, shortage_status: match.status }) };
  });
  const specs: ColumnSpec[] = [
    { name: 'programme_id', sql: 'VARCHAR', type: VARCHAR },
    { name: 'shortage_period', sql: 'VARCHAR', type: VARCHAR },
    { name: 'shortage_status', sql: 'VARCHAR', type: VARCHAR },
    { name: 'uplift_applied', sql: 'BOOLEAN', type: BOOLEAN },
    { name: 'subsidy_total', sql: 'DOUBLE', type: DOUBLE },
    { name: 'net_fee', sql: 'DOUBLE', type: DOUBLE }
  ];
  await loadColumns(conn, 'training_fees', specs, specs.map((s) => out.map((r) => r[s.name as keyof typeof r])), out.length);
  // A catalogue that promises an uplift the list does not grant is worth a look before publishing.
  if (list && src.training_programmes!.columnNumber.shortage_uplift)
    await logProblems(
      conn,
      log,
      src.training_programmes!.file,
      'warning',
      `SELECT p._row, ${src.training_programmes!.columnNumber.shortage_uplift} AS _col, 'shortage_uplift:not-listed' AS _kind,
              CASE WHEN f.shortage_period IS NULL THEN '注明了紧缺上浮比例，但开班时没有生效的紧缺目录（或缺少开班日期），净费用未计上浮'
                   ELSE '注明了紧缺上浮比例，但开班时的紧缺目录（' || f.shortage_period || '）未将该职业' ||
                        CASE WHEN p.target_level IS NULL THEN '' ELSE '（该等级）' END || '列为紧缺或较紧缺，净费用未计上浮' END AS _message,
              p.shortage_uplift::VARCHAR AS _value
       FROM training_programmes p JOIN training_fees f USING (programme_id)
       WHERE p.shortage_uplift > 0 AND p.subsidy > 0 AND NOT f.uplift_applied`
    );
}

export const trainingProgrammes: DatasetModule = {
  name: 'training_programmes',
  needs: () => ['training_providers', 'training_programmes'],
  missing: '未提供培训项目（training_programmes）或培训机构（training_providers）',
  async build(ctx) {
    await buildFees(ctx);
    await ctx.conn.run(`CREATE OR REPLACE TABLE training_programmes_out AS
      SELECT p.programme_id, p.provider_id, p.name, p.occupation_code, p.target_level::TINYINT AS target_level, p.type,
             coalesce(s.ids, []::VARCHAR[]) AS skills, p.hours, p.practical_hours, p.mode,
             try_cast(p.start_date AS DATE) AS start_date, try_cast(p.end_date AS DATE) AS end_date, p.capacity,
             p.fee, p.subsidy, p.shortage_uplift, f.shortage_period, f.shortage_status, f.uplift_applied, f.subsidy_total, f.net_fee,
             p.eligible_groups, coalesce(p.region_code, v.region_code) AS region_code, p.year::SMALLINT AS year
      FROM training_programmes p
      JOIN training_fees f USING (programme_id)
      LEFT JOIN training_providers v USING (provider_id)
      LEFT JOIN ${resolvedIds('training_programmes', 'skills', 'skill_terms', { occupation: 'occupation_code' })} s ON s._row = p._row`);
  },
  select: 'SELECT * FROM training_programmes_out ORDER BY start_date NULLS LAST, programme_id'
};

/** One aggregated outcome cell before disclosure control. */
export interface OutcomeCell {
  cohort_year: number;
  /** null on the prefecture's row. */
  provider_id: string | null;
  /** null on a provider's and the prefecture's rows. */
  programme_id: string | null;
  n_enrolled: number;
}

/**
 * Which cells to withhold: fewer than TRAINING_MIN_PEOPLE people, plus, by complementary
 * suppression (core/disclosure.ts `suppressCounts`), whatever else stops a published total from
 * giving away a withheld part. The equations: prefecture × year = Σ providers × year, provider ×
 * year = Σ its programmes of that cohort year. (People are counted once per cell, so a person in
 * two courses makes the parent smaller than the sum: the equations then only bound the parts,
 * and treating them as exact is the cautious side.)
 */
export function withholdOutcomeCells(cells: readonly OutcomeCell[]): boolean[] {
  const index = new Map(cells.map((c, i) => [`${c.cohort_year}|${c.provider_id ?? '*'}|${c.programme_id ?? '*'}`, i]));
  const groups = new Map<number, number[]>();
  cells.forEach((c, i) => {
    if (c.provider_id === null) return;
    const parent = index.get(c.programme_id === null ? `${c.cohort_year}|*|*` : `${c.cohort_year}|${c.provider_id}|*`);
    if (parent === undefined) return;
    let group = groups.get(parent);
    if (!group) groups.set(parent, (group = [parent]));
    group.push(i);
  });
  return suppressCounts(
    cells.map((c) => c.n_enrolled),
    [...groups.values()],
    TRAINING_MIN_PEOPLE
  );
}

const COUNT_COLUMNS = [
  'n_enrolled',
  'n_completed',
  'n_completion_unknown',
  'n_certified',
  ...CERTIFIED_LEVELS.map((l) => `n_certified_${l}`),
  'n_employed_6m',
  'n_employment_unknown',
  'n_wage'
] as const;
const WAGE_COLUMNS = ['wage_after_p25', 'wage_after_p50', 'wage_after_p75'] as const;

type RawCell = OutcomeCell & Record<(typeof COUNT_COLUMNS)[number], number> & { q: number[] | null };

async function buildOutcomes(ctx: BuildContext): Promise<void> {
  const { conn } = ctx;
  // One row per person and cell: a person enrolled twice in a cell counts once, with the best
  // outcome (completed if either, the highest level, employed if either, the latest known pay).
  // bool_or ignores unknowns: a person is unknown only when every record of theirs is.
  await conn.run(`CREATE OR REPLACE TEMP TABLE training_people AS
    SELECT p.year AS cohort_year, grouping(p.provider_id)::INTEGER AS g_provider, grouping(e.programme_id)::INTEGER AS g_programme,
           p.provider_id, e.programme_id,
           bool_or(e.completed) AS completed,
           max(CASE WHEN e.level_gained >= 1 THEN e.level_gained END)::INTEGER AS level_gained,
           bool_or(e.employed_6m) AS employed,
           arg_max(e.monthly_wage_after, e.enrolled_at || e.programme_id) FILTER (WHERE e.monthly_wage_after > 0) AS wage
    FROM training_enrolments e JOIN training_programmes p USING (programme_id)
    GROUP BY GROUPING SETS ((p.year, e.person_id), (p.year, p.provider_id, e.person_id), (p.year, p.provider_id, e.programme_id, e.person_id))`);
  const cells = await queryRows<RawCell>(
    conn,
    `SELECT cohort_year::INTEGER AS cohort_year,
            CASE WHEN g_provider = 1 THEN NULL ELSE provider_id END AS provider_id,
            CASE WHEN g_programme = 1 THEN NULL ELSE programme_id END AS programme_id,
            count(*)::INTEGER AS n_enrolled,
            count(*) FILTER (WHERE completed)::INTEGER AS n_completed,
            count(*) FILTER (WHERE completed IS NULL)::INTEGER AS n_completion_unknown,
            count(level_gained)::INTEGER AS n_certified,
            ${CERTIFIED_LEVELS.map((l) => `count(*) FILTER (WHERE level_gained = ${l})::INTEGER AS n_certified_${l}`).join(', ')},
            count(*) FILTER (WHERE employed)::INTEGER AS n_employed_6m,
            count(*) FILTER (WHERE employed IS NULL)::INTEGER AS n_employment_unknown,
            count(wage)::INTEGER AS n_wage,
            quantile_cont(wage, [0.25, 0.5, 0.75]) AS q
     FROM training_people
     GROUP BY cohort_year, g_provider, g_programme, provider_id, programme_id
     ORDER BY cohort_year, provider_id NULLS FIRST, programme_id NULLS FIRST`
  );
  await conn.run('DROP TABLE training_people');
  const withheld = withholdOutcomeCells(cells);
  const specs: ColumnSpec[] = [
    { name: 'cohort_year', sql: 'SMALLINT', type: SMALLINT },
    { name: 'provider_id', sql: 'VARCHAR', type: VARCHAR },
    { name: 'programme_id', sql: 'VARCHAR', type: VARCHAR },
    ...COUNT_COLUMNS.map((name) => ({ name, sql: 'INTEGER', type: INTEGER })),
    ...WAGE_COLUMNS.map((name) => ({ name, sql: 'DOUBLE', type: DOUBLE })),
    { name: 'wage_withheld', sql: 'BOOLEAN', type: BOOLEAN },
    { name: 'suppressed', sql: 'BOOLEAN', type: BOOLEAN },
    { name: 'suppressed_reason', sql: 'VARCHAR', type: VARCHAR }
  ];
  const rows = cells.map((c, i) => {
    const out: Record<string, unknown> = { cohort_year: c.cohort_year, provider_id: c.provider_id, programme_id: c.programme_id };
    // Pay percentiles of fewer than TRAINING_MIN_PEOPLE pay records would come close to single people's pay.
    const payShown = !withheld[i] && c.n_wage >= TRAINING_MIN_PEOPLE;
    for (const k of COUNT_COLUMNS) out[k] = withheld[i] ? null : c[k];
    WAGE_COLUMNS.forEach((k, j) => (out[k] = payShown && c.q ? Math.round(c.q[j]) : null));
    out.wage_withheld = !withheld[i] && c.n_wage > 0 && !payShown;
    out.suppressed = withheld[i];
    out.suppressed_reason = !withheld[i] ? null : c.n_enrolled < TRAINING_MIN_PEOPLE ? 'small' : 'complementary';
    return out;
  });
  await loadColumns(conn, 'training_outcomes_out', specs, specs.map((s) => rows.map((r) => r[s.name])), rows.length);
  const small = cells.filter((c) => c.n_enrolled < TRAINING_MIN_PEOPLE).length;
  const [{ people }] = await queryRows<{ people: number }>(conn, 'SELECT count(DISTINCT person_id)::INTEGER AS people FROM training_enrolments');
  ctx.minimised.push(
    { dataset: 'training_outcomes', what: '不发布的学员记录（仅发布按项目、机构和年度汇总的成效）；涉及人数', count: people },
    { dataset: 'training_outcomes', what: `不足 ${TRAINING_MIN_PEOPLE} 人而不公布的成效单元格`, count: small },
    { dataset: 'training_outcomes', what: '为防止相减反推而一并不公布的成效单元格', count: withheld.filter(Boolean).length - small },
    { dataset: 'training_outcomes', what: `工资记录不足 ${TRAINING_MIN_PEOPLE} 人而不公布工资分位数的单元格`, count: rows.filter((r) => r.wage_withheld).length }
  );
}

export const trainingOutcomes: DatasetModule = {
  name: 'training_outcomes',
  needs: () => ['training_providers', 'training_programmes', 'training_enrolments'],
  missing: '未提供培训学员记录（training_enrolments）',
  build: buildOutcomes,
  select: 'SELECT * FROM training_outcomes_out ORDER BY cohort_year, provider_id NULLS FIRST, programme_id NULLS FIRST'
};
