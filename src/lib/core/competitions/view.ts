/**
 * The /competitions/ page's view in the URL: the filter (`year`, `tier`, `group`, `county`), the
 * competition shown (`c`) and one of its events (`event`), the medal table's settings (`by`,
 * `sort`, `kind`), and the honours section's (`hyear`, `honour`, `studios`, core/honours/view.ts).
 * Without parameters: every year, tier, group and county, the county medal table by points, the
 * first competition listed, the latest honours: what the HTML prerenders.
 */
import { COMPETITION_TIERS, UNIT_KINDS } from '../enums';
import { honoursFields, type HonoursView } from '../honours/view';
import type { Manifest } from '../manifest';
import { MEDAL_SORT_KEYS } from '../medal-table';
import type { CompetitionFilter } from '../queries/competitions';
import type { MedalSortKey } from '../medal-table';
import { code, integer, oneOf, optionalText, viewCodec, type ViewCodec } from '../view-codec';

export const MEDAL_TABLE_BY = ['county', 'unit'] as const;
export type MedalTableBy = (typeof MEDAL_TABLE_BY)[number];

export interface CompetitionView extends CompetitionFilter, HonoursView {
  /** The competition whose results are shown (null: the first one listed). */
  competition: string | null;
  /** One event of it (null: all its events). */
  event: string | null;
  by: MedalTableBy;
  sort: MedalSortKey;
  /** Unit tables only: enterprise / school. */
  kind: string | null;
}

/** Unit kinds a unit medal table can be narrowed to (individual entrants, `other`, are not a unit). */
export const UNIT_TABLE_KINDS = UNIT_KINDS.filter((k) => k.code !== 'other');

/** The longest competition id and event name a link may carry. */
export const COMPETITION_ID_MAX = 64;
export const EVENT_MAX = 100;

/** A unit kind applies to the unit table only. */
const kindForUnits = (v: CompetitionView): CompetitionView => (v.kind !== null && v.by !== 'unit' ? { ...v, kind: null } : v);

/** `counties`: the county codes the release publishes; `honourYears`: the years of the honours roll. */
export function competitionViewCodec(m: Manifest, counties: readonly string[], honourYears: readonly number[] = []): ViewCodec<CompetitionView> {
  return viewCodec<CompetitionView>(
    {
      year: integer(null, (y) => m.years.competitions.includes(y)),
      tier: oneOf(COMPETITION_TIERS.map((t) => t.code), null),
      group: code(/^[1-8](-\d{2})?$/),
      county: oneOf(counties, null),
      competition: optionalText(COMPETITION_ID_MAX),
      event: optionalText(EVENT_MAX),
      by: oneOf(MEDAL_TABLE_BY, 'county'),
      sort: oneOf(MEDAL_SORT_KEYS, 'points'),
      kind: oneOf(UNIT_TABLE_KINDS.map((k) => k.code), null),
      ...honoursFields(honourYears)
    },
    { competition: 'c' },
    kindForUnits
  );
}

/**
 * The honours roll of one year, at one title, on /competitions/ (a pool entry on the roll links
 * there). `base` is SvelteKit's base path.
 */
export function honourRollHref(base: string, m: Manifest, year: number, honour: string): string {
  const codec = competitionViewCodec(m, [], [year]);
  return `${base}/competitions/?${codec.serialise({ ...codec.defaults, hyear: year, honour })}#roll-title`;
}

/** A filter change lists other competitions, so the competition and event chosen no longer apply. */
export const filterChange = (patch: Partial<CompetitionFilter>): Partial<CompetitionView> => ({ ...patch, competition: null, event: null });
