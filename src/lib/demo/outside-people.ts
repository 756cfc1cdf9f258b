/**
 * People outside the talent registry (students, job seekers, workers who never registered). The
 * bureau's certification and training records key them by their 居民身份证号, so that is their
 * person_id: valid, unique, and never the ID number of someone in the registry.
 */
import { COUNTIES } from './catalogue';
import { dayNumber, isoOfDay } from './dates';
import { idNumber } from './people';
import type { Random } from './random';

export class OutsidePeople {
  private readonly issued = new Set<string>();

  constructor(private readonly registryIdNumbers: ReadonlySet<string>) {}

  /** A new person's ID number: born in the county in [bornFrom, bornTo]. */
  idNumber(rng: Random, county: number, bornFrom: number, bornTo: number, gender: 'M' | 'F'): string {
    let birth = birthDay(rng, rng.int(bornFrom, bornTo));
    let sequence = rng.int(0, 999);
    let id = idNumber(COUNTIES[county].code, birth, sequence, gender);
    for (let tries = 1; this.issued.has(id) || this.registryIdNumbers.has(id); tries++) {
      if (tries % 500 === 0) birth = birthDay(rng, rng.int(bornFrom, bornTo));
      sequence += 2;
      id = idNumber(COUNTIES[county].code, birth, sequence, gender);
    }
    this.issued.add(id);
    return id;
  }
}

function birthDay(rng: Random, year: number): { year: number; month: number; day: number } {
  const iso = isoOfDay(rng.int(dayNumber(`${year}-01-01`), dayNumber(`${year}-12-31`)));
  return { year, month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}
