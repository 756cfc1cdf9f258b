/**
 * The rung above a level in one occupation, and the link to it: the career page's personal next
 * step and the /match seeker results ("下一级") both come from here.
 */
import { matchHref } from '../match-form';
import { skillLevelLabel } from '../skill-levels';
import { FIRST_CERTIFIED_LEVEL } from './requirements';

/** The next level one can certify into above `level`, or null at (or above) the standard's top. */
export function nextRungLevel(level: number, maxLevel: number | null): number | null {
  const next = Math.max(level + 1, FIRST_CERTIFIED_LEVEL);
  return next <= (maxLevel ?? 8) ? next : null;
}

export interface RungLink {
  href: string;
  label: string;
  level: number;
}

/**
 * "下一级：技师（二级）" and the career page opened at that step for the reader's level and
 * county (`base` is SvelteKit's base path). Null when the occupation's standard has no higher level.
 */
export function nextRungLink(code: string, level: number, maxLevel: number | null, region: string | null = null, base = ''): RungLink | null {
  const next = nextRungLevel(level, maxLevel);
  if (next === null) return null;
  const q = new URLSearchParams({ level: String(level) });
  if (region) q.set('region', region);
  return { href: `${base}/careers/${code}/?${q}#next-step`, label: `下一级：${skillLevelLabel(next)}`, level: next };
}

/** /match/ as a seeker at `level` in the occupation: the open jobs that fit that level. */
export const matchSeekerHref = (code: string, level: number, base = ''): string => matchHref(base, { mode: 'seeker', occupation: code, level });
