/**
 * The training release, read once per build and shared by every training page's load: the
 * catalogue of course cards, the providers, their yearly outcomes and the wage cells the pay
 * after a course is placed on. 900 course pages then cost one set of queries, not 900.
 */
import type { Manifest } from '$lib/core/manifest';
import { available } from '$lib/core/queries/plan';
import { catalogue, providers, providerYears, skillLabels, trainingPublished, wageRefs, type CourseCard, type ProviderRow, type SkillLabel, type WageRef } from '$lib/core/queries/training';
import { occupationEntries, regionEntries, type RegionEntry } from '$lib/core/queries/wages';
import { cardsWageKeys } from '$lib/core/training/pay';
import type { OutcomeRow } from '$lib/core/training/outcomes';
import { buildEngine } from './engine';
import { readManifest } from './release';

export interface TrainingRelease {
  cards: CourseCard[];
  byId: Map<string, CourseCard>;
  providers: ProviderRow[];
  /** Provider × cohort rows and the prefecture's (programme_id null). */
  years: OutcomeRow[];
  /** Wage cells for every course's pay (null: wage_prices not published). */
  refs: WageRef[] | null;
  skills: SkillLabel[];
  /** Every occupation and group, by code. */
  occupations: Map<string, string>;
  regions: RegionEntry[];
}

let cached: Promise<TrainingRelease | null> | null = null;

async function read(m: Manifest): Promise<TrainingRelease | null> {
  if (!trainingPublished(m)) return null;
  const engine = await buildEngine();
  const [cards, list, years, skills, occupations, regions] = await Promise.all([
    engine.run(catalogue),
    engine.run(providers),
    engine.run(providerYears),
    available(m, skillLabels) ? engine.run(skillLabels) : [],
    engine.run(occupationEntries),
    engine.run(regionEntries)
  ]);
  const refsQ = wageRefs(cardsWageKeys(cards, m.years.wage, m.prefecture.code));
  const refs = available(m, refsQ) ? await engine.run(refsQ) : null;
  return {
    cards,
    byId: new Map(cards.map((c) => [c.programme_id, c])),
    providers: list,
    years,
    refs,
    skills,
    occupations: new Map(occupations.map((o) => [o.code, o.name])),
    regions
  };
}

export function trainingRelease(): Promise<TrainingRelease | null> {
  cached ??= read(readManifest());
  return cached;
}

/** The wage cells a set of courses' pay is placed on (null: wage_prices not published). */
export function refsFor(release: TrainingRelease, cards: readonly CourseCard[], m: Manifest): WageRef[] | null {
  const keys = new Set(cardsWageKeys(cards, m.years.wage, m.prefecture.code).map((k) => `${k.occupation}|${k.region}|${k.year}`));
  return release.refs?.filter((r) => keys.has(`${r.occupation_code}|${r.region_code}|${r.year}`)) ?? null;
}

/** An occupation's name and those of its groups, 大类 first. */
export function occupationPath(release: TrainingRelease, code: string): { code: string; name: string }[] {
  const parts = code.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-')).map((c) => ({ code: c, name: release.occupations.get(c) ?? c }));
}
