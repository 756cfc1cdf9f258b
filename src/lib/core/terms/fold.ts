/**
 * Folding and splitting of written terms: full- and half-width, case, spaces and punctuation;
 * the separators and connectives that join several tags into one (焊接及切割, 氩弧焊/二保焊).
 */
import { toHalfWidth } from '../normalize';

/** Width- and case-folded, without spaces or punctuation. */
export const foldTerm = (s: string): string => toHalfWidth(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

export const isLatinWord = (s: string): boolean => /^[a-z0-9]+$/.test(s);
export const hasCjk = (s: string): boolean => /\p{Script=Han}/u.test(s);

/** Separators and connectives between tags written as one. */
const SEPARATORS = /[、,，/／+＋&＆;；|｜\s]+|以及|及|和|与|或|跟/u;

/** The parts of a compound tag (at least two non-empty ones), or [] when it is not one. */
export function splitCompound(raw: string): string[] {
  // a space separates only Latin words (Word Excel); between Chinese characters it is noise (氩 弧焊)
  const parts = toHalfWidth(raw)
    .replace(/(?<![a-z0-9])\s+|\s+(?![a-z0-9])/giu, '')
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => foldTerm(p) !== '');
  return parts.length >= 2 ? parts : [];
}

/** A tag that denies the skill (不会焊接, 没有电工证) is never read as having it. */
export const isNegated = (folded: string): boolean => /^(不会|不懂|不熟悉|不熟|没有|没学过)/.test(folded);
