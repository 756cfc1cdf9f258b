/**
 * Vocational schools and their graduates' outcomes, as the schools report them (counts per major
 * and cohort), with the scorecard's rates derived here from core/schools/rates.ts. A cohort of a
 * major under SCHOOL_MIN_GRADUATES keeps its size but no rate, and no count from which a rate
 * could be recomputed (employed ÷ graduates would be one).
 */
import { SCHOOL_MIN_GRADUATES } from '../../core/disclosure';
import { RATE_DECIMALS, SCHOOL_RATES, WITHHELD_WITH_RATES, type RateDef } from '../../core/schools/rates';
import { queryRows } from '../duck';
import { asGiven, type DatasetModule } from './dataset';

export const schools = asGiven('schools', 'school_id, name, kind, region_code', 'school_id');

const small = `o.graduates < ${SCHOOL_MIN_GRADUATES}`;

/** A rate in SQL, by the same rule as `rateOf`: null when a count is unknown or nobody is in the denominator. */
export function rateSql(r: RateDef, t = 'o'): string {
  const den = r.less ? `(${t}.${r.of} - ${t}.${r.less})` : `${t}.${r.of}`;
  return `CASE WHEN ${t}.${r.numerator} IS NULL OR ${den} IS NULL OR ${den} <= 0 THEN NULL ELSE round(${t}.${r.numerator}::DOUBLE / ${den}, ${RATE_DECIMALS}) END`;
}

const withheld = (column: string) => `CASE WHEN ${small} THEN NULL ELSE o.${column} END AS ${column}`;

export const schoolOutcomes: DatasetModule = {
  name: 'school_outcomes',
  needs: () => ['schools', 'school_outcomes'],
  missing: '未提供院校毕业生去向（school_outcomes）或院校名录（schools）',
  async build({ conn, minimised }) {
    await conn.run(`CREATE OR REPLACE TABLE school_outcomes_out AS
      SELECT o.school_id, o.major, o.cohort::SMALLINT AS cohort, o.occupation_code, o.graduates,
             ${WITHHELD_WITH_RATES.map(withheld).join(', ')},
             o.partner_enterprises,
             ${SCHOOL_RATES.map((r) => `CASE WHEN ${small} THEN NULL ELSE ${rateSql(r)} END AS ${r.key}`).join(',\n             ')},
             ${small} AS suppressed
      FROM school_outcomes o`);
    const [{ n }] = await queryRows<{ n: number }>(conn, `SELECT count(*)::INTEGER AS n FROM school_outcomes o WHERE ${small}`);
    minimised.push({ dataset: 'school_outcomes', what: `毕业生不足 ${SCHOOL_MIN_GRADUATES} 人、只公布人数而不公布去向与比率的专业届别`, count: n });
  },
  select: 'SELECT * FROM school_outcomes_out ORDER BY cohort, school_id, major'
};
