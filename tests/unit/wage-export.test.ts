import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { WageRow } from '../../src/lib/core/queries/wages';
import { wageViewCsv, wageViewParquet } from '../../src/lib/core/wage-export';

const rows: WageRow[] = [
  { code: '6-18-02-04', depth: 4, name: '焊工', unit: '元/年', n_workers: 1205, n_enterprises: 88, p10: 37581, p25: 51967, p50: 77606, p75: 117840, p90: 176863, suppressed: false, quality_flags: null, source: 'survey' },
  { code: '=HYPERLINK("x")', depth: 4, name: '-危险', unit: '元/年', n_workers: 12, n_enterprises: 2, p10: null, p25: null, p50: null, p75: null, p90: null, suppressed: true, quality_flags: null, source: 'survey' }
];
const ctx = { year: 2025, region: '532503', regionName: '蒙自市', industry: null, level: 4 };

describe('current-view downloads', () => {
  it('CSV: BOM, Chinese headers, formula cells neutralised, suppression stated', () => {
    const csv = wageViewCsv(rows, ctx);
    expect(csv.startsWith('\ufeff调查年份,地区代码,地区,行业,技能等级,职业编码')).toBe(true);
    expect(csv).toContain('2025,532503,蒙自市,全部行业,高级工（三级）,6-18-02-04,焊工,细类,元/年,1205,88,37581');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'-危险`);
    expect(csv.split('\r\n')[2]).toContain(',是,');
  });
  it('Parquet: the same rows read back', async () => {
    const buf = await wageViewParquet(rows, ctx);
    const back = (await parquetReadObjects({ file: buf })) as Record<string, unknown>[];
    expect(back.length).toBe(2);
    expect(back[0]).toMatchObject({ year: 2025, region: '蒙自市', occupation: '焊工', p50: 77606, n_workers: 1205, suppressed: false });
    expect(back[1]).toMatchObject({ p50: null, suppressed: true });
  });
});
