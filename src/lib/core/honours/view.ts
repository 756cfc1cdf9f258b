/**
 * The honours section's view in the URL, beside the competitions' own parameters: the year of the
 * roll (`hyear`, default the latest), a title (`honour`), the holder's county (`hcounty`) and
 * whether every studio is listed (`studios=all`).
 */
import { HONOURS } from '../contract/career-enums';
import type { HonoursFilter } from '../queries/honours';
import { honoursByYear, honoursRoll, honoursStudios } from '../queries/honours';
import { flag, integer, oneOf, viewCodec, type ViewCodec } from '../view-codec';

export interface HonoursView {
  hyear: number;
  honour: string | null;
  hcounty: string | null;
  /** Every studio, not only the newest. */
  studios: boolean;
}

/** The newest studios the section lists before 显示全部. */
export const STUDIOS_SHOWN = 12;

export function honoursViewCodec(years: readonly number[], counties: readonly string[]): ViewCodec<HonoursView> {
  return viewCodec<HonoursView>({
    hyear: integer(years.at(-1) ?? 0, (y) => years.includes(y)),
    honour: oneOf(HONOURS.map((h) => h.code), null),
    hcounty: oneOf(counties, null),
    studios: flag('all')
  });
}

export const honoursFilter = (v: HonoursView): HonoursFilter => ({ county: v.hcounty, tier: null, group: null, honour: v.honour });

/** The section's queries for a view, one per part: the year's roll, the counts by year, the studios. */
export const honoursPlan = (v: HonoursView) => ({
  roll: honoursRoll(honoursFilter(v), v.hyear),
  byYear: honoursByYear(honoursFilter(v)),
  studios: honoursStudios({ county: v.hcounty, group: null }, v.studios ? null : STUDIOS_SHOWN)
});
