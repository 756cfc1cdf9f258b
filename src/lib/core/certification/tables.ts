/**
 * The 技能评价 panels' numbers as tables: one builder per panel feeds the HTML table, the chart and
 * the CSV, so the three cannot disagree. A withheld cell reads 不公布 (never 0); a category with no
 * cell had no candidates and reads 0.
 */
import { WITHHELD } from '../talent-tables';
import type { TalentTable, TableValue } from '../talent-tables';
import type { CertificationCount } from '../queries/careers';
import type { BodyRow, YearLevelCount } from '../queries/certification';
import { skillLevelLabel } from '../skill-levels';

/** 专项职业能力 certifies no level: its records carry level 0. */
export const certifiedLevelLabel = (level: number | null): string => (level === 0 ? '专项职业能力（不定级）' : skillLevelLabel(level));

export interface PassRow {
  key: string;
  label: string;
  /** Null: no candidates at all (no cell). */
  count: CertificationCount | null;
}

const n = (c: CertificationCount | null, k: 'n_candidates' | 'n_passed'): TableValue => (c === null ? 0 : c.suppressed ? WITHHELD : c[k]!);
const rate = (c: CertificationCount | null): TableValue => (c === null || c.suppressed || c.pass_rate === null ? (c?.suppressed ? WITHHELD : '—') : Math.round(c.pass_rate * 1000) / 10);

export function passTable(rows: readonly PassRow[], header: string): TalentTable {
  return {
    headers: [header, '参加认定（人次）', '通过（人次）', '通过率（%）'],
    numeric: [false, true, true, true],
    rows: rows.map((r) => [r.label, n(r.count, 'n_candidates'), n(r.count, 'n_passed'), rate(r.count)])
  };
}

/** Rows for fixed categories (levels, routes, counties): each present, with its cell or none. */
export function passRows<K extends string | number | null>(keys: readonly K[], label: (k: K) => string, cells: readonly (CertificationCount & { key: K })[]): PassRow[] {
  return keys.map((k) => ({ key: String(k), label: label(k), count: cells.find((c) => c.key === k) ?? null }));
}

export interface TrendYear {
  year: number;
  all: CertificationCount | null;
  technician: CertificationCount | null;
  senior: CertificationCount | null;
}

export function trendYears(rows: readonly YearLevelCount[], years: readonly number[], level: number | null): TrendYear[] {
  const at = (y: number, l: number | null) => rows.find((r) => r.year === y && r.skill_level === l) ?? null;
  return years.map((year) => ({ year, all: at(year, level), technician: at(year, 5), senior: at(year, 6) }));
}

export function trendTable(t: readonly TrendYear[], levelLabel: string): TalentTable {
  return {
    headers: ['统计年度', `${levelLabel}参加认定（人次）`, `${levelLabel}通过率（%）`, '新增技师（人次）', '新增高级技师（人次）'],
    numeric: [false, true, true, true, true],
    rows: t.map((y) => [String(y.year), n(y.all, 'n_candidates'), rate(y.all), n(y.technician, 'n_passed'), n(y.senior, 'n_passed')])
  };
}

/** The register with scope, status and each body's volume in the view (one row per body). */
export function bodiesTable(rows: readonly BodyRow[], regionName: (code: string | null) => string, scopeName: (code: string) => string): TalentTable {
  return {
    headers: ['评价机构', '机构编号', '类型', '所在地', '状态', '认定范围', '参加认定（人次）', '通过率（%）'],
    numeric: [false, false, false, false, false, false, true, true],
    rows: rows.map((b) => {
      const c = b.suppressed === null ? null : b;
      return [b.name, b.body_id, b.kind, regionName(b.region_code), b.status ?? '—', b.scope.map((s) => `${s} ${scopeName(s)}`.trim()).join('；'), n(c, 'n_candidates'), rate(c)];
    })
  };
}
