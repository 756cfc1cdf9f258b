/**
 * One occupation's ladder as rungs, 学徒工 to 首席技师: for each level, what the published
 * datasets say about it (pay and premium, how to reach it, certification by year and route, who
 * certifies it, what it counts as, the registry, jobs and competition promotions). Levels the
 * occupation's standard does not define are rungs marked `defined: false`, never zeros.
 */
import type { LadderRow, LevelCount } from '../queries/occupation';
import type { BodyEntry, BodyVolume, CertificationCount, JobsAtLevel, PromotionCount, RungCertification } from '../queries/careers';
import { MAX_LEVEL, SKILLED_MIN_LEVEL } from '../skill-levels';
import { ladderLines } from '../wages/ladder';
import type { LevelPremium } from '../level-premium';
import type { ResolvedEquivalence } from './equivalence';
import type { ResolvedRequirement } from './requirements';

/** How many recent certification years a rung shows. */
export const RUNG_CERTIFICATION_YEARS = 3;

export interface CareerData {
  maxLevel: number | null;
  ladder: readonly LadderRow[];
  certification: readonly RungCertification[];
  bodies: readonly BodyEntry[];
  volumes: readonly BodyVolume[];
  requirements: readonly ResolvedRequirement[];
  equivalences: readonly ResolvedEquivalence[];
  levelCounts: readonly LevelCount[];
  jobs: readonly JobsAtLevel[];
  promotions: readonly PromotionCount[];
}

export interface CertificationYear {
  year: number;
  /** All routes; null when nobody sat this level that year. */
  all: RungCertification | null;
  routes: RungCertification[];
}

export interface RungBody {
  body: BodyEntry;
  /** Candidates at this level in the latest year (null: none). */
  volume: CertificationCount | null;
}

export interface Rung {
  level: number;
  defined: boolean;
  pay: LadderRow | null;
  premium: LevelPremium | null;
  requirement: ResolvedRequirement | null;
  certification: CertificationYear[];
  /** Bodies that assessed this level in the latest year, most candidates first. */
  bodies: RungBody[];
  /** Bodies whose scope covers the occupation but held no assessment at this level that year. */
  otherBodies: number;
  equivalence: ResolvedEquivalence | null;
  registered: LevelCount | null;
  jobs: JobsAtLevel | null;
  promotions: number;
}

const volumeOrder = (v: CertificationCount | null) => (v === null ? -2 : v.suppressed ? -1 : v.n_candidates!);

export function careerRungs(d: CareerData, certYears: readonly number[]): Rung[] {
  const lines = new Map(ladderLines(d.ladder, MAX_LEVEL, d.levelCounts).map((l) => [l.level, l]));
  const years = certYears.slice(-RUNG_CERTIFICATION_YEARS);
  const active = d.bodies.filter((b) => b.status === '正常' || b.status === null);
  const rungs: Rung[] = [];
  for (let level = SKILLED_MIN_LEVEL; level <= MAX_LEVEL; level++) {
    const line = lines.get(level);
    const defined = d.maxLevel === null || level <= d.maxLevel;
    const atLevel = d.certification.filter((c) => c.skill_level === level);
    const bodies = d.bodies
      .map((body) => ({ body, volume: d.volumes.find((v) => v.body_id === body.body_id && v.skill_level === level) ?? null }))
      .filter((b) => b.volume !== null)
      .sort((a, b) => volumeOrder(b.volume) - volumeOrder(a.volume) || a.body.body_id.localeCompare(b.body.body_id));
    rungs.push({
      level,
      defined,
      pay: defined ? (line?.cell ?? null) : null,
      premium: defined ? (line?.premium ?? null) : null,
      requirement: d.requirements.find((r) => r.to_level === level) ?? null,
      certification: years.map((year) => ({
        year,
        all: atLevel.find((c) => c.year === year && c.route === null) ?? null,
        routes: atLevel.filter((c) => c.year === year && c.route !== null)
      })),
      bodies,
      otherBodies: active.filter((b) => !bodies.some((x) => x.body.body_id === b.body_id)).length,
      equivalence: d.equivalences.find((e) => e.skill_level === level) ?? null,
      registered: line?.registered ?? null,
      jobs: d.jobs.find((j) => j.min_level === level) ?? null,
      promotions: d.promotions.filter((p) => p.skill_level === level).reduce((a, p) => a + p.n, 0)
    });
  }
  return rungs;
}

/** Every route seen at any rung in the years shown, in the vocabulary's order. */
export const routesShown = (rung: Rung, order: readonly string[]): string[] =>
  order.filter((r) => rung.certification.some((y) => y.routes.some((c) => c.route === r)));
