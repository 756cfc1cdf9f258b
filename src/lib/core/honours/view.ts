/**
 * The honours section of /competitions/ (竞赛与荣誉) in the page's URL: the year of the roll
 * (`hyear`), a title (`honour`) and whether every studio is listed (`studios=all`); the page's
 * filter (tier, occupation group, county) applies to honours too. Its queries, one a part: the
 * year's roll, the counts by year and title, the studios.
 */
import { HONOURS } from '../contract/career-enums';
import type { CompetitionFilter } from '../queries/competitions';
import { honoursByYear, honoursRoll, honoursStudios } from '../queries/honours';
import { flag, integer, oneOf } from '../view-codec';

export interface HonoursView {
  /** The roll's year (null: the page's year when honours were given in it, else the latest). */
  hyear: number | null;
  honour: string | null;
  /** Every studio, not only the newest. */
  studios: boolean;
}

/** The newest studios the section lists before 显示全部. */
export const STUDIOS_SHOWN = 12;

/** The section's fields, for the page's codec. `years`: the years of the roll. */
export const honoursFields = (years: readonly number[]) => ({
  hyear: integer(null, (y) => years.includes(y)),
  honour: oneOf(HONOURS.map((h) => h.code), null),
  studios: flag('all')
});

export function rollYear(v: HonoursView & Pick<CompetitionFilter, 'year'>, years: readonly number[]): number | null {
  return v.hyear ?? (v.year !== null && years.includes(v.year) ? v.year : (years.at(-1) ?? null));
}

export function honoursPlan(v: HonoursView & CompetitionFilter, years: readonly number[]) {
  const filter = { county: v.county, tier: v.tier, group: v.group, honour: v.honour };
  const year = rollYear(v, years);
  return {
    honours: year === null ? null : honoursRoll(filter, year),
    honourCounts: years.length ? honoursByYear(filter) : null,
    // studios are conferred at several tiers: the tier filter does not apply to them
    studios: years.length ? honoursStudios({ county: v.county, group: v.group }, v.studios ? null : STUDIOS_SHOWN) : null
  };
}
