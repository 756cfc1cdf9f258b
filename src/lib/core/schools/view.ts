/**
 * The /schools/ page's view in the URL: the cohort, the school kind and county, only majors whose
 * trade is on the shortage list, the occupation whose schools are compared, and the sort. The
 * prerendered HTML is `defaults` (the latest cohort, every school).
 */
import { SCHOOL_KINDS } from '../contract/career-enums';
import { RATE_KEYS } from './rates';
import { flag, integer, oneOf, viewCodec, type ViewCodec } from '../view-codec';

export const SCHOOL_SORT_KEYS = ['school', 'graduates', ...RATE_KEYS, 'median_monthly_wage'] as const;
export type SchoolSortKey = (typeof SCHOOL_SORT_KEYS)[number];

export interface SchoolView {
  cohort: number;
  kind: string | null;
  county: string | null;
  /** Only majors whose occupation is on the shortage list in force. */
  shortage: boolean;
  /** The occupation (细类) whose schools are compared side by side. */
  occ: string | null;
  sort: SchoolSortKey;
  desc: boolean;
}

/** `cohorts`: the release's cohorts; `counties`: the schools' counties; `occupations`: the majors' occupations. */
export function schoolViewCodec(cohorts: readonly number[], counties: readonly string[], occupations: readonly string[]): ViewCodec<SchoolView> {
  return viewCodec<SchoolView>(
    {
      cohort: integer(cohorts.at(-1) ?? 0, (c) => cohorts.includes(c)),
      kind: oneOf(SCHOOL_KINDS.map((k) => k.code), null),
      county: oneOf(counties, null),
      shortage: flag('shortage'),
      occ: oneOf(occupations, null),
      sort: oneOf(SCHOOL_SORT_KEYS, 'school'),
      desc: flag('desc')
    },
    { shortage: 'only', desc: 'dir' }
  );
}
