/**
 * Every figure a page or chart shows, formatted once for zh-CN: counts, money and money ranges,
 * percentages and changes, premiums with their sign, ratios, 万 on chart axes, years and sizes.
 * Missing values read "—" everywhere; negative numbers use the minus sign (−), not a hyphen.
 */
const int = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOne = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** What a missing figure reads as. */
export const NO_VALUE = '—';
export const MINUS = '−';

const known = (x: number | null | undefined): x is number => x != null && Number.isFinite(x);
const sign = (x: number) => (x > 0 ? '+' : x < 0 ? MINUS : '');

export const formatInt = (n: number | null | undefined): string => (known(n) ? int.format(n) : NO_VALUE);

const upToTwo = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A score as the source gives it (up to two decimals): 92.5 · 1,020. */
export const formatScore = (n: number | null | undefined): string => (known(n) ? upToTwo.format(n) : NO_VALUE);

/** A count or a rate as it reads in a table: 12,345 or 208.1. */
export const formatNumber = (n: number): string => upToOne.format(n);

/** A figure with its unit: "6,500 元/月", "12 人". */
export const formatWithUnit = (n: number | null | undefined, unit: string): string => (known(n) ? `${int.format(n)} ${unit}` : NO_VALUE);

/** A signed whole number: +1,234 · −6,267 · 0. */
export const formatSigned = (n: number | null | undefined): string => (known(n) ? `${sign(Math.round(n))}${int.format(Math.abs(n))}` : NO_VALUE);

/** A ratio of two figures: 1.12× (two decimals). */
export const formatRatio = (r: number | null | undefined): string => (known(r) ? `${r.toFixed(2)}×` : NO_VALUE);

/** What one level pays over another: the signed difference and the ratio, "+8,200（1.12×）" or "−6,267（0.88×）". */
export const formatPremium = (p: { diff: number; ratio: number } | null | undefined): string =>
  p && known(p.diff) && known(p.ratio) ? `${formatSigned(p.diff)}（${formatRatio(p.ratio)}）` : NO_VALUE;

/**
 * A pay range: "5,000–8,000 元/月"; one end only: "5,000 元/月起" or "最高 8,000 元/月";
 * neither: `none` (面议 for a job, 未填写 for a person).
 */
export function formatMoneyRange(min: number | null | undefined, max: number | null | undefined, unit: string, none = '面议'): string {
  if (known(min) && known(max)) return min === max ? `${int.format(min)} ${unit}` : `${int.format(min)}–${int.format(max)} ${unit}`;
  if (known(min)) return `${int.format(min)} ${unit}起`;
  if (known(max)) return `最高 ${int.format(max)} ${unit}`;
  return none;
}

export const formatPercent = (x: number | null | undefined, digits = 1): string => (known(x) ? `${(x * 100).toFixed(digits)}%` : NO_VALUE);

/** A rate with one decimal: 208.1 · 1,204.0. */
export const formatDecimal = (x: number | null | undefined): string => (known(x) ? one.format(x) : NO_VALUE);

/** A change with one decimal, signed (0 reads +0.0): +1.2 · −0.5. */
export const formatSignedDecimal = (x: number | null | undefined): string => (known(x) ? `${x >= 0 ? '+' : MINUS}${one.format(Math.abs(x))}` : NO_VALUE);

/** Percentage-point change, signed: +1.2 个百分点. */
export const formatPointChange = (d: number | null | undefined): string => (known(d) ? `${formatSignedDecimal(d * 100)} 个百分点` : NO_VALUE);

/** How far apart two shares are, in percentage points, whichever is higher: 1.2 个百分点. */
export const formatPointGap = (d: number | null | undefined): string => (known(d) ? `${one.format(Math.abs(d * 100))} 个百分点` : NO_VALUE);

/** Relative change, signed: +3.4% · −1.0%. */
export const formatChange = (x: number | null | undefined): string => (known(x) ? `${formatSignedDecimal(x * 100)}%` : NO_VALUE);

/** An axis tick in 万 (ten thousands): 6.5万. */
export const formatWan = (v: number): string => `${upToOne.format(v / 10000)}万`;

const NUMERALS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small count as it is said in a rule: 一级, 两级, 十年 (0–10; larger counts in digits). */
export const formatChineseNumeral = (n: number): string => NUMERALS[n] ?? formatInt(n);

export const formatYear = (y: number | null | undefined): string => (known(y) ? `${y} 年` : NO_VALUE);

/** A download size: 1.8 MB, 45 KB. */
export const formatBytes = (b: number): string => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(b / 1024))} KB`);

/** An ISO date as written in Chinese, without any time zone: 2027-03-11 → 2027年3月11日. */
export const formatDate = (iso: string | null | undefined): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : NO_VALUE;
};

/** Two ISO dates as a span: 2027年3月11日—4月4日 (the year once when it is the same). */
export const formatDateRange = (from: string | null | undefined, to: string | null | undefined): string => {
  if (!from || !to) return from ? `${formatDate(from)}起` : to ? `至${formatDate(to)}` : NO_VALUE;
  const end = from.slice(0, 4) === to.slice(0, 4) ? formatDate(to).replace(/^\d{4}年/, '') : formatDate(to);
  return `${formatDate(from)}—${end}`;
};

const dateTime = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const dateOnly = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

/** An ISO 8601 instant as a reader says it: 2026年11月25日 17:09 (or without the time). */
export const formatDateTime = (iso: string | null | undefined, withTime = true): string => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? (withTime ? dateTime : dateOnly).format(t) : NO_VALUE;
};
