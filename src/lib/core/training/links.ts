/**
 * Links into the training pages, for the pages themselves and for others: a course, a provider,
 * a comparison, and the finder for a skill (what /match links a seeker's missing skill to) or a
 * career rung. The finder's URL is written by its codec, so a link cannot drift from what the
 * finder reads.
 */
import { finderViewCodec, type FinderView } from './view';

const finder = finderViewCodec([]);

export const programmeHref = (base: string, id: string): string => `${base}/training/${encodeURIComponent(id)}/`;
export const providerHref = (base: string, id: string): string => `${base}/training/provider/${encodeURIComponent(id)}/`;
export const compareHref = (base: string, ids: readonly string[]): string => `${base}/training/compare/?p=${ids.map(encodeURIComponent).join(',')}`;

/** The finder with some filters set (county filters need the finder's own county list, so none here). */
export function finderHref(base: string, patch: Partial<Omit<FinderView, 'county'>> = {}): string {
  const q = finder.serialise({ ...finder.defaults, ...patch }).toString();
  return `${base}/training/${q ? `?${q}` : ''}`;
}

/**
 * Courses that teach a skill (a canonical skill id), optionally for an occupation and the level a
 * seeker is aiming at: `/training/?skill=SK001&occ=6-18-02-04&level=4`.
 */
export const trainingSkillHref = (skill: string, opts: { occupation?: string | null; level?: number | null } = {}, base = ''): string =>
  finderHref(base, { skill, occ: opts.occupation ?? null, level: opts.level ?? null });
