/**
 * Medal tables (奖牌榜) by county or by unit. Counts come from awards as published; the medal and
 * points of each award come from `awards.ts` only.
 *
 * Ordering rule: the chosen column, descending; ties broken by gold, then silver, then bronze,
 * then excellence (all descending). Rows equal on all of those share a rank ("1, 2, 2, 4") and
 * are listed by name. Sorted by points, this is the WorldSkills points table; sorted by gold, it
 * is the Olympic-style table.
 */
import { MEDALS, MEDAL_POINTS, awardMedal, type Medal } from './awards';

/** One SQL row: how many results of one award a county or unit has, and the promotions among them. */
export interface AwardCount {
  key: string;
  name: string;
  award: string;
  n: number;
  promotions: number;
  /** Unit tables: enterprise / school / other, and the unit's county. */
  kind?: string | null;
  region_code?: string | null;
}

export interface MedalTableRow extends Record<Medal, number> {
  key: string;
  name: string;
  kind: string | null;
  region_code: string | null;
  /** Results entered (参赛人次), with or without an award. */
  entries: number;
  medals: number;
  points: number;
  /** Results that granted a skill level. */
  promotions: number;
  rank: number;
}

export const MEDAL_SORT_KEYS = ['points', 'gold', 'silver', 'bronze', 'excellence', 'medals', 'entries', 'promotions'] as const;
export type MedalSortKey = (typeof MEDAL_SORT_KEYS)[number];

/** Adds up award counts per key. An award the contract does not know throws instead of scoring 0. */
export function medalTable(counts: readonly AwardCount[], sort: MedalSortKey = 'points'): MedalTableRow[] {
  const by = new Map<string, MedalTableRow>();
  for (const c of counts) {
    const row = by.get(c.key) ?? {
      key: c.key, name: c.name, kind: c.kind ?? null, region_code: c.region_code ?? null,
      gold: 0, silver: 0, bronze: 0, excellence: 0, entries: 0, medals: 0, points: 0, promotions: 0, rank: 0
    };
    const medal = awardMedal(c.award);
    row.entries += c.n;
    row.promotions += c.promotions;
    if (medal) {
      row[medal] += c.n;
      row.medals += c.n;
      row.points += c.n * MEDAL_POINTS[medal];
    }
    by.set(c.key, row);
  }
  return sortMedalTable([...by.values()], sort);
}

const collator = new Intl.Collator('zh-CN');

/** Sorts by a column (see the ordering rule above) and numbers the rows, ties sharing a rank. */
export function sortMedalTable(rows: readonly MedalTableRow[], sort: MedalSortKey): MedalTableRow[] {
  const chain: MedalSortKey[] = [sort, ...MEDALS];
  const cmp = (a: MedalTableRow, b: MedalTableRow) => {
    for (const k of chain) if (a[k] !== b[k]) return b[k] - a[k];
    return 0;
  };
  const sorted = [...rows].sort((a, b) => cmp(a, b) || collator.compare(a.name, b.name) || (a.key < b.key ? -1 : 1));
  const out: MedalTableRow[] = [];
  for (const [i, r] of sorted.entries()) out.push({ ...r, rank: i > 0 && cmp(sorted[i - 1], r) === 0 ? out[i - 1].rank : i + 1 });
  return out;
}
