/**
 * What a course costs a trainee: the fee, less the subsidy, raised by the shortage uplift when the
 * occupation is 紧缺 or 较紧缺 on the shortage list in force when the course starts. The one place
 * that decides it: the publisher computes `net_fee` with these functions, and pages only read it.
 */
import { SHORTAGE_PERIOD, SHORTAGE_STATUSES } from '../contract/career-enums';

/** Statuses of the shortage list that raise the training subsidy (培训补贴上浮). */
export const UPLIFT_STATUSES: readonly string[] = ['紧缺', '较紧缺'];

/** The calendar quarter of an ISO date, `2026-11-09` → `2026Q4`; null for anything else. */
export function quarterOf(iso: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-\d{2}/.exec(iso ?? '');
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return `${m[1]}Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
}

/**
 * The list in force in `quarter`: the latest period not after it (a list stays in force until the
 * next one is published, so a course starting after the latest list falls under it); null before
 * the first list. Periods are `YYYYQn`, which sort as text.
 */
export function periodInForce(periods: readonly string[], quarter: string): string | null {
  let best: string | null = null;
  for (const p of periods) if (SHORTAGE_PERIOD.test(p) && p <= quarter && (best === null || p > best)) best = p;
  return best;
}

export interface ShortageEntry {
  period: string;
  occupation_code: string;
  status: string;
  /** null: every level. */
  skill_level: number | null;
  /** null or the prefecture: prefecture-wide. */
  region_code: string | null;
}

export interface ShortageMatch {
  /** The list consulted, or null when there was none in force (or no start date). */
  period: string | null;
  /** The most urgent status the occupation holds on it for the course's level and county, or null. */
  status: string | null;
}

/** The shortage list, indexed for lookups by period and occupation. */
export class ShortageList {
  readonly periods: readonly string[];
  readonly #entries = new Map<string, ShortageEntry[]>();

  constructor(
    entries: readonly ShortageEntry[],
    readonly prefecture: string
  ) {
    for (const e of entries) {
      const k = `${e.period}|${e.occupation_code}`;
      this.#entries.set(k, [...(this.#entries.get(k) ?? []), e]);
    }
    this.periods = [...new Set(entries.map((e) => e.period))].sort();
  }

  /**
   * The occupation's status for a course: on the list in force in the start's quarter, for
   * entries naming no level or the course's target level, and no county or the prefecture or
   * the course's county.
   */
  statusFor(c: { occupation_code: string; target_level: number | null; region_code: string | null; start_date: string | null }): ShortageMatch {
    const quarter = quarterOf(c.start_date);
    const period = quarter ? periodInForce(this.periods, quarter) : null;
    if (!period) return { period: null, status: null };
    const rank = (s: string) => SHORTAGE_STATUSES.findIndex((v) => v.code === s);
    let status: string | null = null;
    for (const e of this.#entries.get(`${period}|${c.occupation_code}`) ?? []) {
      if (e.skill_level !== null && e.skill_level !== c.target_level) continue;
      if (e.region_code !== null && e.region_code !== this.prefecture && e.region_code !== c.region_code) continue;
      if (status === null || rank(e.status) < rank(status)) status = e.status;
    }
    return { period, status };
  }
}

export interface FeeInput {
  /** 元 per person; null when the catalogue does not say. */
  fee: number | null;
  /** 元 per person before any uplift; null when the catalogue does not say. */
  subsidy: number | null;
  /** The share the catalogue adds for shortage occupations (0.2 = +20 %), or null. */
  shortage_uplift: number | null;
  /** The occupation's status on the list in force (null: not listed, or no list). */
  shortage_status: string | null;
}

export interface NetFee {
  /** The uplift was added: listed 紧缺/较紧缺, a subsidy and an uplift share to raise it by. */
  uplift_applied: boolean;
  /** The subsidy a trainee can receive, uplift included; null when the catalogue does not say. */
  subsidy_total: number | null;
  /** What the trainee pays: fee − subsidy_total, never below 0; null when the fee is unknown. */
  net_fee: number | null;
}

const cents = (x: number) => Math.round(x * 100) / 100;

export function netFee(c: FeeInput): NetFee {
  const uplift_applied = c.shortage_status !== null && UPLIFT_STATUSES.includes(c.shortage_status) && (c.subsidy ?? 0) > 0 && (c.shortage_uplift ?? 0) > 0;
  const subsidy_total = c.subsidy === null ? null : cents(c.subsidy * (1 + (uplift_applied ? c.shortage_uplift! : 0)));
  const net_fee = c.fee === null ? null : Math.max(0, cents(c.fee - (subsidy_total ?? 0)));
  return { uplift_applied, subsidy_total, net_fee };
}
