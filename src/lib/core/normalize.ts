/**
 * Cell-level normalisation shared by the publisher and the matcher: the bureau's spreadsheets
 * come with full-width digits, thousands separators, Chinese booleans and two list separators.
 */

/** Printable ASCII and CJK ideographs, which NFKC leaves as they are: most cells, so worth a shortcut. */
const STABLE = /^[\x20-\x7e\u4e00-\u9fff]*$/;

/** NFKC folds full-width digits, letters and punctuation onto their ASCII forms. */
export const toHalfWidth = (s: string): string => (STABLE.test(s) ? s : s.normalize('NFKC'));

const SPACES = /\s/;

export function normalizeCell(s: string): string {
  const t = toHalfWidth(s);
  return SPACES.test(t) ? t.replace(/\s+/g, ' ').trim() : t;
}

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Parses a number as the bureau writes it: `８,６００`, `8,600`, `8600.00`, `8 600`.
 * Returns null for anything else (including empty strings).
 */
export function parseNumber(raw: string): number | null {
  let s = toHalfWidth(raw).trim().replace(/[ \u00a0]/g, '');
  if (s === '') return null;
  if (THOUSANDS.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Splits a list cell on `;` or `；` (NFKC folds the full-width one), dropping empties. */
export function splitList(raw: string): string[] {
  return toHalfWidth(raw)
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

const TRUE = new Set(['1', 'true', 'yes', 'y', 't', '是', '有', '同意', '√']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'f', '否', '无', '不同意', '×']);

export function parseBoolean(raw: string): boolean | null {
  const s = toHalfWidth(raw).trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}

/** Parses 2024-03-05, 2024/3/5, 2024.3.5 and 2024年3月5日 into an ISO date string. */
export function parseDate(raw: string): string | null {
  const s = toHalfWidth(raw).trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const QUARTER_WORDS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A calendar quarter as `2025Q4`, from 2025Q4, 2025-Q4, 2025 q4, 2025年第四季度, 2025年4季度; else null. */
export function parseQuarter(raw: string): string | null {
  const s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  const m = /^(\d{4})(?:[-/.]?[Qq]([1-4])|年?第?([一二三四1-4])季度?)$/.exec(s);
  if (!m) return null;
  return `${m[1]}Q${QUARTER_WORDS[m[2] ?? m[3]]}`;
}

/** Yes/no as descriptive columns write it (愿意异地工作: 愿意, 可以, 不接受 …); never used for consent. */
const DESCRIPTIVE_TRUE = new Set(['愿意', '可以', '接受', '可', '能', '服从安排', '服从分配', '愿意异地', '可异地', '接受异地', '可外派', '是的', '对']);
const DESCRIPTIVE_FALSE = new Set(['不愿意', '不愿', '不可以', '不接受', '不可', '不能', '仅限本地', '仅本地', '只在本地', '本地', '不考虑异地', '不外派', '不是']);

export function parseDescriptiveBoolean(raw: string): boolean | null {
  const s = toHalfWidth(raw).trim().toLowerCase().replace(/[\s\p{P}]/gu, '');
  if (DESCRIPTIVE_TRUE.has(s)) return true;
  if (DESCRIPTIVE_FALSE.has(s)) return false;
  return parseBoolean(s);
}
