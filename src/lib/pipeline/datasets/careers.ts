/**
 * The ladder's rules as published: the register of evaluation bodies as given, and the
 * requirements and equivalences resolved from the bureau's rows and the built-in defaults
 * (core/careers/), every row saying whether it is the bureau's or the default, and on what basis.
 * Defaults are published even when the bureau gives no table at all: they are rules, not data.
 */
import { DOUBLE, TINYINT, VARCHAR } from '@duckdb/node-api';
import { resolveEquivalences, type EquivalenceRule } from '../../core/careers/equivalence';
import { resolveRequirements, type RequirementRule } from '../../core/careers/requirements';
import { loadColumns, queryRows, type ColumnSpec } from '../duck';
import { asGiven, type BuildContext, type DatasetModule } from './dataset';

export const evaluationBodies = asGiven('evaluation_bodies', 'body_id, name, kind, region_code, scope, status', 'body_id');

async function load(ctx: BuildContext, table: string, specs: ColumnSpec[], rows: Record<string, unknown>[]): Promise<void> {
  await loadColumns(ctx.conn, table, specs, specs.map((s) => rows.map((r) => r[s.name] ?? null)), rows.length);
}

const v = (name: string): ColumnSpec => ({ name, sql: 'VARCHAR', type: VARCHAR });
const lv = (name: string): ColumnSpec => ({ name, sql: 'TINYINT', type: TINYINT });
const list = (name: string): ColumnSpec => ({ name, sql: 'VARCHAR[]', type: VARCHAR });

export const levelRequirements: DatasetModule = {
  name: 'level_requirements',
  needs: () => ['occupations'],
  async build(ctx) {
    const occupations = await queryRows<{ code: string; max_level: number | null }>(ctx.conn, 'SELECT code, max_level::INTEGER AS max_level FROM occupations ORDER BY code');
    const bureau = await queryRows<RequirementRule>(
      ctx.conn,
      `SELECT occupation_code, to_level::INTEGER AS to_level, from_level::INTEGER AS from_level, min_years::DOUBLE AS min_years, alternatives, basis
       FROM level_requirements ORDER BY _row`
    );
    const rows = occupations.flatMap((o) => resolveRequirements(o.code, o.max_level, bureau));
    await load(ctx, 'level_requirements_rows', [v('occupation_code'), lv('to_level'), lv('from_level'), { name: 'min_years', sql: 'DOUBLE', type: DOUBLE }, list('alternatives'), v('basis'), v('source'), v('rule_code')], rows as unknown as Record<string, unknown>[]);
  },
  select: 'SELECT * FROM level_requirements_rows ORDER BY occupation_code, to_level'
};

export const levelEquivalence: DatasetModule = {
  name: 'level_equivalence',
  needs: () => [],
  async build(ctx) {
    const bureau = await queryRows<EquivalenceRule>(
      ctx.conn,
      'SELECT skill_level::INTEGER AS skill_level, title_equivalent, education_equivalent, uses, basis FROM level_equivalence ORDER BY _row'
    );
    const rows = resolveEquivalences(bureau);
    await load(ctx, 'level_equivalence_rows', [lv('skill_level'), v('title_equivalent'), v('education_equivalent'), list('uses'), v('basis'), v('source')], rows as unknown as Record<string, unknown>[]);
  },
  select: 'SELECT * FROM level_equivalence_rows ORDER BY skill_level'
};
