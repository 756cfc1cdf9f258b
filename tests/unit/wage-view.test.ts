import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/core/manifest';
import { occupationEntries, occupationNames, regionEntries, wageSliceKey, wageTable, wageYearTable, type WageRow } from '../../src/lib/core/queries/wages';
import { NodeEngine } from '../../src/lib/engine/node';
import { publishTables, type Published } from '../helpers/publish';
import { baseTables, wageRows } from '../helpers/sources';
import { buildWageTree, sortWageTree, visibleRows } from '../../src/lib/core/wage-tree';

const row = (code: string, p50: number | null): WageRow => ({
  code, depth: code.split('-').length, name: code, unit: '元/年', n_workers: 100, n_enterprises: 5,
  p10: p50, p25: p50, p50, p75: p50, p90: p50, suppressed: p50 === null, quality_flags: null, source: 'survey'
});

describe('wage tree', () => {
  const rows = [row('6', 60), row('6-18', 65), row('6-18-02-04', 70), row('6-18-01-01', null), row('4', 50), row('4-03', 40)];
  const tree = buildWageTree(rows);

  it('nests codes by the 大典 hierarchy, skipping missing levels', () => {
    expect(tree.map((n) => n.row.code)).toEqual(['6', '4']);
    expect(tree[0].children[0].children.map((n) => n.row.code)).toEqual(['6-18-02-04', '6-18-01-01']);
  });
  it('sorts siblings by a column, with withheld values last in both directions', () => {
    const desc = sortWageTree(tree, 'p50', true);
    expect(desc.map((n) => n.row.code)).toEqual(['6', '4']);
    expect(desc[0].children[0].children.map((n) => n.row.code)).toEqual(['6-18-02-04', '6-18-01-01']);
    const asc = sortWageTree(tree, 'p50', false);
    expect(asc.map((n) => n.row.code)).toEqual(['4', '6']);
    expect(asc[1].children[0].children.map((n) => n.row.code)).toEqual(['6-18-02-04', '6-18-01-01']);
  });
  it('shows roots, expanded children, and with a search every match with its path', () => {
    expect(visibleRows(tree, new Set(), null).map((v) => v.node.row.code)).toEqual(['6', '4']);
    expect(visibleRows(tree, new Set(['6']), null).map((v) => v.node.row.code)).toEqual(['6', '6-18', '4']);
    const found = visibleRows(tree, new Set(), new Set(['6-18-02-04']));
    expect(found.map((v) => [v.node.row.code, v.match])).toEqual([['6', false], ['6-18', false], ['6-18-02-04', true]]);
  });
});

describe('a whole year in memory answers every region and level exactly as the single-view query', () => {
  let p: Published;
  let engine: NodeEngine;
  beforeAll(async () => {
    const t = baseTables();
    t.wage_survey = [
      t.wage_survey[0],
      ...wageRows(400, { region: '532501', level: 4, seed: 1 }),
      ...wageRows(300, { region: '532502', level: 2, seed: 2 }),
      ...wageRows(40, { region: '532502', level: 5, seed: 3 })
    ];
    p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    engine = await NodeEngine.open(p.out, p.manifest);
  }, 60_000);

  it('for every region and level, including empty slices', async () => {
    const names = occupationNames(await engine.run(occupationEntries));
    const regions = (await engine.run(regionEntries)).map((r) => r.code);
    for (const industry of [null, ...new Set((await p.read<{ industry: string | null }>('wage_prices')).map((r) => r.industry))]) {
      const year = p.manifest.years.wage.at(-1)!;
      const whole = await engine.run(wageYearTable({ year, industry }, names));
      let nonEmpty = 0;
      for (const region of regions)
        for (const level of [null, 0, 1, 2, 3, 4, 5, 6, 7, 8]) {
          const single = await engine.run(wageTable({ year, region, industry, level }, names));
          expect(whole.get(wageSliceKey(region, level)) ?? [], `${region} ${level} ${industry}`).toEqual(single);
          if (single.length) nonEmpty++;
        }
      expect(nonEmpty).toBeGreaterThan(0);
    }
  });
});
