/**
 * "我现在是…": from the level a reader holds (and the county, and perhaps the years at that level)
 * to the next rung: what it pays here against the reader's level, the requirement still missing,
 * how often candidates pass and where to sit the assessment, and what the rung counts as.
 */
import type { LadderRow } from '../queries/occupation';
import type { BodyEntry, CertificationCount } from '../queries/careers';
import type { ResolvedEquivalence } from './equivalence';
import { nextRungLevel } from './next-rung';
import type { ResolvedRequirement } from './requirements';
import type { Rung } from './rungs';

export interface PayStep {
  /** The region whose ladder gave the figures (the reader's county, or the prefecture as a fallback). */
  region: string;
  here: LadderRow | null;
  next: LadderRow | null;
  /** Median at the next rung minus the median at the reader's level (null when either is not published). */
  diff: number | null;
  ratio: number | null;
}

export interface NextStep {
  from: number;
  to: number;
  pay: PayStep;
  /** The county's figures could not be compared, so `pay` is the prefecture's. */
  payFallback: boolean;
  requirement: ResolvedRequirement | null;
  /** A level to reach first, when the requirement starts above the reader's level. */
  reachFirst: number | null;
  /** Years still to serve (0 = served), null when the reader gave no years. */
  yearsMissing: number | null;
  /** The latest year's candidates at the next rung, all routes. */
  passRate: (CertificationCount & { year: number }) | null;
  /** Bodies that assessed the next rung, the reader's county first. */
  bodies: { body: BodyEntry; volume: CertificationCount | null; local: boolean }[];
  equivalence: ResolvedEquivalence | null;
}

const median = (r: LadderRow | null) => (r && !r.suppressed && r.p50 !== null ? r.p50 : null);
const at = (ladder: readonly LadderRow[] | null, level: number) => ladder?.find((r) => r.skill_level === level) ?? null;

function payStep(ladder: readonly LadderRow[] | null, region: string, from: number, to: number): PayStep {
  const here = at(ladder, from);
  const next = at(ladder, to);
  const a = median(here);
  const b = median(next);
  return { region, here, next, diff: a !== null && b !== null ? b - a : null, ratio: a !== null && b !== null ? b / a : null };
}

export interface NextStepInput {
  level: number;
  years: number | null;
  region: string;
  prefecture: string;
  maxLevel: number | null;
  /** The reader's county's ladder (null while it loads, or for the prefecture). */
  regionLadder: readonly LadderRow[] | null;
  prefectureLadder: readonly LadderRow[];
  rungs: readonly Rung[];
}

/** Null at the standard's top: there is no next rung. */
export function nextStep(i: NextStepInput): NextStep | null {
  const to = nextRungLevel(i.level, i.maxLevel);
  if (to === null) return null;
  const rung = i.rungs.find((r) => r.level === to);
  const local = i.region !== i.prefecture && i.regionLadder ? payStep(i.regionLadder, i.region, i.level, to) : null;
  const pay = local && local.diff !== null ? local : payStep(i.prefectureLadder, i.prefecture, i.level, to);
  const requirement = rung?.requirement ?? null;
  const reachFirst = requirement?.from_level != null && requirement.from_level > i.level ? requirement.from_level : null;
  const latest = rung?.certification.at(-1);
  const bodies = (rung?.bodies ?? [])
    .map((b) => ({ ...b, local: b.body.region_code === i.region }))
    .sort((a, b) => Number(b.local) - Number(a.local));
  return {
    from: i.level,
    to,
    pay,
    payFallback: local !== null && pay !== local,
    requirement,
    reachFirst,
    yearsMissing: requirement && i.years !== null && reachFirst === null ? Math.max(0, requirement.min_years - i.years) : null,
    passRate: latest?.all ? { ...latest.all, year: latest.year } : null,
    bodies,
    equivalence: rung?.equivalence ?? null
  };
}

export interface PathStep {
  level: number;
  requirement: ResolvedRequirement | null;
  /** Fewest years from now to this level on the years route (null when a rung has no requirement). */
  minYears: number | null;
}

/**
 * Every rung above the reader's level up to the standard's top, with the fewest years it takes
 * on the years route, added up rung by rung (the years already served count against the first).
 */
export function pathAhead(level: number, years: number | null, maxLevel: number | null, rungs: readonly Rung[]): PathStep[] {
  const out: PathStep[] = [];
  let total: number | null = 0;
  for (let l = nextRungLevel(level, maxLevel); l !== null; l = nextRungLevel(l, maxLevel)) {
    const requirement = rungs.find((r) => r.level === l)?.requirement ?? null;
    const served = out.length === 0 && years !== null && (requirement?.from_level ?? null) === (level >= 2 ? level : null) ? years : 0;
    total = total === null || requirement === null ? null : total + Math.max(0, requirement.min_years - served);
    out.push({ level: l, requirement, minYears: total });
  }
  return out;
}
