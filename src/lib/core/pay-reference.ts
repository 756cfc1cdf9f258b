/**
 * The wage_prices cell quoted next to a job or a seeker on /match: the job's (or seeker's)
 * occupation and level in its county, falling back to the whole prefecture and then to all
 * levels. Every cell passed over is named with the reason, so a withheld county cell is shown as
 * withheld rather than silently replaced.
 */
import { wageSuppressionReason } from './disclosure';
import { nextLevel, type NextLevel } from './level-premium';
import type { JobRow, PoolRow } from './match/types';
import { ladder, type LadderRow } from './queries/occupation';
import type { Query } from './query';

/** One region's ladder for the occupation (all levels and the all-levels row), latest year. */
export interface LadderScope {
  region: string;
  regionName: string;
  rows: readonly LadderRow[];
}

export interface PassedCell {
  regionName: string;
  /** null: all levels. */
  level: number | null;
  reason: string;
}

export interface PayReference {
  /** null when no cell on the way could be shown. */
  cell: LadderRow | null;
  regionName: string | null;
  level: number | null;
  passed: PassedCell[];
}

function why(cell: LadderRow | undefined): string | null {
  if (!cell) return '无样本';
  if (cell.suppressed || cell.p50 === null) return `${wageSuppressionReason(cell.n_workers, cell.n_enterprises) ?? '样本不足'}，不公布`;
  return null;
}

/** Whose pay is referenced: a job (its minimum level and pay range, 元/月) or a seeker (their level and expected pay). */
export interface PaySubject {
  occupation: string;
  level: number;
  region: string | null;
  payMin: number | null;
  payMax: number | null;
}

export const jobSubject = (j: JobRow): PaySubject => ({ occupation: j.occupation_code, level: j.min_level, region: j.region_code, payMin: j.salary_min, payMax: j.salary_max });

/** A pool entry matched as a seeker: its published expected-pay band is the range. */
export const entrySubject = (p: PoolRow): PaySubject => ({
  occupation: p.occupation_code,
  level: p.skill_level,
  region: p.region_code,
  payMin: p.expected_salary_min,
  payMax: p.expected_salary_max
});

/**
 * The ladders a reference reads, latest survey year: the county's (when one is given and it is not
 * the prefecture) and the prefecture's. A result list repeats them, so they are asked once each.
 */
export function referenceLadders(code: string, county: string | null, prefecture: string, year: number): { county: Query<LadderRow[]> | null; prefecture: Query<LadderRow[]> } {
  return { county: county && county !== prefecture ? ladder(code, county, year) : null, prefecture: ladder(code, prefecture, year) };
}

/**
 * County at the level → prefecture at the level → prefecture, all levels. `county` null: prefecture
 * only. `level` null (a course toward no level): county, then prefecture, all levels.
 */
export function payReference(county: LadderScope | null, prefecture: LadderScope, level: number | null): PayReference {
  const tries: [LadderScope, number | null][] = [
    ...(county && county.region !== prefecture.region ? [[county, level] as [LadderScope, number | null]] : []),
    [prefecture, level],
    ...(level === null ? [] : [[prefecture, null] as [LadderScope, null]])
  ];
  const passed: PassedCell[] = [];
  for (const [scope, l] of tries) {
    const cell = scope.rows.find((r) => r.skill_level === l);
    const reason = why(cell);
    if (reason === null) return { cell: cell!, regionName: scope.regionName, level: l, passed };
    passed.push({ regionName: scope.regionName, level: l, reason });
  }
  return { cell: null, regionName: null, level: null, passed };
}

export interface LevelStep extends NextLevel {
  regionName: string;
}

/** What the next level adds for a seeker: in their county if both medians are published there, else in the prefecture. */
export function levelStep(county: LadderScope | null, prefecture: LadderScope, level: number): LevelStep | null {
  for (const scope of county && county.region !== prefecture.region ? [county, prefecture] : [prefecture]) {
    const step = nextLevel(scope.rows, level);
    if (step) return { ...step, regionName: scope.regionName };
  }
  return null;
}
