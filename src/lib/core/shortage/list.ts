/**
 * The list as the page shows it: one period's entries for a view (status, the county chosen on
 * the map, occupations found by name), the entry opened, and each entry's history over the
 * periods.
 */
import type { ShortageEntry } from '../queries/shortage';
import { entryKey, statusRank } from './history';
import type { ShortageView } from './view';

export const entriesOf = (all: readonly ShortageEntry[], period: string): ShortageEntry[] =>
  all.filter((e) => e.period === period).sort((a, b) => statusRank(a.status) - statusRank(b.status) || (b.score ?? -1) - (a.score ?? -1) || entryKey(a).localeCompare(entryKey(b)));

/**
 * The period's entries for the view. A county keeps the prefecture-wide entries and its own; a
 * search (`found`: occupation codes) keeps the occupations found.
 */
export function visibleEntries(all: readonly ShortageEntry[], v: ShortageView, prefecture: string, found: ReadonlySet<string> | null): ShortageEntry[] {
  return entriesOf(all, v.period).filter(
    (e) => (!v.status || e.status === v.status) && (!v.county || e.region_code === prefecture || e.region_code === v.county) && (!found || found.has(e.occupation_code))
  );
}

/** The entry opened by `occ` (and `level`), in the period on screen; the most urgent of the occupation's entries when no level is given. */
export function openedEntry(all: readonly ShortageEntry[], v: ShortageView): ShortageEntry | null {
  if (!v.occ) return null;
  const of = entriesOf(all, v.period).filter((e) => e.occupation_code === v.occ);
  return of.find((e) => e.skill_level === v.level) ?? (v.level === null ? of[0] : undefined) ?? null;
}

/** The status of an entry (occupation × level × region) in every period, null where it was not listed. */
export function entryHistory(all: readonly ShortageEntry[], periods: readonly string[], e: Pick<ShortageEntry, 'occupation_code' | 'skill_level' | 'region_code'>): { period: string; entry: ShortageEntry | null }[] {
  const k = entryKey({ ...e, status: '' });
  return periods.map((period) => ({ period, entry: all.find((x) => x.period === period && entryKey(x) === k) ?? null }));
}

export interface TimelineRow {
  entry: ShortageEntry;
  statuses: (string | null)[];
  /** Periods listed. */
  listed: number;
}

/**
 * Every entry that was ever listed, with its status per period: the list's history at a glance.
 * Entries on the latest list first, most urgent first; then the others by when they last appeared.
 */
export function timeline(all: readonly ShortageEntry[], periods: readonly string[]): TimelineRow[] {
  const byKey = new Map<string, ShortageEntry[]>();
  for (const e of all) byKey.set(entryKey(e), [...(byKey.get(entryKey(e)) ?? []), e]);
  const rows = [...byKey.values()].map((es) => {
    const at = new Map(es.map((e) => [e.period, e]));
    const last = [...es].sort((a, b) => b.period.localeCompare(a.period))[0];
    return { entry: last, statuses: periods.map((p) => at.get(p)?.status ?? null), listed: es.length };
  });
  const lastListed = (r: TimelineRow) => r.statuses.findLastIndex((s) => s !== null);
  const current = (r: TimelineRow) => r.statuses.at(-1) ?? null;
  return rows.sort(
    (a, b) =>
      lastListed(b) - lastListed(a) ||
      statusRank(current(a) ?? a.entry.status) - statusRank(current(b) ?? b.entry.status) ||
      b.listed - a.listed ||
      entryKey(a.entry).localeCompare(entryKey(b.entry))
  );
}
