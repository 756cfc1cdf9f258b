/**
 * "我现在是…" on /careers/[code]/ in the URL (`?level=3&region=532501&years=4`): the level held, the
 * county where one works and, optionally, the years at that level. Without parameters the page
 * is the occupation's whole ladder for the prefecture.
 */
import type { Manifest } from '../manifest';
import { integer, oneOf, text, viewCodec, type ViewCodec } from '../view-codec';
import { SEARCH_MAX_CHARS } from '../wages/view';
import { isSkillLevel } from '../wages/view';

/** The most years at one level the form accepts. */
export const MAX_YEARS_AT_LEVEL = 40;

export interface CareerView {
  level: number | null;
  region: string;
  years: number | null;
}

export function careerViewCodec(m: Manifest, regions: readonly string[]): ViewCodec<CareerView> {
  return viewCodec<CareerView>({
    level: integer(null, isSkillLevel),
    region: oneOf(regions.includes(m.prefecture.code) ? regions : [m.prefecture.code, ...regions], m.prefecture.code),
    years: integer(null, (n) => n >= 0 && n <= MAX_YEARS_AT_LEVEL)
  });
}

/** /careers/: the search text (`?q=hg`). */
export interface CareerIndexView {
  q: string;
}

export const careerIndexCodec = (): ViewCodec<CareerIndexView> => viewCodec<CareerIndexView>({ q: text(SEARCH_MAX_CHARS) });
