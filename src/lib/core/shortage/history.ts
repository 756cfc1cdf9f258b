/**
 * How the list changed from one period to the next: entries added, removed, and moved up or down
 * the scale (紧缺 > 较紧缺 > 关注). An entry is an occupation at a level (or all levels) in a
 * region; the same occupation at another level is another entry.
 */
import { SHORTAGE_STATUSES } from '../contract/career-enums';

export interface ListedEntry {
  occupation_code: string;
  skill_level: number | null;
  region_code: string;
  status: string;
}

export type Change<E extends ListedEntry> =
  | { kind: 'added'; entry: E }
  | { kind: 'removed'; entry: E }
  | { kind: 'raised' | 'lowered'; entry: E; before: E };

export const entryKey = (e: ListedEntry): string => `${e.occupation_code}|${e.skill_level ?? ''}|${e.region_code}`;

/** 0 = most urgent (紧缺). */
export const statusRank = (status: string): number => SHORTAGE_STATUSES.findIndex((s) => s.code === status);

/** Changes from `before` to `after`, most urgent first within each kind; unchanged entries are left out. */
export function listChanges<E extends ListedEntry>(before: readonly E[], after: readonly E[]): Change<E>[] {
  const was = new Map(before.map((e) => [entryKey(e), e]));
  const now = new Map(after.map((e) => [entryKey(e), e]));
  const out: Change<E>[] = [];
  for (const [k, e] of now) {
    const b = was.get(k);
    if (!b) out.push({ kind: 'added', entry: e });
    else if (statusRank(e.status) < statusRank(b.status)) out.push({ kind: 'raised', entry: e, before: b });
    else if (statusRank(e.status) > statusRank(b.status)) out.push({ kind: 'lowered', entry: e, before: b });
  }
  for (const [k, e] of was) if (!now.has(k)) out.push({ kind: 'removed', entry: e });
  const order = { added: 0, raised: 1, lowered: 2, removed: 3 };
  return out.sort((a, b) => order[a.kind] - order[b.kind] || statusRank(a.entry.status) - statusRank(b.entry.status) || entryKey(a.entry).localeCompare(entryKey(b.entry)));
}
