/**
 * The current 工资价位 view as a download: one column list, used for both CSV (Chinese headers,
 * for Excel) and Parquet (English names, for analysis tools).
 */
import { toCsv } from './csv';
import { industryName } from './industries';
import { OCCUPATION_DEPTH_NAMES } from './occupation-codes';
import type { WageRow } from './queries/wages';
import { skillLevelLabel } from './skill-levels';

export interface WageExportContext {
  year: number;
  region: string;
  regionName: string;
  industry: string | null;
  level: number | null;
}

type Kind = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

export const WAGE_EXPORT_COLUMNS: { name: string; header: string; type: Kind; get: (r: WageRow, c: WageExportContext) => string | number | boolean | null }[] = [
  { name: 'year', header: '调查年份', type: 'INT32', get: (_, c) => c.year },
  { name: 'region_code', header: '地区代码', type: 'STRING', get: (_, c) => c.region },
  { name: 'region', header: '地区', type: 'STRING', get: (_, c) => c.regionName },
  { name: 'industry', header: '行业', type: 'STRING', get: (_, c) => industryName(c.industry) },
  { name: 'skill_level', header: '技能等级', type: 'STRING', get: (_, c) => skillLevelLabel(c.level) },
  { name: 'occupation_code', header: '职业编码', type: 'STRING', get: (r) => r.code },
  { name: 'occupation', header: '职业名称', type: 'STRING', get: (r) => r.name },
  { name: 'occupation_level', header: '层级', type: 'STRING', get: (r) => OCCUPATION_DEPTH_NAMES[r.depth] },
  { name: 'unit', header: '单位', type: 'STRING', get: (r) => r.unit },
  { name: 'n_workers', header: '样本人数', type: 'INT32', get: (r) => r.n_workers },
  { name: 'n_enterprises', header: '样本企业数', type: 'INT32', get: (r) => r.n_enterprises },
  { name: 'p10', header: '低位数(P10)', type: 'DOUBLE', get: (r) => r.p10 },
  { name: 'p25', header: '下四分位数(P25)', type: 'DOUBLE', get: (r) => r.p25 },
  { name: 'p50', header: '中位数(P50)', type: 'DOUBLE', get: (r) => r.p50 },
  { name: 'p75', header: '上四分位数(P75)', type: 'DOUBLE', get: (r) => r.p75 },
  { name: 'p90', header: '高位数(P90)', type: 'DOUBLE', get: (r) => r.p90 },
  { name: 'suppressed', header: '样本不足', type: 'BOOLEAN', get: (r) => r.suppressed },
  { name: 'quality_flags', header: '相同分位数', type: 'STRING', get: (r) => r.quality_flags }
];

export function wageViewCsv(rows: readonly WageRow[], c: WageExportContext): string {
  const records = rows.map((r) => Object.fromEntries(WAGE_EXPORT_COLUMNS.map((col) => [col.name, col.name === 'suppressed' ? (r.suppressed ? '是' : '否') : col.get(r, c)])));
  return toCsv(
    WAGE_EXPORT_COLUMNS.map((col) => col.name),
    records,
    WAGE_EXPORT_COLUMNS.map((col) => col.header)
  );
}

/** Parquet via hyparquet-writer (loaded on demand: only people who click download pay for it). */
export async function wageViewParquet(rows: readonly WageRow[], c: WageExportContext): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  return parquetWriteBuffer({
    columnData: WAGE_EXPORT_COLUMNS.map((col) => ({ name: col.name, type: col.type, data: rows.map((r) => col.get(r, c)) }))
  });
}

export const exportFileName = (c: WageExportContext, ext: string): string =>
  `工资价位_${c.year}_${c.regionName}_${industryName(c.industry)}_${skillLevelLabel(c.level)}.${ext}`;
