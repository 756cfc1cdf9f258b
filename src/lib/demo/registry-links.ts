/**
 * Who in the talent registry reached a level in which year, so that certification records,
 * training enrolments and competitions tell the same story as the registry's snapshots. A
 * promotion is the year a person's level rose (for 2021 and a person's first year, a share of
 * holders count as newly certified). Each promotion can be claimed once: a competition result,
 * a training course or a plain certification record explains it, never two of them.
 */
import { SURVEY_YEARS } from './catalogue';
import type { Random } from './random';
import type { RegistryIndex } from './talent';

const Y = SURVEY_YEARS.length;

/** Chance that someone holding a level in 2021 (or in their first registry year) got it that year. */
const FIRST_YEAR_PROMOTED = [0, 0, 0.12, 0.12, 0.09, 0.07, 0.06, 0.05, 0.05];
const ENTRY_YEAR_PROMOTED = 0.3;

export interface Promotion {
  person: number;
  /** Snapshot index: year − 2021. */
  t: number;
  level: number;
}

export class RegistryLinks {
  private readonly promoted: Uint8Array;
  private readonly claimed: Uint8Array;
  private readonly lists = new Map<number, Int32Array>();

  constructor(readonly index: RegistryIndex, rng: Random) {
    const n = index.county.length;
    this.promoted = new Uint8Array(n * Y);
    this.claimed = new Uint8Array(n * Y);
    const lists = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const first = index.entryYear[i] - SURVEY_YEARS[0];
      for (let t = first; t < Y; t++) {
        const level = index.levels[i * Y + t];
        let up: boolean;
        if (t === 0) up = rng.chance(FIRST_YEAR_PROMOTED[level]);
        else if (t === first) up = rng.chance(level >= 2 ? ENTRY_YEAR_PROMOTED : 0);
        else up = level > index.levels[i * Y + t - 1];
        if (up && level >= 2) this.promoted[i * Y + t] = 1;
        const key = this.key(index.occupation[i], t, level, this.promoted[i * Y + t] === 1);
        const list = lists.get(key);
        if (list) list.push(i);
        else lists.set(key, [i]);
      }
    }
    for (const [k, v] of lists) this.lists.set(k, Int32Array.from(v));
  }

  private key(occupation: number, t: number, level: number, promoted: boolean): number {
    return ((occupation * Y + t) * 9 + level) * 2 + (promoted ? 1 : 0);
  }

  levelAt(person: number, t: number): number {
    return this.index.levels[person * Y + t];
  }

  personIndex(personId: string): number | undefined {
    return this.index.registry.indexOf(personId);
  }

  isPromotion(person: number, t: number): boolean {
    return this.promoted[person * Y + t] === 1;
  }

  /** Claims the promotion; false when there is none or it is already explained. */
  claim(person: number, t: number): boolean {
    const k = person * Y + t;
    if (this.promoted[k] !== 1 || this.claimed[k] === 1) return false;
    this.claimed[k] = 1;
    return true;
  }

  /**
   * Someone of the occupation promoted into `level` in year t whose promotion is unclaimed
   * (then claimed), preferring the county; −1 when there is none to be found quickly.
   */
  takePromotion(rng: Random, occupation: number, t: number, level: number, county: number): number {
    const list = this.lists.get(this.key(occupation, t, level, true));
    if (!list) return -1;
    const found = this.search(rng, list, county, (i) => this.claimed[i * Y + t] === 0);
    if (found >= 0) this.claimed[found * Y + t] = 1;
    return found;
  }

  /** Someone of the occupation who held `level` all through year t (no promotion that year). */
  findStayer(rng: Random, occupation: number, t: number, level: number, county: number): number {
    const list = this.lists.get(this.key(occupation, t, level, false));
    return list ? this.search(rng, list, county, () => true) : -1;
  }

  private search(rng: Random, list: Int32Array, county: number, ok: (i: number) => boolean): number {
    for (let tries = 0; tries < 40; tries++) {
      const i = list[rng.int(0, list.length - 1)];
      if (this.index.county[i] === county && ok(i)) return i;
    }
    for (let tries = 0; tries < 20; tries++) {
      const i = list[rng.int(0, list.length - 1)];
      if (ok(i)) return i;
    }
    return -1;
  }

  /** Every promotion nothing has claimed yet, in person order. */
  *unclaimed(): Generator<Promotion> {
    for (let k = 0; k < this.promoted.length; k++) {
      if (this.promoted[k] === 1 && this.claimed[k] === 0) {
        const person = Math.floor(k / Y);
        const t = k % Y;
        yield { person, t, level: this.index.levels[k] };
      }
    }
  }
}
