/**
 * The scorecard's rows for a view: filtered by cohort, kind, county and shortage, sorted with
 * withheld and missing values last whatever the direction (never as if they were 0), and the
 * shortage listing of each major's occupation.
 */
import type { OutcomeRow, ShortageFlag } from '../queries/schools';
import { statusRank } from '../shortage/history';
import type { SchoolSortKey, SchoolView } from './view';

/** The listing of an occupation in force for a school's county: prefecture-wide or for that county, most urgent first. */
export function shortageOf(flags: readonly ShortageFlag[], occupation: string | null, county: string | null, prefecture: string): ShortageFlag | null {
  if (!occupation) return null;
  const hits = flags.filter((f) => f.occupation_code === occupation && (f.region_code === prefecture || f.region_code === county));
  return hits.sort((a, b) => statusRank(a.status) - statusRank(b.status))[0] ?? null;
}

export type ShortageIndex = (row: Pick<OutcomeRow, 'occupation_code' | 'region_code'>) => ShortageFlag | null;

export const shortageIndex = (flags: readonly ShortageFlag[], prefecture: string): ShortageIndex => (row) => shortageOf(flags, row.occupation_code, row.region_code, prefecture);

export function scorecardRows(rows: readonly OutcomeRow[], v: SchoolView, shortage: ShortageIndex): OutcomeRow[] {
  const kept = rows.filter(
    (r) => r.cohort === v.cohort && (!v.kind || r.kind === v.kind) && (!v.county || r.region_code === v.county) && (!v.shortage || shortage(r) !== null)
  );
  return sortOutcomes(kept, v.sort, v.desc);
}

const valueOf = (r: OutcomeRow, key: SchoolSortKey): number | string | null => (key === 'school' ? r.school_id : key === 'graduates' ? r.graduates : r[key]);

/** Sorted by `key`; rows without a value (withheld or not reported) last either way; ties by school and major. */
export function sortOutcomes(rows: readonly OutcomeRow[], key: SchoolSortKey, desc: boolean): OutcomeRow[] {
  const tie = (a: OutcomeRow, b: OutcomeRow) => a.school_id.localeCompare(b.school_id) || a.major.localeCompare(b.major, 'zh-CN');
  return [...rows].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
    return (desc ? -c : c) || tie(a, b);
  });
}

/** The majors of a cohort that train for `occupation`, best employment first: the comparison. */
export const compareRows = (rows: readonly OutcomeRow[], cohort: number, occupation: string): OutcomeRow[] =>
  sortOutcomes(rows.filter((r) => r.cohort === cohort && r.occupation_code === occupation), 'employment_rate', true);

export interface OccupationChoice {
  code: string;
  name: string;
  schools: number;
}

/** The occupations majors train for, with how many schools teach each (the comparison's choices), most taught first. */
export function comparableOccupations(rows: readonly OutcomeRow[]): OccupationChoice[] {
  const by = new Map<string, { name: string; schools: Set<string> }>();
  for (const r of rows) {
    if (!r.occupation_code) continue;
    const e = by.get(r.occupation_code) ?? { name: r.occupation ?? r.occupation_code, schools: new Set() };
    e.schools.add(r.school_id);
    by.set(r.occupation_code, e);
  }
  return [...by]
    .map(([code, e]) => ({ code, name: e.name, schools: e.schools.size }))
    .sort((a, b) => b.schools - a.schools || a.code.localeCompare(b.code));
}
