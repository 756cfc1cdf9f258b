import { beforeAll, describe, expect, it } from 'vitest';
import { SHARE_BREAKS, classify, divergingBreaks, legendClasses, quantileBreaks } from '../../src/lib/core/choropleth';
import {
  LEVEL_CUTS,
  METRICS,
  RegionStats,
  TalentIndex,
  crossTab,
  levelDistribution,
  marginal,
  metricDef,
  metricValue,
  shareTrend,
  type Count,
  type TalentCell
} from '../../src/lib/core/talent-metrics';
import { comparisonTable, countCell, levelTable, regionTable, talentTableCsv } from '../../src/lib/core/talent-tables';
import { publishTables } from '../helpers/publish';
import { talentCell } from '../helpers/talent-cells';
import { baseTables, lcg, type Table } from '../helpers/sources';

const cell = talentCell;

const A = '532501';
const P = '532500';
const totals = new TalentIndex([
  cell(2024, A, 'all', 1000),
  cell(2024, A, 'high', 250),
  cell(2024, A, 'other', 750),
  cell(2024, A, 4, 200),
  cell(2024, A, 5, 40),
  cell(2024, A, 6, null),
  cell(2024, A, 7, null),
  cell(2024, A, 3, 760),
  cell(2023, A, 'all', 800),
  cell(2023, A, 'high', 160),
  cell(2024, P, 'all', 5000),
  cell(2024, P, 'high', null),
  cell(2023, P, 'all', 4000),
  cell(2023, P, 'high', 1200)
]);
const stats = new RegionStats([
  { region_code: A, year: 2024, population: 400_000, employed: 250_000 },
  { region_code: P, year: 2024, population: 4_000_000, employed: null }
]);
const m = (metric: (typeof METRICS)[number]['id'], region = A, cut: 'all' | 'high' | number = 'all', year = 2024) => metricValue(totals, stats, metric, cut, year, region);

describe('metricValue', () => {
  it('count is the published cell of the level cut', () => {
    expect(m('count')).toEqual({ value: 1000, status: 'ok' });
    expect(m('count', A, 'high')).toEqual({ value: 250, status: 'ok' });
    expect(m('count', A, 4)).toEqual({ value: 200, status: 'ok' });
  });
  it('per 10,000 employed and residents divide the published count by region_stats', () => {
    expect(m('per_emp').value).toBeCloseTo(40);
    expect(m('per_pop', A, 'high').value).toBeCloseTo(6.25);
  });
  it('high-skill share is the high band over all levels', () => {
    expect(m('high_share').value).toBeCloseTo(0.25);
  });
  it('year-on-year change compares the same cell with the year before', () => {
    expect(m('count_change').value).toBeCloseTo(0.25);
    expect(m('share_change').value).toBeCloseTo(0.25 - 0.2);
  });
  it('a withheld input makes the figure withheld, not a partial value', () => {
    expect(m('count', A, 6)).toEqual({ value: null, status: 'suppressed' });
    expect(m('per_emp', A, 6)).toEqual({ value: null, status: 'suppressed' });
    expect(m('high_share', P)).toEqual({ value: null, status: 'suppressed' });
    expect(m('share_change', P)).toEqual({ value: null, status: 'suppressed' });
  });
  it('a missing denominator or earlier year is missing data, never zero', () => {
    expect(m('per_emp', P)).toEqual({ value: null, status: 'missing' });
    expect(m('count_change', A, 'all', 2023)).toEqual({ value: null, status: 'missing' });
    expect(m('count', '532599')).toEqual({ value: null, status: 'missing' });
  });
  it('a level nobody holds in a region-year that has data is a true 0', () => {
    expect(m('count', A, 8)).toEqual({ value: 0, status: 'ok' });
  });
});

describe('no reveal by subtraction', () => {
  it('keeps a withheld level withheld although the total and the other levels are published', () => {
    // 1000 − (760 + 200 + 40) = 0 would be the sum of levels 6 and 7; neither is ever computed
    const rows = levelDistribution(totals, 2024, A);
    expect(rows[6].count).toEqual({ n: null, status: 'suppressed' });
    expect(rows[7].count).toEqual({ n: null, status: 'suppressed' });
    expect(rows[6].share.status).toBe('suppressed');
    expect(countCell(rows[6].count)).toBe('不公布');
  });
  it('never rebuilds a withheld total from its published parts', () => {
    const idx = new TalentIndex([cell(2024, A, 'all', null), cell(2024, A, 'high', 12), cell(2024, A, 'other', 30), cell(2024, A, 3, 30)]);
    expect(idx.count(2024, A, 'all')).toEqual({ n: null, status: 'suppressed' });
    expect(metricValue(idx, stats, 'high_share', 'all', 2024, A).status).toBe('suppressed');
    expect(shareTrend(idx, [2024], A)[0].share.value).toBeNull();
  });
  it('shows every withheld cell of a real release as withheld, and every other count as published', async () => {
    const { cells, truth } = await release();
    const index = new TalentIndex(cells);
    const published = new Map(cells.map((c) => [`${c.year}|${c.region_code}|${c.skill_level}|${c.high_skill}|${c.dimension}|${c.value}`, c]));
    const seen: { key: string; count: Count }[] = [];
    const years = [...new Set(cells.map((c) => c.year))];
    for (const year of years) {
      for (const region of ['532500', '532501', '532502', '532503']) {
        levelDistribution(index, year, region).forEach((r) => seen.push({ key: `${year}|${region}|${r.level}|null|total|null`, count: r.count }));
        for (const dim of ['industry', 'gender', 'age_band']) {
          marginal(index, year, region, dim).forEach((r) => {
            seen.push({ key: `${year}|${region}|null|null|${dim}|${r.value}`, count: r.total });
            seen.push({ key: `${year}|${region}|null|true|${dim}|${r.value}`, count: r.high });
          });
        }
        const occ = index.dimensionValues('occupation');
        crossTab(index, year, region, 'occupation', occ).forEach((r) =>
          r.levels.forEach((c, level) => seen.push({ key: `${year}|${region}|${level}|null|occupation|${r.value}`, count: c }))
        );
      }
    }
    let withheld = 0;
    for (const { key, count } of seen) {
      const c = published.get(key);
      if (c?.suppressed) {
        withheld++;
        expect(count, key).toEqual({ n: null, status: 'suppressed' });
      } else if (c) expect(count.n, key).toBe(c.n);
      else {
        expect(count.n, key).toBe(0);
        if (key.includes('|occupation|')) expect(truth.get(key) ?? 0, key).toBe(0);
      }
    }
    expect(withheld).toBeGreaterThan(10);
    // the true counts behind the occupation × level cells agree with what is shown where published
    for (const { key, count } of seen) if (count.n !== null && key.includes('|occupation|')) expect(count.n, key).toBe(truth.get(key) ?? 0);
  });
});

describe('choropleth breaks', () => {
  it('puts the 1/3 target on a class boundary of the share scale', () => {
    expect(SHARE_BREAKS.at(-1)).toBeCloseTo(1 / 3);
    expect(classify(1 / 3, SHARE_BREAKS)).toBe(SHARE_BREAKS.length);
    expect(classify(0.333, SHARE_BREAKS)).toBe(SHARE_BREAKS.length - 1);
    expect(classify(0.1, SHARE_BREAKS)).toBe(0);
  });
  it('quantile breaks split counties into five classes at rounded values', () => {
    const values = [10, 12, 15, 18, 22, 25, 31, 40, 44, 58, 61, 90, 120];
    const b = quantileBreaks(values);
    expect(b).toEqual([16, 24, 41, 60]);
    const classes = values.map((v) => classify(v, b));
    expect(new Set(classes).size).toBe(5);
  });
  it('drop duplicate breaks when counties share values, and give none for fewer than two values', () => {
    expect(quantileBreaks([5, 5, 5, 5, 9])).toEqual([5.8]);
    expect(quantileBreaks([7])).toEqual([]);
  });
  it('diverging breaks are symmetric around zero', () => {
    expect(divergingBreaks([-0.04, 0.01, 0.1])).toEqual([-0.08, -0.04, 0, 0.04, 0.08]);
    expect(divergingBreaks([0, 0])).toEqual([0]);
  });
  it('labels each class with its range', () => {
    expect(legendClasses([0.2, 0.3], (v) => `${v * 100}%`).map((l) => l.label)).toEqual(['< 20%', '20% – 30%', '≥ 30%']);
  });
});

describe('chart tables', () => {
  it('write withheld counts as 不公布 in the CSV, with year and region on every row', () => {
    const csv = talentTableCsv(levelTable(levelDistribution(totals, 2024, A)), 2024, '个旧市');
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('统计年度,地区,技能等级,人数（人）,占全部在库人才（%）,高技能人才');
    expect(lines).toContain('2024,个旧市,高级技师（一级）,不公布,不公布,是');
    expect(lines).toContain('2024,个旧市,高级工（三级）,200,20,是');
    expect(lines).toContain('2024,个旧市,首席技师,0,0,是');
  });
  it('compare regions side by side, each with its own published figures and no difference column', () => {
    const t = comparisonTable(totals, stats, 2024, [{ code: A, name: '个旧市' }, { code: P, name: '全州' }]);
    expect(t.headers).toEqual(['指标', '个旧市', '全州']);
    expect(t.rows.find((r) => r[0] === '在库人才（人）')).toEqual(['在库人才（人）', 1000, 5000]);
    expect(t.rows.find((r) => r[0] === '高技能人才（人）')).toEqual(['高技能人才（人）', 250, '不公布']);
    expect(t.rows.find((r) => r[0] === '高技能人才占比（%）')).toEqual(['高技能人才占比（%）', 25, '不公布']);
    expect(t.rows.find((r) => r[0] === '高级技师（一级）占比（%）')).toEqual(['高级技师（一级）占比（%）', '不公布', 0]);
    expect(t.rows.every((r) => r.length === 3)).toBe(true);
  });
  it('list each region with the map metric and its distance from the 1/3 target', () => {
    const rows = [A, P].map((code) => ({ name: code === A ? '个旧市' : '全州', figure: m('high_share', code), target: shareTrend(totals, [2024], code)[0] }));
    const t = regionTable(rows, metricDef('high_share'), '高技能人才占比');
    expect(t.headers).toEqual(['地区', '高技能人才占比（%）', '在库人才（人）', '高技能人才（人）', '高技能人才占比（%）', '与目标 1/3 相差（个百分点）']);
    expect(t.rows[0]).toEqual(['个旧市', 25, 1000, 250, 25, -8.3]);
    expect(t.rows[1]).toEqual(['全州', '不公布', 5000, '不公布', '不公布', '不公布']);
    const csv = talentTableCsv(t, 2024, null).slice(1).split('\r\n');
    expect(csv[0]).toBe('统计年度,地区,高技能人才占比（%）,在库人才（人）,高技能人才（人）,高技能人才占比（%）,与目标 1/3 相差（个百分点）');
    expect(csv[1]).toBe('2024,个旧市,25,1000,250,25,-8.3');
  });
});

it('LEVEL_CUTS lists all levels, both bands and every level', () => {
  expect(LEVEL_CUTS).toEqual(['all', 'high', 'other', 0, 1, 2, 3, 4, 5, 6, 7, 8]);
});

/** A small registry through the real pipeline, with the true counts behind every cell. */
async function release(): Promise<{ cells: TalentCell[]; truth: Map<string, number> }> {
  const rnd = lcg(11);
  const t = baseTables();
  const header = t.talent[0];
  const rows: Table = [header];
  const truth = new Map<string, number>();
  const bump = (k: string) => truth.set(k, (truth.get(k) ?? 0) + 1);
  for (let i = 0; i < 260; i++) {
    const county = ['532501', '532502', '532503'][Math.floor(rnd() * rnd() * 3)];
    const weld = rnd() < 0.6;
    const level = Math.min(weld ? 8 : 6, Math.floor(rnd() * rnd() * 9));
    const industry = weld ? 'C' : rnd() < 0.8 ? 'H' : 'F';
    rows.push([
      `P${String(i + 1).padStart(4, '0')}`, '2024', `王某${i}`, `5325011980010100${String(i).padStart(2, '0')}`, `139${String(i).padStart(8, '0')}`, rnd() < 0.5 ? 'M' : 'F',
      String(1965 + Math.floor(rnd() * 40)), county, weld ? '6-18-02-04' : '4-03-02-01', String(level), '', '', '3', '某公司', industry, '', '', 'available', '否', '5000', '否', '2024-06-01'
    ]);
    const groups = weld ? ['6', '6-18'] : ['4', '4-03'];
    for (const region of [county, '532500']) for (const g of groups) bump(`2024|${region}|${level}|null|occupation|${g}`);
  }
  t.talent = rows;
  const p = await publishTables(t);
  expect(p.result.ok, p.messages.join('\n')).toBe(true);
  const cells = (await p.read<TalentCell>('talent_stats')).map((c) => ({ ...c, year: Number(c.year), skill_level: c.skill_level === null ? null : Number(c.skill_level) }));
  return { cells, truth };
}
