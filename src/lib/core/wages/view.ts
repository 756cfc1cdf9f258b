/**
 * The /wages/ page's view in the URL: year × region × industry × level, the sort, the search text
 * and the expanded groups. The prerendered HTML is `defaults`.
 */
import { INDUSTRIES } from '../industries';
import type { Manifest } from '../manifest';
import { MAX_LEVEL, MIN_LEVEL } from '../skill-levels';
import { codeList, flag, integer, oneOf, text, viewCodec, type ViewCodec } from '../view-codec';

export const SORT_KEYS = ['code', 'n_workers', 'p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The longest search text kept in a URL. */
export const SEARCH_MAX_CHARS = 50;

export interface WageView {
  year: number;
  region: string;
  industry: string | null;
  level: number | null;
  sort: SortKey;
  desc: boolean;
  q: string;
  /** Expanded group codes. */
  open: string[];
}

/** The filters that decide which cells are queried (sort, search and expanded groups do not). */
export type WageFilter = Pick<WageView, 'year' | 'region' | 'industry' | 'level'>;

export const isSkillLevel = (n: number): boolean => n >= MIN_LEVEL && n <= MAX_LEVEL;

/** `regions`: the region codes the release publishes (prefecture first or not, any order). */
export function wageViewCodec(m: Manifest, regions: readonly string[]): ViewCodec<WageView> {
  const latest = m.years.wage.at(-1) ?? 0;
  return viewCodec<WageView>(
    {
      year: integer(latest, (y) => m.years.wage.includes(y)),
      region: oneOf(regions.includes(m.prefecture.code) ? regions : [m.prefecture.code, ...regions], m.prefecture.code),
      industry: oneOf(Object.keys(INDUSTRIES), null),
      level: integer(null, isSkillLevel),
      sort: oneOf(SORT_KEYS, 'code'),
      desc: flag('desc'),
      q: text(SEARCH_MAX_CHARS),
      open: codeList(/^[1-8](-\d{2}){0,2}$/)
    },
    { desc: 'dir' }
  );
}

export const wageFilterKey = (v: WageFilter): string => `${v.year}|${v.region}|${v.industry ?? ''}|${v.level ?? ''}`;
