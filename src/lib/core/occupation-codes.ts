/**
 * 职业分类大典 (2022) codes: 大类 `6`, 中类 `6-18`, 小类 `6-18-02`, 细类 `6-18-02-04`.
 * The hierarchy is read from the code itself, so no lookup table is needed to climb it.
 */
import { toHalfWidth } from './normalize';
export type OccupationDepth = 1 | 2 | 3 | 4;

export const OCCUPATION_DEPTH_NAMES: Readonly<Record<number, string>> = {
  0: '全部职业',
  1: '大类',
  2: '中类',
  3: '小类',
  4: '细类'
};

const CODE = /^[1-8](-\d{2}){0,3}$/;

export const isOccupationCode = (code: string): boolean => CODE.test(code);

export const occupationDepth = (code: string): OccupationDepth =>
  code.split('-').length as OccupationDepth;

/** The code's ancestor at `depth` (1–4), or the code itself when it is shallower. */
export const occupationAncestor = (code: string, depth: number): string =>
  code.split('-').slice(0, depth).join('-');

export const occupationParent = (code: string): string | null => {
  const parts = code.split('-');
  return parts.length > 1 ? parts.slice(0, -1).join('-') : null;
};

/** Normalises spacing and dash variants: `6－18－02－04` → `6-18-02-04`. */
export const normalizeOccupationCode = (raw: string): string =>
  toHalfWidth(raw).trim().replace(/[‐‑‒–—―－]/g, '-').replace(/\s+/g, '');
