/**
 * The /training/ finder in the URL: occupation (细类 or a group), target level, county, type, mode,
 * start window, subsidised only, the most a trainee pays, a skill taught, the sort, the page and
 * the courses picked for comparison. The prerendered HTML is `defaults`: courses that have not
 * started yet, soonest first.
 */
import { TRAINING_MODES, TRAINING_TYPES } from '../contract/career-enums';
import { flag, integer, oneOf, viewCodec, type Field, type ViewCodec } from '../view-codec';
import { isSkillLevel } from '../wages/view';

/** When a course starts, relative to the release's as-of date (the site knows no other "today"). */
export const START_WINDOWS = ['upcoming', '3m', 'past', 'all'] as const;
export type StartWindow = (typeof START_WINDOWS)[number];
export const START_WINDOW_LABELS: Readonly<Record<StartWindow, string>> = {
  upcoming: '尚未开班',
  '3m': '三个月内开班',
  past: '往期（已开班）',
  all: '全部'
};
/** The `3m` window, in months. */
export const SOON_MONTHS = 3;

export const FINDER_SORTS = ['start', 'fee', 'employment', 'certification', 'pay'] as const;
export type FinderSort = (typeof FINDER_SORTS)[number];
export const FINDER_SORT_LABELS: Readonly<Record<FinderSort, string>> = {
  start: '开班日期（早→晚）',
  fee: '自付费用（低→高）',
  employment: '6个月就业率（高→低）',
  certification: '取证率（高→低）',
  pay: '培训后月工资中位数（高→低）'
};

/** The most a trainee pays after the subsidy, 元 (0 = free). */
export const FEE_CAPS = [0, 300, 500, 1000, 2000] as const;
/** Courses a page of results shows; at most this many can be compared. */
export const FINDER_PAGE_SIZE = 20;
export const MAX_COMPARED = 3;
export const MAX_PAGES = 500;

export interface FinderView {
  /** 细类, or a group whose 细类 are all meant. */
  occ: string | null;
  level: number | null;
  county: string | null;
  type: string | null;
  mode: string | null;
  when: StartWindow;
  /** Only courses with a subsidy. */
  subsidy: boolean;
  /** The most a trainee pays, 元. */
  fee: number | null;
  /** A skill taught (canonical id), as /match links it. */
  skill: string | null;
  sort: FinderSort;
  /** 1-based. */
  page: number;
  /** Programme ids picked for comparison, in the order picked. */
  cmp: string[];
}

/** The filters that decide which courses are listed (sort, page and comparison do not). */
export type FinderFilter = Omit<FinderView, 'sort' | 'page' | 'cmp'>;

const OCCUPATION_CODE = /^[1-8](-\d{2}){0,3}$/;
const SKILL_ID = /^[\w-]{1,40}$/;
/** Programme ids are the bureau's own: anything printable without separators. */
const PROGRAMME_ID = /^[^\s,]{1,60}$/;

const pattern = (re: RegExp): Field<string | null> => ({
  default: null,
  parse: (raw) => (raw !== null && re.test(raw) ? raw : null),
  format: (v) => v
});

/** Distinct ids in the order given, at most `max`. */
export const idList = (re: RegExp, max: number): Field<string[]> => ({
  default: [],
  parse: (raw) => [...new Set((raw ?? '').split(',').filter((c) => re.test(c)))].slice(0, max),
  format: (v) => (v.length ? v.slice(0, max).join(',') : null)
});

export const programmeIds = (max = MAX_COMPARED): Field<string[]> => idList(PROGRAMME_ID, max);

/** `counties`: the county codes the release publishes. */
export function finderViewCodec(counties: readonly string[]): ViewCodec<FinderView> {
  return viewCodec<FinderView>({
    occ: pattern(OCCUPATION_CODE),
    level: integer(null, isSkillLevel),
    county: oneOf(counties, null),
    type: oneOf(TRAINING_TYPES.map((t) => t.code), null),
    mode: oneOf(TRAINING_MODES.map((t) => t.code), null),
    when: oneOf(START_WINDOWS, 'upcoming'),
    subsidy: flag('1'),
    fee: integer(null, (n) => (FEE_CAPS as readonly number[]).includes(n)),
    skill: pattern(SKILL_ID),
    sort: oneOf(FINDER_SORTS, 'start'),
    page: integer(1, (n) => n >= 1 && n <= MAX_PAGES),
    cmp: programmeIds()
  });
}

/** The filter part of a view, as a key (a filter change goes back to page 1). */
export const finderFilterKey = (v: FinderView): string =>
  [v.occ, v.level, v.county, v.type, v.mode, v.when, v.subsidy, v.fee, v.skill].map((x) => x ?? '').join('|');

/** The start window's bounds against the release's as-of date: [from, to) as ISO dates, null = open. */
export function startBounds(when: StartWindow, asOf: string): { from: string | null; to: string | null } {
  switch (when) {
    case 'upcoming':
      return { from: asOf, to: null };
    case '3m':
      return { from: asOf, to: addMonths(asOf, SOON_MONTHS) };
    case 'past':
      return { from: null, to: asOf };
    case 'all':
      return { from: null, to: null };
  }
}

/** `2026-11-30` + 3 months = `2027-02-28` (the month's last day when the day does not exist). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m - 1 + months;
  const year = y + Math.floor(month / 12);
  const mm = ((month % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, mm + 1, 0)).getUTCDate();
  return `${year}-${String(mm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** /training/compare/?p=A,B,C: the courses compared, in the order picked. */
export interface CompareView {
  p: string[];
}

export const compareViewCodec = (): ViewCodec<CompareView> => viewCodec<CompareView>({ p: programmeIds() });
