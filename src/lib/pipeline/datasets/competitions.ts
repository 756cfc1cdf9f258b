/**
 * Competitions and results as published: names only where the source marks them as officially
 * announced (else surname + 某), no person ids, a pool link only for people who consented.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { INTEGER, VARCHAR } from '@duckdb/node-api';
import { loadColumns } from './duck';
import type { ParsedTable } from './parse-table';
import { col } from './sources';
import { maskedName, type PersonAwards } from './talent';

/** Awards each registry person won, as `year:tier:award`, for the pool's awards column. */
export function personAwards(results: ParsedTable | undefined, competitions: ParsedTable | undefined): PersonAwards {
  const byPerson = new Map<string, string[]>();
  if (!results || !competitions) return { byPerson };
  const meta = new Map<string, { year: number; tier: string }>();
  for (let i = 0; i < competitions.length; i++)
    meta.set(col<string>(competitions, 'competition_id')[i], { year: col<number>(competitions, 'year')[i], tier: col<string>(competitions, 'tier')[i] });
  for (let i = 0; i < results.length; i++) {
    const person = col<string>(results, 'person_id')[i];
    const award = col<string>(results, 'award')[i];
    const m = meta.get(col<string>(results, 'competition_id')[i]);
    if (!person || !award || award === 'none' || !m) continue;
    byPerson.set(person, [...(byPerson.get(person) ?? []), `${m.year}:${m.tier}:${award}`]);
  }
  return { byPerson };
}

/** Builds tables `competitions_out` and `competition_results_out` from the loaded sources. */
export async function buildCompetitions(conn: DuckDBConnection, results: ParsedTable | undefined, refOf: Map<string, string>): Promise<void> {
  await conn.run(`
    CREATE OR REPLACE TABLE competitions_out AS
    SELECT competition_id, name, year::SMALLINT AS year, tier, organizer, try_cast(date AS DATE) AS date
    FROM competitions ORDER BY year, tier, competition_id`);
  if (!results) return;
  const names = col<string>(results, 'contestant_name');
  const announced = col<boolean>(results, 'announced');
  const persons = col<string>(results, 'person_id');
  await loadColumns(
    conn,
    'result_people',
    [
      { name: '_row', sql: 'INTEGER', type: INTEGER },
      { name: 'contestant', sql: 'VARCHAR', type: VARCHAR },
      { name: 'pool_ref', sql: 'VARCHAR', type: VARCHAR }
    ],
    [
      results.rows,
      names.map((n, i) => (announced[i] === true ? n : maskedName(n ?? ''))),
      persons.map((p) => (p ? (refOf.get(p) ?? null) : null))
    ],
    results.length
  );
  await conn.run(`
    CREATE OR REPLACE TABLE competition_results_out AS
    SELECT r.competition_id, r.event, r.occupation_code, p.contestant, coalesce(r.announced, false) AS name_announced,
           r.unit, r.unit_kind, r.region_code, r.rank::SMALLINT AS rank, r.award, r.score,
           r.level_promotion::TINYINT AS level_promotion, p.pool_ref
    FROM competition_results r JOIN result_people p USING (_row)
    ORDER BY r.competition_id, r.event, r.rank NULLS LAST, r._row`);
  await conn.run('DROP TABLE result_people');
}
