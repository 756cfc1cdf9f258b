/**
 * How likely a candidate passes a 职业技能等级认定 assessment, and what a record looks like.
 * Calibrated on FACTS.md shapes: students (院校评价) and in-enterprise candidates pass most,
 * experienced workers who sit a 社会培训评价组织 assessment directly fail about half the time,
 * trainees fresh from a course do better, 破格 candidates fail more often still, competition
 * promotions (竞赛晋升) nearly always go through, and every level up is harder to pass.
 */
import type { Body } from './evaluation-bodies';
import type { Random } from './random';

export type Route = '院校评价' | '企业自主评价' | '社会培训评价组织' | '专项职业能力考核' | '破格晋升' | '竞赛晋升';

/** Log-odds of passing at 中级工 (四级) for an average body, by route (社会: without a course). */
const ROUTE_LOGIT: Readonly<Record<Route, number>> = {
  院校评价: 2.1,
  企业自主评价: 1.75,
  社会培训评价组织: 0.15,
  专项职业能力考核: 1.2,
  破格晋升: 0.4,
  竞赛晋升: 3.4
};

/** Log-odds shift by level (0 = 专项职业能力, which certifies no level). */
const LEVEL_SHIFT = [0.6, 0, 0.45, 0, -0.4, -0.85, -1.15, -1.2, -1.2];

/** What a completed course adds for its trainees, before the provider's own quality. */
export const TRAINED_BONUS = 1.0;

export function passChance(route: Route, level: number, body: Body, extra = 0): number {
  const x = ROUTE_LOGIT[route] + (route === '竞赛晋升' ? 0 : LEVEL_SHIFT[level]) + body.leniency + extra;
  return 1 / (1 + Math.exp(-x));
}

export interface Attempt {
  personId: string;
  occupation: number;
  level: number;
  body: Body;
  route: Route;
  date: string;
  passed: boolean;
}

export type Scores = { theory: number | null; practical: number | null };

const clampScore = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

/** Theory and practical scores out of 100 (60 passes); reviews and competition promotions have none. */
export function examScores(rng: Random, a: Attempt): Scores {
  if (a.route === '竞赛晋升' || a.route === '破格晋升') return { theory: null, practical: null };
  if (!a.passed && rng.chance(0.03)) return { theory: null, practical: null }; // 缺考
  const hasTheory = a.route !== '专项职业能力考核' && !(a.route === '企业自主评价' && rng.chance(0.2));
  const good = () => clampScore(rng.normal(a.passed ? 77 : 70, 8), 60, 99);
  const bad = () => clampScore(rng.normal(48, 9), 5, 59);
  if (a.passed) return { theory: hasTheory ? good() : null, practical: good() };
  if (!hasTheory) return { theory: null, practical: bad() };
  const u = rng();
  return u < 0.5 ? { theory: bad(), practical: good() } : u < 0.85 ? { theory: good(), practical: bad() } : { theory: bad(), practical: bad() };
}
