/**
 * CSV for people who open it in Excel: UTF-8 with a BOM (so Chinese is read correctly), CRLF,
 * and no cell that a spreadsheet would run as a formula.
 */
export const BOM = '\ufeff';

/** A cell starting with = + - @ (or a tab/CR that hides one) is prefixed with ' so Excel shows it as text. */
export function neutralizeFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvCell(v: unknown): string {
  if (v == null) return '';
  let s: string;
  if (Array.isArray(v)) s = v.join(';');
  else if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  else if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  else if (v instanceof Date) s = v.toISOString().slice(0, 10);
  else s = String(v);
  s = neutralizeFormula(s);
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], header: readonly string[] = columns): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
