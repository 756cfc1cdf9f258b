/**
 * The /talent/ page's view in the URL (`?year=2024&metric=per_emp&level=4&county=532503&vs=532501&occ=2`):
 * the year, the map's metric and level range, the selected county, the comparison and the depth
 * of the occupation chart. Without parameters: the whole prefecture in the latest year, which is
 * what the HTML prerenders.
 */
import type { Manifest } from '../manifest';
import { isMetricId, parseLevelCut, type LevelCut, type MetricId } from '../talent-metrics';
import { integer, oneOf, viewCodec, type Field, type ViewCodec } from '../view-codec';

export interface TalentView {
  year: number;
  metric: MetricId;
  level: LevelCut;
  /** Selected county; null = the whole prefecture. */
  county: string | null;
  /** Comparison region: another county or the prefecture's code; null = no comparison. */
  vs: string | null;
  /** Occupation depth of the occupation × level chart: 大类 (1) or 中类 (2). */
  occ: OccupationDepth;
}

export type OccupationDepth = 1 | 2;

const metric: Field<MetricId> = {
  default: 'high_share',
  parse: (raw) => (isMetricId(raw) ? raw : 'high_share'),
  format: (v) => (v === 'high_share' ? null : v)
};

const levelCut: Field<LevelCut> = {
  default: 'all',
  parse: (raw) => parseLevelCut(raw) ?? 'all',
  format: (v) => (v === 'all' ? null : String(v))
};

const occupationDepth: Field<OccupationDepth> = {
  default: 1,
  parse: (raw) => (raw === '2' ? 2 : 1),
  format: (v) => (v === 2 ? '2' : null)
};

/**
 * A comparison is a county against the prefecture or another county, or the prefecture against
 * a county: never a region against itself, and the prefecture only once a county is selected.
 */
export function validComparison(v: TalentView, prefecture: string): TalentView {
  const ok = v.vs !== null && v.vs !== v.county && (v.vs !== prefecture || v.county !== null);
  return ok || v.vs === null ? v : { ...v, vs: null };
}

/** `counties`: the county codes the release publishes. */
export function talentViewCodec(m: Manifest, counties: readonly string[]): ViewCodec<TalentView> {
  const pref = m.prefecture.code;
  return viewCodec<TalentView>(
    {
      year: integer(m.years.talent.at(-1) ?? 0, (y) => m.years.talent.includes(y)),
      metric,
      level: levelCut,
      county: oneOf(counties, null),
      vs: oneOf([pref, ...counties], null),
      occ: occupationDepth
    },
    {},
    (v) => validComparison(v, pref)
  );
}

/** The region the page describes: the selected county, else the prefecture. */
export const selectedRegion = (v: TalentView, prefecture: string): string => v.county ?? prefecture;

/** The region compared with it: the chosen one, else the prefecture once a county is selected. */
export const comparedRegion = (v: TalentView, prefecture: string): string | null => (v.county ? (v.vs ?? prefecture) : v.vs);

/** Clicking a county selects it, or clears the selection when it is the selected one; it is no longer its own comparison. */
export const toggleCounty = (v: TalentView, code: string): Partial<TalentView> => ({ county: code === v.county ? null : code, vs: v.vs === code ? null : v.vs });
