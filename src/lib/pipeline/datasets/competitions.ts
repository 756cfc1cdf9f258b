/**
 * Competitions and results as published: names only where the source marks them as officially
 * announced (else surname + 某), no person ids, a pool link only for people who consented.
 */
import type { DatasetModule } from './dataset';
import { announcedNameSql, poolRefsSql } from './talent';

export const competitions: DatasetModule = {
  name: 'competitions',
  needs: () => ['competitions'],
  select: `SELECT competition_id, name, year::SMALLINT AS year, tier, organizer, try_cast(date AS DATE) AS date
           FROM competitions ORDER BY year, tier, competition_id`,
  years: 'SELECT DISTINCT year::INTEGER AS y FROM competitions ORDER BY y'
};

export const competitionResults: DatasetModule = {
  name: 'competition_results',
  needs: () => ['competitions', 'competition_results'],
  missing: '未提供竞赛成绩（competition_results）',
  async build({ conn, src, minimised }) {
    // The pool is built before this dataset (datasets/index.ts).
    const refs = poolRefsSql(src);
    await conn.run(`CREATE OR REPLACE TABLE competition_results_out AS
      SELECT r.competition_id, r.event, r.occupation_code,
             ${announcedNameSql('r.contestant_name', 'r.announced')} AS contestant,
             coalesce(r.announced, false) AS name_announced,
             r.unit, r.unit_kind, r.region_code, r.rank::SMALLINT AS rank, r.award, r.score,
             r.level_promotion::TINYINT AS level_promotion, p.ref AS pool_ref, r._row
      FROM competition_results r LEFT JOIN ${refs} p ON p.person_id = r.person_id`);
    const [{ masked, linked }] = (await (await conn.runAndReadAll(
      `SELECT count(*) FILTER (WHERE NOT coalesce(announced, false))::INTEGER AS masked, count(person_id)::INTEGER AS linked FROM competition_results`
    )).getRowObjectsJS()) as { masked: number; linked: number }[];
    minimised.push(
      { dataset: 'competition_results', what: '未经正式公示、姓名改为「姓 + 某」的选手', count: masked },
      { dataset: 'competition_results', what: '不发布的人员编号（同意公开者改为人才库编号）', count: linked }
    );
  },
  select: 'SELECT * EXCLUDE (_row) FROM competition_results_out ORDER BY competition_id, event, rank NULLS LAST, _row'
};
