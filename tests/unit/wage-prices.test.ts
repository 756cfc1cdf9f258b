/**
 * Wage percentiles are checked against an independent computation done here in plain TypeScript
 * from the source rows (not the publisher's SQL), and suppression at its exact thresholds.
 */
import { describe, expect, it } from 'vitest';
import { publishTables } from '../helpers/publish';
import { baseTables, lcg, wageRows, type Table } from '../helpers/sources';

/** Type-7 percentile (linear between closest ranks), written from the definition. */
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo] + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)]) - s[lo]);
}

const HEADER = ['year', 'region_code', 'industry', 'enterprise_id', 'occupation_code', 'skill_level', 'annual_wage'];

function survey(): Table {
  const rnd = lcg(42);
  const counties = ['532501', '532502', '532503'];
  const occs = ['6-18-02-04', '4-03-02-01'];
  const rows: Table = [HEADER];
  for (let i = 0; i < 3000; i++) {
    const occ = occs[i % 2];
    const level = 2 + Math.floor(rnd() * 4);
    rows.push([
      String(2023 + (i % 2)),
      counties[Math.floor(rnd() * 3)],
      'CFH'[Math.floor(rnd() * 3)],
      `E${Math.floor(rnd() * 40)}`,
      occ,
      String(level),
      String(Math.round(30000 * (1 + level / 4) * Math.exp(rnd() - 0.5)))
    ]);
  }
  return rows;
}

type Cell = { year: number; region_code: string; occupation_code: string | null; skill_level: number | null; industry: string | null; n_workers: number; n_enterprises: number; p10: number | null; p25: number | null; p50: number | null; p75: number | null; p90: number | null; mean: number | null; suppressed: boolean; mean_withheld: boolean; quality_flags: string | null };

describe('wage_prices from the survey', () => {
  it('equals an independent percentile computation in every published cell', async () => {
    const t = baseTables();
    t.wage_survey = survey();
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const cells = await p.read<Cell>('wage_prices');
    const rows = t.wage_survey.slice(1);
    let checked = 0;
    for (const c of cells) {
      const members = rows.filter(
        (r) =>
          Number(r[0]) === c.year &&
          (c.region_code === '532500' || r[1] === c.region_code) &&
          (c.occupation_code === null || r[4] === c.occupation_code || r[4].startsWith(c.occupation_code + '-')) &&
          (c.skill_level === null || Number(r[5]) === c.skill_level) &&
          (c.industry === null || r[2] === c.industry)
      );
      expect(c.n_workers).toBe(members.length);
      expect(c.n_enterprises).toBe(new Set(members.map((r) => r[3])).size);
      if (c.suppressed) continue;
      const wages = members.map((r) => Number(r[6]));
      for (const [col, q] of [['p10', 0.1], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p90', 0.9]] as const)
        expect(c[col]).toBe(Math.round(percentile(wages, q)));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    // one row per cell
    const keys = cells.map((c) => [c.year, c.region_code, c.occupation_code, c.skill_level, c.industry].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    // Every hierarchy level and the all-cells exist.
    expect(new Set(cells.map((c) => c.occupation_code))).toEqual(new Set([null, '4', '4-03', '4-03-02', '4-03-02-01', '6', '6-18', '6-18-02', '6-18-02-04']));
  });

  it('publishes a cell with 30 workers from 3 enterprises and withholds 29 workers or 2 enterprises', async () => {
    const t = baseTables();
    t.wage_survey = [
      HEADER,
      ...wageRows(30, { region: '532501', enterprises: 3, seed: 1 }),
      ...wageRows(29, { region: '532502', enterprises: 3, seed: 2 }),
      ...wageRows(40, { region: '532503', enterprises: 2, seed: 3 })
    ];
    const p = await publishTables(t);
    const leaf = (region: string) =>
      p.read<Cell>('wage_prices', `region_code = '${region}' AND occupation_depth = 4 AND skill_level = 4 AND industry = 'C'`).then((r) => r[0]);
    const ok = await leaf('532501');
    expect(ok.suppressed).toBe(false);
    expect(ok.p50).not.toBeNull();
    for (const region of ['532502', '532503']) {
      const s = await leaf(region);
      expect(s.suppressed).toBe(true);
      expect([s.p10, s.p25, s.p50, s.p75, s.p90, s.mean]).toEqual([null, null, null, null, null, null]);
      expect(s.n_workers).toBeGreaterThan(0);
    }
  });

  it('withholds the mean wherever a suppressed cell could be recovered from it by subtraction', async () => {
    const t = baseTables();
    t.wage_survey = [HEADER, ...wageRows(60, { region: '532501', enterprises: 6 }), ...wageRows(10, { region: '532502', enterprises: 1 })];
    const p = await publishTables(t);
    const cells = await p.read<Cell>('wage_prices', 'occupation_depth = 4 AND skill_level = 4 AND industry = \'C\'');
    const by = Object.fromEntries(cells.map((c) => [c.region_code, c]));
    expect(by['532502'].suppressed).toBe(true);
    expect(by['532501'].mean).not.toBeNull();
    expect(by['532500'].suppressed).toBe(false);
    expect(by['532500'].mean).toBeNull();
    expect(by['532500'].mean_withheld).toBe(true);
    expect(by['532500'].p50).not.toBeNull();
  });

  it('flags coinciding adjacent percentiles', async () => {
    const t = baseTables();
    t.wage_survey = [HEADER, ...wageRows(40, { enterprises: 4 }).map((r, i) => (i < 36 ? [...r.slice(0, 6), '50000'] : r))];
    const p = await publishTables(t);
    const [c] = await p.read<Cell>('wage_prices', "region_code = '532501' AND occupation_depth = 4 AND skill_level = 4 AND industry = 'C'");
    expect(c.quality_flags).toBe('p10=p25;p25=p50;p50=p75');
  });

  it('publishes an official table as given, converting 万元/年 to 元/年 only', async () => {
    const t = baseTables();
    delete (t as Record<string, Table>).wage_survey;
    t.wage_prices = [
      ['年份', '行政区划代码', '职业编码', '技能等级', '单位', '低位数', '下四分位数', '中位数', '上四分位数', '高位数'],
      ['2023', '532500', '6-18-02-04', '', '万元/年', '3.84', '5.07', '7.25', '11.22', '17.43'],
      ['2023', '532500', '4-03-02-01', '高级工', '元/月', '3200', '3600', '4100', '4900', '5600']
    ];
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const rows = await p.read<Cell & { unit: string; source: string }>('wage_prices');
    const weld = rows.find((r) => r.occupation_code === '6-18-02-04')!;
    expect([weld.unit, weld.p10, weld.p50, weld.p90, weld.skill_level, weld.source]).toEqual(['元/年', 38400, 72500, 174300, null, 'official']);
    const cook = rows.find((r) => r.occupation_code === '4-03-02-01')!;
    expect([cook.unit, cook.p50, cook.skill_level]).toEqual(['元/月', 4100, 4]);
  });
});
