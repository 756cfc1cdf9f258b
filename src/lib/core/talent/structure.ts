/**
 * The /talent/ structure charts' rows and names: which occupation groups the occupation × level
 * chart lists at a depth, and how each breakdown's values read (未登记 for people whose record
 * does not say).
 */
import { AGE_BANDS } from '../bands';
import { GENDERS, enumLabel } from '../enums';
import { INDUSTRIES } from '../industries';
import type { TalentIndex } from '../talent-metrics';
import type { OccupationDepth } from './view';

/** What a breakdown value reads as when the record does not say. */
export const UNRECORDED = '未登记';

export const OCCUPATION_DEPTH_LABEL: Readonly<Record<OccupationDepth, string>> = { 1: '职业大类', 2: '职业中类' };

/** The occupation groups of a depth present in the cells (大类 `6`, 中类 `6-18`), with 未登记 where it occurs. */
export const occupationValues = (index: TalentIndex, depth: OccupationDepth): string[] =>
  index.dimensionValues('occupation').filter((v) => v === 'unknown' || v.split('-').length === depth);

const or = (v: string, name: () => string) => (v === 'unknown' ? UNRECORDED : name());

/** A breakdown value's name, by dimension; `groups` names the occupation groups. */
export function breakdownLabeller(groups: readonly { code: string; name: string }[]): Record<'occupation' | 'industry' | 'gender' | 'age_band', (v: string) => string> {
  return {
    occupation: (v) => or(v, () => `${v} ${groups.find((g) => g.code === v)?.name ?? ''}`.trim()),
    industry: (v) => or(v, () => `${v} ${INDUSTRIES[v] ?? ''}`.trim()),
    gender: (v) => or(v, () => enumLabel(GENDERS, v)),
    age_band: (v) => or(v, () => AGE_BANDS.find((b) => b.id === v)?.label ?? v)
  };
}
