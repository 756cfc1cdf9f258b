/**
 * What the site knows now about each entry of the list, looked up (never added across cells):
 * the open jobs it covers and the pay they offer placed in the published wage cell at the level
 * (core/pay-reference.ts, core/salary-check.ts), registry supply at the level, courses and
 * certification volumes. A dataset that is not published gives `null` (the page says "not
 * available"), which is not the same as no jobs or no course (0).
 */
import { payReference, type PayReference } from '../pay-reference';
import type { EntryJobs, EntrySupply, OccupationCertifications, OccupationCourses, PeriodCountyJobs, WageCellOf } from '../queries/shortage';
import { percentilePosition, toAnnual, type Position } from '../salary-check';

export interface Entry {
  occupation_code: string;
  skill_level: number | null;
  region_code: string;
}

export interface FactSources {
  jobs: readonly EntryJobs[] | null;
  map: readonly PeriodCountyJobs[] | null;
  wages: readonly WageCellOf[] | null;
  supply: readonly EntrySupply[] | null;
  courses: readonly OccupationCourses[] | null;
  certifications: readonly OccupationCertifications[] | null;
}

export interface Offer {
  jobs: number;
  headcount: number;
  offers: number;
  /** 元/月 */
  median: number | null;
  /** Where the median offer (×12) sits in the wage cell; null when there is no offer or no cell. */
  position: Position | null;
}

const key = (e: Entry) => `${e.occupation_code}|${e.skill_level ?? ''}|${e.region_code}`;

export class ShortageFacts {
  readonly #jobs = new Map<string, EntryJobs>();
  readonly #wages = new Map<string, WageCellOf[]>();
  readonly #supply = new Map<string, EntrySupply>();

  constructor(
    private readonly src: FactSources,
    private readonly prefecture: string
  ) {
    for (const j of src.jobs ?? []) this.#jobs.set(`${j.occupation_code}|${j.skill_level ?? ''}|${j.entry_region}|${j.region_code}`, j);
    for (const w of src.wages ?? []) this.#wages.set(w.occupation_code, [...(this.#wages.get(w.occupation_code) ?? []), w]);
    for (const s of src.supply ?? []) this.#supply.set(`${s.occupation_code}|${s.skill_level ?? ''}`, s);
  }

  /** The published wage cell for the entry (at its level, else all levels; withheld cells passed over are named). */
  pay(e: Entry): PayReference | null {
    if (!this.src.wages) return null;
    return payReference(null, { region: this.prefecture, regionName: '全州', rows: this.#wages.get(e.occupation_code) ?? [] }, e.skill_level);
  }

  /** Open jobs the entry covers, in a county or the whole prefecture; null when jobs are not published. */
  offer(e: Entry, county: string | null): Offer | null {
    if (!this.src.jobs) return null;
    const j = this.#jobs.get(`${key(e)}|${county ?? this.prefecture}`);
    if (!j) return { jobs: 0, headcount: 0, offers: 0, median: null, position: null };
    const cell = this.pay(e)?.cell ?? null;
    return {
      jobs: j.jobs,
      headcount: j.headcount,
      offers: j.offers,
      median: j.offer_p50,
      position: j.offer_p50 !== null && cell ? percentilePosition(toAnnual(j.offer_p50, 'month'), cell) : null
    };
  }

  /** Registry people at the level in the occupation's 中类; null when talent statistics are not published. */
  supply(e: Entry): EntrySupply | null {
    if (!this.src.supply) return null;
    return this.#supply.get(`${e.occupation_code}|${e.skill_level ?? ''}`) ?? null;
  }

  /** Courses of the year that lead to the level or above (any course for an all-levels entry); null when not published. */
  courses(e: Entry): { programmes: number; places: number | null } | null {
    if (!this.src.courses) return null;
    const rows = this.src.courses.filter((c) => c.occupation_code === e.occupation_code && (e.skill_level === null || (c.target_level !== null && c.target_level >= e.skill_level)));
    const places = rows.every((r) => r.places === null) ? null : rows.reduce((s, r) => s + (r.places ?? 0), 0);
    return { programmes: rows.reduce((s, r) => s + r.programmes, 0), places };
  }

  /** The certification cell at the level (all levels for an all-levels entry); null when not published, undefined when absent. */
  certifications(e: Entry): OccupationCertifications | null | undefined {
    if (!this.src.certifications) return null;
    return this.src.certifications.find((c) => c.occupation_code === e.occupation_code && c.skill_level === e.skill_level);
  }

  /** Open jobs covered by the period's list, per county (each job once). */
  mapOf(period: string): Map<string, PeriodCountyJobs> {
    return new Map((this.src.map ?? []).filter((m) => m.period === period).map((m) => [m.region_code, m]));
  }

  get hasJobs(): boolean {
    return this.src.jobs !== null;
  }
}
