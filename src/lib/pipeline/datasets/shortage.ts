/**
 * The 急需紧缺职业（工种）目录 as given, validated: one row per period × occupation × level ×
 * region, a prefecture-wide listing carrying the prefecture's code (empty in the source), an
 * unrecognised cause published as empty, benefits in the vocabulary's words where it knows them
 * (补贴上浮 → 培训补贴上浮: what training subsidies read), others as written. Sorted by period,
 * then most urgent first.
 */
import { SHORTAGE_BENEFITS, SHORTAGE_STATUSES } from '../../core/contract/career-enums';
import { parseEnum } from '../../core/enums';
import { queryRows, sqlString } from '../duck';
import type { DatasetModule } from './dataset';

/** `benefits` with every phrasing the vocabulary knows replaced by its term (distinct terms only pass through JavaScript). */
async function benefitsSql(conn: Parameters<NonNullable<DatasetModule['build']>>[0]['conn']): Promise<string> {
  const terms = (await queryRows<{ b: string }>(conn, 'SELECT DISTINCT unnest(benefits) AS b FROM shortage_list')).map((r) => r.b);
  const renamed = terms.flatMap((t) => {
    const code = parseEnum(SHORTAGE_BENEFITS, t);
    return code && code !== t ? [`WHEN ${sqlString(t)} THEN ${sqlString(code)}`] : [];
  });
  if (!renamed.length) return 'benefits';
  const named = `list_transform(benefits, b -> CASE b ${renamed.join(' ')} ELSE b END)`;
  // written twice in two wordings: keep the first, in order
  return `list_filter(${named}, (b, i) -> list_position(${named}, b) = i)`;
}

const statusRank = `list_position([${SHORTAGE_STATUSES.map((s) => sqlString(s.code)).join(', ')}], status)`;

export const shortageList: DatasetModule = {
  name: 'shortage_list',
  needs: () => ['shortage_list'],
  missing: '未提供急需紧缺职业（工种）目录（shortage_list）',
  async build({ conn, prefecture }) {
    await conn.run(`CREATE OR REPLACE TABLE shortage_list_out AS
      SELECT period, occupation_code, status, skill_level::TINYINT AS skill_level,
             coalesce(region_code, ${sqlString(prefecture.code)}) AS region_code,
             score, vacancies, applicants, cause, ${await benefitsSql(conn)} AS benefits, ${statusRank} AS _rank, _row
      FROM shortage_list`);
  },
  select: 'SELECT * EXCLUDE (_rank, _row) FROM shortage_list_out ORDER BY period, _rank, score DESC NULLS LAST, occupation_code, skill_level NULLS FIRST, region_code, _row'
};
