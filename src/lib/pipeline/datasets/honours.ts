/**
 * The honours roll as published: a name only where the source marks it as officially announced,
 * else surname + 某, exactly as competition results (`announcedNameSql`). A 技能大师工作室 is
 * named after its holder, so an unannounced studio's name gets the same mask where the holder's
 * name is in it, and is withheld where it is not (it may carry a name the roll cannot see).
 * Person ids are never published; a person who consented to the pool gets its reference.
 */
import { HONOURS } from '../../core/contract/career-enums';
import { queryRows, sqlString } from '../duck';
import type { DatasetModule } from './dataset';
import { announcedNameSql, poolRefsSql, surnameSql } from './talent';

const announced = 'coalesce(h.announced, false)';
const rank = `list_position([${HONOURS.map((v) => sqlString(v.code)).join(', ')}], h.honour)`;

/** The studio's published name: as written when announced, the holder's name masked in it otherwise, or null. */
const holderNamed = 'length(trim(h.name)) > 0 AND contains(h.studio, trim(h.name))';
const studioSql = `CASE WHEN h.studio IS NULL THEN NULL
  WHEN ${announced} THEN h.studio
  WHEN ${holderNamed} THEN replace(h.studio, trim(h.name), (${surnameSql('h.name')}) || '某')
  ELSE NULL END`;

export const honours: DatasetModule = {
  name: 'honours',
  needs: () => ['honours'],
  missing: '未提供技能人才荣誉名录（honours）',
  async build({ conn, src, minimised }) {
    await conn.run(`CREATE OR REPLACE TABLE honours_out AS
      SELECT h.honour, h.year::SMALLINT AS year, ${announcedNameSql('h.name', 'h.announced')} AS holder, ${announced} AS name_announced,
             h.occupation_code, h.unit, h.region_code, ${studioSql} AS studio, p.ref AS pool_ref, ${rank} AS _rank, h._row
      FROM honours h LEFT JOIN ${poolRefsSql(src)} p ON p.person_id = h.person_id`);
    const [r] = await queryRows<{ masked: number; studios: number; withheld: number; linked: number }>(
      conn,
      `SELECT count(*) FILTER (WHERE NOT ${announced})::INTEGER AS masked,
              count(*) FILTER (WHERE NOT ${announced} AND h.studio IS NOT NULL AND ${holderNamed})::INTEGER AS studios,
              count(*) FILTER (WHERE NOT ${announced} AND h.studio IS NOT NULL AND NOT (${holderNamed}))::INTEGER AS withheld,
              count(h.person_id)::INTEGER AS linked
       FROM honours h`
    );
    minimised.push(
      { dataset: 'honours', what: '未经正式公示、姓名改为「姓 + 某」的荣誉获得者', count: r.masked },
      { dataset: 'honours', what: '未经公示、名称中的姓名改为「姓 + 某」的技能大师工作室', count: r.studios },
      { dataset: 'honours', what: '未经公示、名称不含领办人姓名而不公布名称的技能大师工作室', count: r.withheld },
      { dataset: 'honours', what: '不发布的人员编号（同意公开者改为人才库编号）', count: r.linked }
    );
  },
  select: 'SELECT * EXCLUDE (_rank, _row) FROM honours_out ORDER BY year DESC, _rank, region_code, _row'
};
