/**
 * Calendar days (UTC) as day numbers since 1970-01-01 and as ISO strings, for the dated records
 * of the demo. Conversions are hot (a few per certification record), so they avoid `Date`.
 */
import type { Random } from './random';

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function civilFromDays(z: number): string {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export const dayNumber = (iso: string): number => daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

const ISO_CACHE = new Map<number, string>();

export const isoOfDay = (day: number): string => {
  let iso = ISO_CACHE.get(day);
  if (iso === undefined) ISO_CACHE.set(day, (iso = civilFromDays(day)));
  return iso;
};

export const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);

/** A day in [from, to], uniformly. */
export const randomDay = (rng: Random, from: string, to: string): string => isoOfDay(rng.int(dayNumber(from), dayNumber(to)));

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
