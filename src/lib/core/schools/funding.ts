/**
 * The §7 funding criteria of a school in one cohort (employment, certificates, school–enterprise
 * cooperation), with the figures they are computed from. They add up published counts only: a
 * small cohort of a major, published without its counts, is left out and counted as such, never
 * rebuilt from the school's total; a count a school did not report is left out of that criterion.
 */
import type { OutcomeRow } from '../queries/schools';
import { RATE_BY_KEY, rateDenominator, rateOf, type Counts, type RateDef, type RateKey } from './rates';
import type { ShortageIndex } from './scorecard';

export interface Criterion {
  rate: RateDef;
  numerator: number;
  denominator: number;
  /** null when no major could be counted. */
  value: number | null;
  /** Majors counted. */
  counted: number;
  /** Majors left out: under the threshold (withheld) or with a count not reported. */
  withheld: number;
  unreported: number;
}

/** The rate over the majors' summed counts, counting only majors that published both. */
export function criterion(rows: readonly OutcomeRow[], key: RateKey): Criterion {
  const rate = RATE_BY_KEY.get(key)!;
  let numerator = 0;
  let denominator = 0;
  let counted = 0;
  let withheld = 0;
  let unreported = 0;
  for (const r of rows) {
    if (r.suppressed) {
      withheld++;
      continue;
    }
    const num = r[rate.numerator];
    const den = rateDenominator(rate, r);
    if (num == null || den == null) {
      unreported++;
      continue;
    }
    numerator += num;
    denominator += den;
    counted++;
  }
  const sums: Counts = { [rate.numerator]: numerator, [rate.of]: denominator, ...(rate.less ? { [rate.less]: 0 } : {}) };
  return { rate, numerator, denominator, value: counted ? rateOf(rate, sums) : null, counted, withheld, unreported };
}

const sumPublished = (rows: readonly OutcomeRow[], c: 'order_class_students' | 'apprentices'): number | null => {
  const known = rows.filter((r) => !r.suppressed && r[c] != null);
  return known.length ? known.reduce((s, r) => s + (r[c] as number), 0) : null;
};

export interface SchoolFunding {
  school_id: string;
  school: string;
  kind: string;
  county: string | null;
  majors: number;
  /** Every graduate of the cohort, small majors included (their size is published). */
  graduates: number;
  employment: Criterion;
  level4: Criterion;
  certified: Criterion;
  /** Distinct partner enterprises over all majors. */
  partners: number;
  majorsWithPartners: number;
  orderClass: number | null;
  apprentices: number | null;
  /** Majors whose trade is on the shortage list in force, their graduates and how many work in a related job. */
  shortage: { majors: number; names: string[]; graduates: number; relevant: Criterion; minPay: number | null; maxPay: number | null };
}

export function schoolFunding(rows: readonly OutcomeRow[], shortage: ShortageIndex): SchoolFunding[] {
  const bySchool = new Map<string, OutcomeRow[]>();
  for (const r of rows) bySchool.set(r.school_id, [...(bySchool.get(r.school_id) ?? []), r]);
  return [...bySchool.values()].map((majors) => {
    const [first] = majors;
    const listed = majors.filter((r) => shortage(r) !== null);
    const pays = listed.filter((r) => !r.suppressed && r.median_monthly_wage != null).map((r) => r.median_monthly_wage as number);
    return {
      school_id: first.school_id,
      school: first.school,
      kind: first.kind,
      county: first.county,
      majors: majors.length,
      graduates: majors.reduce((s, r) => s + r.graduates, 0),
      employment: criterion(majors, 'employment_rate'),
      level4: criterion(majors, 'certified_level4plus_rate'),
      certified: criterion(majors, 'certified_any_rate'),
      partners: new Set(majors.flatMap((r) => r.partner_enterprises)).size,
      majorsWithPartners: majors.filter((r) => r.partner_enterprises.length > 0).length,
      orderClass: sumPublished(majors, 'order_class_students'),
      apprentices: sumPublished(majors, 'apprentices'),
      shortage: {
        majors: listed.length,
        names: listed.map((r) => r.major),
        graduates: listed.reduce((s, r) => s + r.graduates, 0),
        relevant: criterion(listed, 'relevant_rate'),
        minPay: pays.length ? Math.min(...pays) : null,
        maxPay: pays.length ? Math.max(...pays) : null
      }
    };
  });
}
