/**
 * The /shortage/ page's view in the URL: the period (default: the list in force on the release
 * date), the status, the county chosen on the map, an occupation looked for by name, and the
 * entry opened (occupation and level). The prerendered HTML is `defaults`.
 */
import { SHORTAGE_STATUSES } from '../contract/career-enums';
import { MAX_LEVEL, MIN_LEVEL } from '../skill-levels';
import { integer, oneOf, text, viewCodec, type ViewCodec } from '../view-codec';
import { periodInForce } from './periods';

/** The longest search text kept in a URL. */
export const SHORTAGE_SEARCH_MAX = 30;

export interface ShortageView {
  period: string;
  status: string | null;
  county: string | null;
  q: string;
  /** The entry opened: its occupation and level (null: all levels, or the first listed). */
  occ: string | null;
  level: number | null;
}

export function shortageViewCodec(periods: readonly string[], asOf: string, counties: readonly string[], occupations: readonly string[]): ViewCodec<ShortageView> {
  return viewCodec<ShortageView>({
    period: oneOf(periods, periodInForce(periods, asOf) ?? ''),
    status: oneOf(SHORTAGE_STATUSES.map((s) => s.code), null),
    county: oneOf(counties, null),
    q: text(SHORTAGE_SEARCH_MAX),
    occ: oneOf(occupations, null),
    level: integer(null, (n) => n >= MIN_LEVEL && n <= MAX_LEVEL)
  });
}
