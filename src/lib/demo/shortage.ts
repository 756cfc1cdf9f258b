/**
 * The quarterly 急需紧缺职业（工种）目录, 2023Q1 … 2026Q4 (the quarter of the jobs' reference
 * date is the current list). Each candidate occupation has a shortage score on a 0–3 scale
 * (after Germany's six-indicator average) that drifts from quarter to quarter around its own
 * level; the score decides the status (≥ 2.0 紧缺, ≥ 1.6 较紧缺, ≥ 1.3 关注, else not listed), so
 * occupations join and leave the list. Vacancies follow the open jobs of the occupation, and
 * applicants make vacancies / applicants ≈ the score.
 */
import { shortagePeriod } from '../core/contract/career-enums';
import { OCCUPATION_BY_CODE, PREFECTURE } from './catalogue';
import { compareText } from './compare';
import type { Cell } from './csv';
import { JOBS_REFERENCE_DATE } from './jobs';
import type { Random } from './random';

export const SHORTAGE_YEARS = [2023, 2024, 2025, 2026] as const;

const STATUS_FLOOR: readonly [string, number][] = [
  ['紧缺', 2.0],
  ['较紧缺', 1.6],
  ['关注', 1.3]
];

const BENEFITS: Readonly<Record<string, readonly string[]>> = {
  紧缺: ['培训补贴上浮', '人才引进待遇'],
  较紧缺: ['培训补贴上浮'],
  关注: []
};

/** Statuses whose listing raises the training subsidy (benefit 培训补贴上浮). */
const UPLIFT_STATUSES = new Set(['紧缺', '较紧缺']);
export const SHORTAGE_UPLIFT = 0.2;

/** Hiring is strongest after the Spring Festival. */
const SEASON = [1.25, 1.0, 0.9, 0.85];

interface Candidate {
  code: string;
  /** Typical score. */
  base: number;
  /** Change of the typical score per year. */
  trend: number;
  cause: string;
  level?: number;
  region?: string;
}

const c = (code: string, base: number, cause: string, extra: Partial<Candidate> = {}): Candidate => ({ code, base, trend: 0, cause, ...extra });

/** The catalogue's shortage occupations sit high; the others hover around the threshold. */
const CANDIDATES: readonly Candidate[] = [
  c('6-18-02-04', 2.3, '留人难', { level: 4 }),
  c('6-31-01-03', 2.15, '培训周期长'),
  c('6-31-01-02', 2.0, '培训周期长', { level: 5 }),
  c('6-18-01-01', 1.95, '培训周期长', { level: 4 }),
  c('6-18-01-02', 1.8, '培训周期长'),
  c('6-18-01-07', 2.2, '培训周期长', { level: 4 }),
  c('6-31-01-09', 2.1, '新兴职业', { trend: 0.08 }),
  c('4-04-05-05', 1.75, '新兴职业', { trend: 0.15 }),
  c('4-04-05-07', 1.7, '新兴职业', { trend: 0.12 }),
  c('4-10-01-05', 2.35, '岗位吸引力'),
  c('4-12-01-01', 1.9, '培训周期短', { trend: 0.05 }),
  c('6-16-01-01', 2.2, '岗位吸引力', { region: '532501' }),
  c('4-03-02-01', 1.85, '留人难'),
  c('4-02-02-02', 1.9, '岗位吸引力'),
  c('4-10-01-01', 1.45, '培训周期短', { trend: 0.06 }),
  c('4-01-02-07', 1.75, '培训周期短', { trend: -0.18 }),
  c('6-31-01-06', 1.4, '培训周期短'),
  c('6-28-01-14', 1.3, '新兴职业', { trend: 0.12 }),
  c('6-31-03-06', 1.45, '培训周期长'),
  c('6-11-01-05', 1.35, '留人难'),
  c('6-31-01-05', 1.4, '培训周期长'),
  c('6-17-03-01', 1.5, '岗位吸引力', { trend: -0.08 }),
  c('6-28-02-01', 1.3, '培训周期长'),
  c('4-02-07-02', 1.45, '岗位吸引力', { trend: -0.1 }),
  c('4-14-01-02', 1.5, '岗位吸引力'),
  c('6-30-05-03', 1.35, '留人难', { trend: -0.05 }),
  c('5-05-01-06', 1.2, '新兴职业', { trend: 0.1 }),
  c('4-04-04-01', 1.35, '新兴职业'),
  c('4-10-01-06', 1.4, '岗位吸引力'),
  c('5-05-01-05', 1.3, '培训周期短', { trend: 0.05 })
];

export interface ShortageList {
  rows: Record<string, Cell>[];
  periods: readonly string[];
  /** The period a day falls in; null before the first list. */
  periodOf(iso: string): string | null;
  /**
   * The training-subsidy uplift a course gets on that day's list (0 when none): an entry for its
   * occupation that names no level or its level, and the prefecture or its county.
   */
  upliftAt(occupationCode: string, iso: string, level: number | null, regionCode: string): number;
}

export function generateShortageList(rng: Random, jobs: readonly Record<string, Cell>[]): ShortageList {
  const periods = SHORTAGE_YEARS.flatMap((y) => [1, 2, 3, 4].map((q) => shortagePeriod(y, q)));
  const headcount = new Map<string, number>();
  for (const j of jobs) {
    const key = `${j.occupation_code}|${j.region_code}`;
    headcount.set(key, (headcount.get(key) ?? 0) + Number(j.headcount ?? 1));
  }
  const jobsOf = (code: string, region?: string): number => {
    let n = 0;
    for (const [key, h] of headcount) if (key.startsWith(`${code}|`) && (!region || key.endsWith(`|${region}`))) n += h;
    return n;
  };
  /** Quarters the jobs table spans (posted 2025-06 … 2026-10). */
  const JOB_QUARTERS = 5.7;

  const rows: Record<string, Cell>[] = [];
  /** period|occupation → the (level, region) of each entry that raises the subsidy. */
  const uplifted = new Map<string, { level: number | null; region: string }[]>();
  for (const cand of CANDIDATES) {
    if (!OCCUPATION_BY_CODE.has(cand.code)) throw new Error(`shortage candidate not in the catalogue: ${cand.code}`);
    const r = rng.fork('occupation', cand.code);
    const perQuarter = jobsOf(cand.code, cand.region) / JOB_QUARTERS;
    let deviation = r.normal(0, 0.15);
    periods.forEach((period, t) => {
      if (t > 0) deviation = 0.8 * deviation + r.normal(0, 0.12);
      const score = Math.min(3, Math.max(0, cand.base + (cand.trend * t) / 4 + deviation));
      const vacancyNoise = 0.85 + 0.3 * r();
      const applicantNoise = 0.9 + 0.2 * r();
      const status = STATUS_FLOOR.find(([, floor]) => score >= floor)?.[0];
      if (!status) return;
      const growth = Math.pow(1.04, t / 4 - 3);
      const vacancies = Math.max(3, Math.round(perQuarter * 2.5 * SEASON[t % 4] * growth * vacancyNoise));
      if (UPLIFT_STATUSES.has(status)) {
        const key = `${period}|${cand.code}`;
        uplifted.set(key, [...(uplifted.get(key) ?? []), { level: cand.level ?? null, region: cand.region ?? PREFECTURE.code }]);
      }
      rows.push({
        period,
        occupation_code: cand.code,
        status,
        skill_level: cand.level ?? null,
        region_code: cand.region ?? PREFECTURE.code,
        score: Math.round(score * 100) / 100,
        vacancies,
        applicants: Math.max(1, Math.round(vacancies / (score * applicantNoise))),
        cause: cand.cause,
        benefits: BENEFITS[status]
      });
    });
  }
  const rank = (s: Cell) => STATUS_FLOOR.findIndex(([name]) => name === s);
  rows.sort((a, b) =>
    compareText(String(a.period), String(b.period)) || rank(a.status) - rank(b.status) || compareText(String(a.occupation_code), String(b.occupation_code))
  );

  const periodOf = (iso: string): string | null => {
    const year = Number(iso.slice(0, 4));
    if (year < SHORTAGE_YEARS[0]) return null;
    const clamped = Math.min(year, SHORTAGE_YEARS[SHORTAGE_YEARS.length - 1]);
    const quarter = clamped < year ? 4 : Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
    return shortagePeriod(clamped, quarter);
  };
  return {
    rows,
    periods,
    periodOf,
    upliftAt: (code, iso, level, regionCode) => {
      const period = periodOf(iso);
      const entries = period ? (uplifted.get(`${period}|${code}`) ?? []) : [];
      const applies = entries.some((e) => (e.level === null || e.level === level) && (e.region === PREFECTURE.code || e.region === regionCode));
      return applies ? SHORTAGE_UPLIFT : 0;
    }
  };
}

/** The list in force on the jobs' reference date. */
export const CURRENT_SHORTAGE_PERIOD = shortagePeriod(Number(JOBS_REFERENCE_DATE.slice(0, 4)), Math.floor((Number(JOBS_REFERENCE_DATE.slice(5, 7)) - 1) / 3) + 1);
