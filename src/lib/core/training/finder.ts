/**
 * The finder over the catalogue in memory: which courses a view lists, in which order, on which
 * page, and what a view with no results could be widened to. The same code prerenders the
 * default view at build time and answers every other view in the browser.
 */
import type { CourseCard, EarlierRun } from '../queries/training';
import { outcomeRates, type OutcomeRow } from './outcomes';
import { placedOutcome } from './pay';
import { FINDER_PAGE_SIZE, startBounds, type FinderFilter, type FinderSort, type FinderView } from './view';

/** The evidence a card shows for how trainees did: its own cohort, an earlier run's, or the provider's year. */
export type Evidence =
  | { kind: 'own'; outcome: OutcomeRow }
  | { kind: 'previous'; run: EarlierRun; outcome: OutcomeRow; runs: number; withheld: number }
  | { kind: 'provider'; outcome: OutcomeRow }
  | { kind: 'none' };

export function evidenceOf(c: CourseCard): Evidence {
  if (c.outcome) return { kind: 'own', outcome: c.outcome };
  if (c.previous) return { kind: 'previous', run: c.previous, outcome: c.previous.outcome, runs: c.earlier.runs, withheld: c.earlier.withheld };
  if (c.providerYear) return { kind: 'provider', outcome: c.providerYear };
  return { kind: 'none' };
}


export function matches(c: CourseCard, f: FinderFilter, asOf: string): boolean {
  if (f.occ && c.occupation_code !== f.occ && !c.occupation_code.startsWith(`${f.occ}-`)) return false;
  if (f.level !== null && c.target_level !== f.level) return false;
  if (f.county && c.region_code !== f.county) return false;
  if (f.type && c.type !== f.type) return false;
  if (f.mode && c.mode !== f.mode) return false;
  const { from, to } = startBounds(f.when, asOf);
  if ((from || to) && c.start_date === null) return false;
  if (from && c.start_date! < from) return false;
  if (to && c.start_date! >= to) return false;
  if (f.subsidy && !((c.subsidy ?? 0) > 0)) return false;
  if (f.fee !== null && (c.net_fee === null || c.net_fee > f.fee)) return false;
  if (f.skill && !c.skills.includes(f.skill)) return false;
  return true;
}

/** A sort key: larger is listed first; null last. */
const KEYS: Record<Exclude<FinderSort, 'start' | 'fee'>, (o: OutcomeRow) => number | null> = {
  employment: (o) => outcomeRates(o)?.employment.rate ?? null,
  certification: (o) => outcomeRates(o)?.certification.rate ?? null,
  pay: (o) => o.wage_after_p50
};

const byText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
const byNumber = (a: number | null, b: number | null, desc = false) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : desc ? b - a : a - b);
const soonest = (a: CourseCard, b: CourseCard) => byText(a.start_date, b.start_date) || byText(a.programme_id, b.programme_id);

export function compareCards(sort: FinderSort): (a: CourseCard, b: CourseCard) => number {
  if (sort === 'start') return soonest;
  if (sort === 'fee') return (a, b) => byNumber(a.net_fee, b.net_fee) || soonest(a, b);
  const key = KEYS[sort];
  const value = (c: CourseCard) => {
    const o = placedOutcome(c);
    return o ? key(o) : null;
  };
  return (a, b) => byNumber(value(a), value(b), true) || soonest(a, b);
}

export interface FinderPage {
  /** Courses the filters match. */
  total: number;
  /** This page of them. */
  cards: CourseCard[];
  /** The page shown (the last one when the view asked for a page past it), and how many there are. */
  page: number;
  pages: number;
}

export function selectCards(all: readonly CourseCard[], v: FinderView, asOf: string): FinderPage {
  const hits = all.filter((c) => matches(c, v, asOf)).sort(compareCards(v.sort));
  const pages = Math.max(1, Math.ceil(hits.length / FINDER_PAGE_SIZE));
  const page = Math.min(v.page, pages);
  return { total: hits.length, cards: hits.slice((page - 1) * FINDER_PAGE_SIZE, page * FINDER_PAGE_SIZE), page, pages };
}

export interface Widening {
  /** What to drop from the view, for a link. */
  patch: Partial<FinderView>;
  /** What it means, in Chinese: "不限县（市）". */
  label: string;
  total: number;
}

/**
 * For a view with no results: the single filters whose removal would find something, each with
 * how many courses it would list (at most three, the most productive first).
 */
export function widenings(all: readonly CourseCard[], v: FinderView, asOf: string): Widening[] {
  const tries: [Partial<FinderView>, string][] = [
    [{ when: 'all' }, '包括往期课程'],
    [{ county: null }, '不限县（市）'],
    [{ level: null }, '不限培训等级'],
    [{ type: null }, '不限培训类型'],
    [{ mode: null }, '不限培训方式'],
    [{ subsidy: false }, '包括无补贴课程'],
    [{ fee: null }, '不限自付费用'],
    [{ skill: null }, '不限培训技能']
  ];
  const out: Widening[] = [];
  for (const [patch, label] of tries) {
    const key = Object.keys(patch)[0] as keyof FinderView;
    if (v[key] === patch[key] || (key === 'when' && v.when === 'all')) continue;
    const total = all.filter((c) => matches(c, { ...v, ...patch }, asOf)).length;
    if (total > 0) out.push({ patch: { ...patch, page: 1 }, label, total });
  }
  return out.sort((a, b) => b.total - a.total).slice(0, 3);
}

/**
 * Courses toward one occupation and level (a rung of /careers/[code]): those not started by the
 * release date first, soonest first, then the latest earlier ones; at most `limit`, with how many
 * there are in all.
 */
export function coursesToward(all: readonly CourseCard[], occupation: string, level: number | null, asOf: string, limit = 5): { total: number; courses: CourseCard[] } {
  const hits = all.filter((c) => c.occupation_code === occupation && c.target_level === level);
  const ahead = hits.filter((c) => c.start_date !== null && c.start_date >= asOf).sort(soonest);
  const before = hits.filter((c) => !ahead.includes(c)).sort((a, b) => -soonest(a, b));
  return { total: hits.length, courses: [...ahead, ...before].slice(0, limit) };
}
