/**
 * Each component of the score as a small pure function of plain values. The columnar scorer
 * tabulates these per query; the object scorer calls them per person; explanations read them.
 */
import { AWARD_POINTS } from '../awards';
import { EXPERIENCE_BANDS } from '../bands';
import { recognizeHonor } from '../honors';
import { occupationAncestor, occupationDepth } from '../occupation-codes';
import { relatedPair } from './related-occupations';
import { EXPERIENCE, GATES, LEVEL_FIT, LOCATION_FIT, MERIT, OCCUPATION_PROXIMITY, READ_CREDIT, SALARY_FIT, SEEKER } from './weights';

export type OccupationRelation = 'same' | 'related' | 'unit_group' | null;

/** How the person's 细类 relates to the job's occupation (a 细类 or a group); null = outside the gate. */
export function occupationRelation(jobCode: string, personCode: string): OccupationRelation {
  if (personCode === jobCode || personCode.startsWith(jobCode + '-')) return 'same';
  if (relatedPair(jobCode, personCode)) return 'related';
  const depth = GATES.minSharedOccupationDepth;
  if (occupationDepth(jobCode) >= depth && occupationAncestor(jobCode, depth) === occupationAncestor(personCode, depth)) return 'unit_group';
  return null;
}

/** 0 means outside the occupation gate. */
export function occupationProximity(jobCode: string, personCode: string): number {
  switch (occupationRelation(jobCode, personCode)) {
    case 'same':
      return OCCUPATION_PROXIMITY.same;
    case 'related':
      return OCCUPATION_PROXIMITY.related;
    case 'unit_group':
      return OCCUPATION_PROXIMITY.sameUnitGroup;
    default:
      return 0;
  }
}

/** Level vs. the job's minimum; null when more than GATES.maxLevelShortfall below it. */
export function levelFit(level: number, minLevel: number): number | null {
  const d = level - minLevel;
  if (d < -GATES.maxLevelShortfall) return null;
  if (d < 0) return LEVEL_FIT.oneBelow;
  return Math.min(1, LEVEL_FIT.atMinimum + LEVEL_FIT.perLevelAbove * Math.min(d, LEVEL_FIT.aboveCap));
}

export type LocationRelation = 'same' | 'adjacent' | 'elsewhere' | 'any';

export function locationRelation(jobRegion: string | null, personRegion: string | null, adjacency: Readonly<Record<string, readonly string[]>> | undefined): LocationRelation {
  if (!jobRegion) return 'any';
  if (jobRegion === personRegion) return 'same';
  if (personRegion && adjacency?.[jobRegion]?.includes(personRegion)) return 'adjacent';
  return 'elsewhere';
}

export function locationFit(relation: LocationRelation, willing: boolean | null): number {
  switch (relation) {
    case 'any':
    case 'same':
      return LOCATION_FIT.sameCounty;
    case 'adjacent':
      return willing === true ? LOCATION_FIT.adjacentWilling : willing === false ? LOCATION_FIT.adjacentUnwilling : LOCATION_FIT.adjacentUnknown;
    default:
      return willing === true ? LOCATION_FIT.elsewhereWilling : willing === false ? LOCATION_FIT.elsewhereUnwilling : LOCATION_FIT.elsewhereUnknown;
  }
}

/** The fit of one expected monthly pay x against the range [lo, hi]: 1 inside, linear outside. */
function payPointFit(x: number, lo: number, hi: number): number {
  if (x > hi) return Math.max(0, 1 - (x - hi) / (SALARY_FIT.aboveZeroAt * hi));
  if (x < lo) return Math.max(SALARY_FIT.belowFloor, 1 - ((1 - SALARY_FIT.belowFloor) * (lo - x)) / (SALARY_FIT.belowFloorAt * lo));
  return 1;
}

/**
 * Expected pay band [expMin, expMax) vs. the job's range [salMin, salMax], all 元/月: the mean fit
 * over the band (exact, the fit being piecewise linear), so a band that straddles the maximum
 * counts as partly above it, and moving the band into the range always raises the fit to 1. An
 * open band (20,000 元 and above) is judged by its lower end. Flat inside the range; outside it
 * decays linearly, steeply above the maximum, gently and floored below the minimum.
 */
export function salaryFit(expMin: number | null, expMax: number | null, salMin: number | null, salMax: number | null): number {
  if (expMin === null || (salMin === null && salMax === null)) return SALARY_FIT.unknown;
  const lo = salMin ?? salMax!;
  const hi = salMax ?? salMin!;
  if (expMax === null || expMax <= expMin) return payPointFit(expMin, lo, hi);
  const knots = [expMin, expMax, lo * (1 - SALARY_FIT.belowFloorAt), lo, hi, hi * (1 + SALARY_FIT.aboveZeroAt)]
    .filter((x) => x >= expMin && x <= expMax)
    .sort((a, b) => a - b);
  let area = 0;
  for (let i = 1; i < knots.length; i++) area += ((payPointFit(knots[i - 1], lo, hi) + payPointFit(knots[i], lo, hi)) / 2) * (knots[i] - knots[i - 1]);
  return area / (expMax - expMin);
}

/** Experience band → share of the cap (10 years): 0-2 → 0, 3-5 → 0.3, 6-10 → 0.6, 11+ → 1. */
export function experienceFit(band: string | null): number {
  const b = band === null ? undefined : EXPERIENCE_BANDS.find((x) => x.id === band);
  if (!b) return EXPERIENCE.unknown;
  return Math.min(b.min, EXPERIENCE.capYears) / EXPERIENCE.capYears;
}

/** The experience band id a number of years falls in. */
export function experienceBandOf(years: number | null | undefined): string | null {
  if (years == null || !Number.isFinite(years) || years < 0) return null;
  return EXPERIENCE_BANDS.find((b) => years >= b.min && (b.max === null || years < b.max))?.id ?? null;
}

/** `year:tier:award` → points scaled to [0, 1] by tier. */
export function awardValue(entry: string): number {
  const [, tier, award] = entry.split(':');
  const points = AWARD_POINTS[award ?? ''] ?? 0;
  return (points / MERIT.maxAwardPoints) * (MERIT.tierFactor[tier ?? ''] ?? 0);
}

/** The stronger of the best recognised honour title and the best competition award. */
export function meritOf(honors: readonly string[] | null, awards: readonly string[] | null): number {
  let best = 0;
  for (const h of honors ?? []) best = Math.max(best, recognizeHonor(h)?.weight ?? 0);
  for (const a of awards ?? []) best = Math.max(best, awardValue(a));
  return Math.min(1, best);
}

/** Seeker side: does the job pay what the seeker expects? (元/月) */
export function seekerPayFit(expMin: number | null, salMin: number | null, salMax: number | null): number {
  const hi = salMax ?? salMin;
  if (expMin === null || hi === null) return SALARY_FIT.unknown;
  if (hi >= expMin) return 1;
  return Math.max(0, 1 - (expMin - hi) / (SEEKER.payZeroAt * expMin));
}

/** Seeker side: a job whose minimum sits far below the seeker's level under-uses them. */
export function seekerLevelUse(level: number, minLevel: number): number {
  const above = level - minLevel;
  if (above <= SEEKER.levelUse.freeLevels) return 1;
  return above === 2 ? SEEKER.levelUse.twoAbove : SEEKER.levelUse.threeOrMoreAbove;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Share of `wanted` found in `held`, a skill only `inferred` counting READ_CREDIT.inferred (1 when
 * nothing is wanted). The columnar scan computes the same expression.
 */
export function coverage(wanted: readonly string[], held: ReadonlySet<string>, inferred: ReadonlySet<string> = NONE): number {
  if (wanted.length === 0) return 1;
  let n = 0;
  let m = 0;
  for (const w of wanted) {
    if (held.has(w)) n++;
    else if (inferred.has(w)) m++;
  }
  return (n + READ_CREDIT.inferred * m) / wanted.length;
}
