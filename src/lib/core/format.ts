/** Number formatting for zh-CN pages: every figure with its unit. */
const int = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatInt = (n: number | null | undefined): string => (n == null ? '—' : int.format(n));

export const formatPercent = (x: number | null | undefined, digits = 1): string =>
  x == null || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(digits)}%`;

/** Percentage-point change, signed: +1.2 个百分点. */
export const formatPointChange = (d: number | null | undefined): string =>
  d == null || !Number.isFinite(d) ? '—' : `${d >= 0 ? '+' : '−'}${one.format(Math.abs(d * 100))} 个百分点`;

export const formatChange = (x: number | null | undefined): string =>
  x == null || !Number.isFinite(x) ? '—' : `${x >= 0 ? '+' : '−'}${one.format(Math.abs(x * 100))}%`;

const upToOne = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** A count or a rate as it reads in a table: 12,345 or 208.1. */
export const formatNumber = (n: number): string => upToOne.format(n);

const dateTime = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const dateOnly = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

/** An ISO 8601 instant as a reader says it: 2026年11月25日 17:09 (or without the time). */
export const formatDateTime = (iso: string | null | undefined, withTime = true): string => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? (withTime ? dateTime : dateOnly).format(t) : '—';
};
