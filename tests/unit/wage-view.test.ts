import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/core/manifest';
import {
  defaultWageView,
  occupationEntries,
  occupationNames,
  parseWageView,
  regionEntries,
  wageSliceKey,
  wageTable,
  wageViewParams,
  wageYearTable,
  type WageRow
} from '../../src/lib/core/queries/wages';
import { NodeEngine } from '../../src/lib/engine/node';
import { publishTables, type Published } from '../helpers/publish';
import { baseTables, wageRows } from '../helpers/sources';
import { buildWageTree, sortWageTree, visibleRows } from '../../src/lib/core/wage-tree';

const manifest = { prefecture: { code: '532500', name: '红河州' }, years: { wage: [2023, 2024, 2025], talent: [], competitions: [] } } as unknown as Manifest;
const regions = ['532500', '532501', '532503'];

describe('wage view in the URL', () => {
  it('defaults to the latest year, the whole prefecture, all industries and levels', () => {
    expect(parseWageView(new URLSearchParams(''), manifest, regions)).toEqual(defaultWageView(manifest));
    expect(defaultWageView(manifest)).toMatchObject({ year: 2025, region: '532500', industry: null, level: null });
  });
  it('round-trips every filter, the sort and the search', () => {
    const v = { ...defaultWageView(manifest), year: 2024, region: '532503', industry: 'C', level: 4, sort: 'p50' as const, desc: true, q: '焊工', open: ['6', '6-18'] };
    expect(parseWageView(wageViewParams(v, manifest), manifest, regions)).toEqual(v);
  });
  it('leaves defaults out of the URL', () => {
    expect(wageViewParams(defaultWageView(manifest), manifest).toString()).toBe('');
  });
  it('ignores malformed or unknown values instead of failing', () => {
    const v = parseWageView(new URLSearchParams('year=1999&region=999999&industry=Z&level=12&sort=drop&open=x,6'), manifest, regions);
    expect(v).toEqual({ ...defaultWageView(manifest), open: ['6'] });
  });
});

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
