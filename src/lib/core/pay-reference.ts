/**
 * The wage_prices cell quoted next to a job or a seeker on /match: the job's (or seeker's)
 * occupation and level in its county, falling back to the whole prefecture and then to all
 * levels. Every cell passed over is named with the reason, so a withheld county cell is shown as
 * withheld rather than silently replaced.
 */
import { wageSuppressionReason } from './disclosure';
import { nextLevel, type NextLevel } from './level-premium';
import type { LadderRow } from './queries/occupation';

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
