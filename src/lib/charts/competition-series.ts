/**
 * The series of the competition trend charts and their colours: tiers (national darkest), the
 * occupation 大类 present, and the skill levels granted (higher levels darker).
 */
import { COMPETITION_TIERS } from '../core/enums';
import { skillLevelLabel } from '../core/skill-levels';
import type { Series } from './year-bars-chart';

const TIER_COLORS: Readonly<Record<string, string>> = { national: '#7a1f1f', provincial: '#0f4c81', prefecture: '#4f8fc9', county: '#c9a227', industry: '#5f6b7a' };
const GROUP_COLORS = ['#0f4c81', '#1d7a46', '#b3541e', '#7a5195', '#5f6b7a', '#c9a227', '#2a9d8f', '#8a5a00'];
const LEVEL_COLORS = ['#9aa5b1', '#9aa5b1', '#b7cce3', '#8fb3d9', '#4f8fc9', '#1d7a46', '#0f4c81', '#7a1f1f', '#3b0d0d'];

export const tierSeries: readonly Series<string>[] = COMPETITION_TIERS.map((t) => ({ key: t.code, label: t.label, color: TIER_COLORS[t.code] }));

export const groupSeries = (majors: readonly string[], name: (code: string) => string): Series<string>[] =>
  majors.map((g, i) => ({ key: g, label: name(g), color: GROUP_COLORS[i % GROUP_COLORS.length] }));

export const levelSeries = (levels: Iterable<number>): Series<number>[] => [...levels].map((l) => ({ key: l, label: skillLevelLabel(l), color: LEVEL_COLORS[l] }));
