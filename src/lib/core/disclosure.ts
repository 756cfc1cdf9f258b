/**
 * Statistical-disclosure rules: the one place that sets what is too small to publish.
 * The pipeline applies them; pages only read the flags they produce.
 */

/** A wage cell needs at least this many workers… */
export const WAGE_MIN_WORKERS = 30;
/** …from at least this many enterprises, or its values are withheld. */
export const WAGE_MIN_ENTERPRISES = 3;
/** A talent count below this is withheld (and complementary cells with it, see methodology). */
export const TALENT_MIN_COUNT = 5;
/** Training outcomes (per programme, per provider × cohort) of fewer people show no values. */
export const TRAINING_MIN_PEOPLE = 10;
/** A certification cell of fewer exam candidates shows no counts or pass rate. */
export const CERTIFICATION_MIN_CANDIDATES = 10;
/** A school × major × cohort of fewer graduates is published without rates. */
export const SCHOOL_MIN_GRADUATES = 10;

/** Every threshold, as the manifest publishes them (pages quote these, never their own numbers). */
export const disclosureThresholds = () => ({
  wage_min_workers: WAGE_MIN_WORKERS,
  wage_min_enterprises: WAGE_MIN_ENTERPRISES,
  talent_min_count: TALENT_MIN_COUNT,
  training_min_people: TRAINING_MIN_PEOPLE,
  certification_min_candidates: CERTIFICATION_MIN_CANDIDATES,
  school_min_graduates: SCHOOL_MIN_GRADUATES
});

export const isWageCellPublishable = (nWorkers: number, nEnterprises: number): boolean =>
  nWorkers >= WAGE_MIN_WORKERS && nEnterprises >= WAGE_MIN_ENTERPRISES;

export function wageSuppressionReason(nWorkers: number | null, nEnterprises: number | null): string | null {
  if (nWorkers == null || nEnterprises == null) return null;
  const reasons: string[] = [];
  if (nWorkers < WAGE_MIN_WORKERS) reasons.push(`样本不足 ${WAGE_MIN_WORKERS} 人`);
  if (nEnterprises < WAGE_MIN_ENTERPRISES) reasons.push(`样本企业不足 ${WAGE_MIN_ENTERPRISES} 家`);
  return reasons.length ? reasons.join('，') : null;
}

/**
 * Complementary suppression for additive counts. `groups` lists equations
 * `[parent, ...children]` with parent = Σ children. A published total minus published parts must
 * never pin down a withheld cell, so in every equation either no member is withheld or at least
 * two are, and when the parent is published the withheld children must add up to at least `min`
 * (else their sum would bound each of them below the threshold). The cheapest published child
 * (by `cost`, its count unless a dataset weighs some cells higher) is withheld next until that
 * holds everywhere; the parent only when no child is left.
 */
export function suppressCounts(counts: readonly number[], groups: readonly (readonly number[])[], min = TALENT_MIN_COUNT, cost: readonly number[] = counts): boolean[] {
  const withheld = counts.map((n) => n < min);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [parent, ...children] of groups) {
      let k = withheld[parent] ? 1 : 0;
      let sum = 0;
      for (const c of children) if (withheld[c]) (k++, (sum += counts[c]));
      const exposed = k === 1 || (!withheld[parent] && k > 0 && sum < min);
      if (!exposed) continue;
      let next = -1;
      for (const c of children) if (!withheld[c] && (next < 0 || cost[c] < cost[next])) next = c;
      if (next < 0) next = parent;
      if (withheld[next]) continue;
      withheld[next] = true;
      changed = true;
    }
  }
  return withheld;
}

/**
 * The "total = Σ parts" equations among published cells, for `suppressCounts`. `parents(cell)`
 * lists, for each way the cell adds into a coarser one, `[parentKey, equation]`: the cells that
 * name the same parent key and equation are the parts of that total (a parent splits several ways:
 * by county, by level, by route…). A parent that was not published adds no equation. Cells are
 * given by `key`; the result lists `[parent, ...children]` index groups.
 */
export function additiveEquations<C>(cells: readonly C[], key: (c: C) => string, parents: (c: C) => readonly (readonly [string, string])[]): number[][] {
  const index = new Map<string, number>();
  cells.forEach((c, i) => index.set(key(c), i));
  const buckets = new Map<string, number[]>();
  cells.forEach((c, i) => {
    for (const [parentKey, equation] of parents(c)) {
      const p = index.get(parentKey);
      if (p === undefined) continue;
      const id = `${parentKey}\u0000${equation}`;
      const b = buckets.get(id);
      if (b) b.push(i);
      else buckets.set(id, [p, i]);
    }
  });
  return [...buckets.values()];
}

/** What a withheld wage cell says instead of its figures: "样本不足 30 人，不公布". */
export const withheldLabel = (nWorkers: number | null, nEnterprises: number | null): string =>
  `${wageSuppressionReason(nWorkers, nEnterprises) ?? '样本不足'}，不公布`;

/** Why cells are withheld, for a tooltip or a note. */
export const WITHHELD_WHY = '为保护企业和个人信息，样本过少的单元格不公布工资数值';
