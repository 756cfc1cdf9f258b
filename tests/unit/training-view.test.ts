import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRAINING_MODES, TRAINING_TYPES } from '../../src/lib/core/contract/career-enums';
import { compareHref, finderHref, programmeHref, trainingSkillHref } from '../../src/lib/core/training/links';
import {
  addMonths,
  compareViewCodec,
  FEE_CAPS,
  FINDER_SORTS,
  finderFilterKey,
  finderViewCodec,
  MAX_COMPARED,
  START_WINDOWS,
  startBounds,
  type FinderView
} from '../../src/lib/core/training/view';

const counties = ['532501', '532502', '532503'];
const codec = finderViewCodec(counties);

const views: fc.Arbitrary<FinderView> = fc.record({
  occ: fc.option(fc.constantFrom('6', '6-18', '6-18-02', '6-18-02-04', '4-03-02-01'), { nil: null }),
  level: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  county: fc.option(fc.constantFrom(...counties), { nil: null }),
  type: fc.option(fc.constantFrom(...TRAINING_TYPES.map((t) => t.code)), { nil: null }),
  mode: fc.option(fc.constantFrom(...TRAINING_MODES.map((t) => t.code)), { nil: null }),
  when: fc.constantFrom(...START_WINDOWS),
  subsidy: fc.boolean(),
  fee: fc.option(fc.constantFrom(...FEE_CAPS), { nil: null }),
  skill: fc.option(fc.constantFrom('SK001', 'SK214'), { nil: null }),
  sort: fc.constantFrom(...FINDER_SORTS),
  page: fc.integer({ min: 1, max: 500 }),
  cmp: fc.uniqueArray(fc.constantFrom('TR2025-0001', 'TR2027-0021', 'A', 'x_1'), { maxLength: MAX_COMPARED })
});

describe('finderViewCodec (the /training/ URL)', () => {
  it('defaults to courses not started yet, anywhere, soonest first, nothing compared', () => {
    expect(codec.defaults).toEqual({ occ: null, level: null, county: null, type: null, mode: null, when: 'upcoming', subsidy: false, fee: null, skill: null, sort: 'start', page: 1, cmp: [] });
    expect(codec.serialise(codec.defaults).toString()).toBe('');
  });
  it('round-trips every view', () =>
    fc.assert(
      fc.property(views, (v) => {
        expect(codec.parse(codec.serialise(v))).toEqual(v);
      })
    ));
  it('reads the worker’s link: subsidised 焊工 courses toward 高级工 in 蒙自市, cheapest first', () => {
    const v = codec.parse(new URLSearchParams('occ=6-18-02-04&level=4&county=532503&subsidy=1&sort=fee'));
    expect(v).toMatchObject({ occ: '6-18-02-04', level: 4, county: '532503', subsidy: true, sort: 'fee', when: 'upcoming' });
    expect(codec.serialise(v).toString()).toBe('occ=6-18-02-04&level=4&county=532503&subsidy=1&sort=fee');
  });
  it('falls back to the default for each malformed or unknown value, keeping the valid ones', () => {
    const v = codec.parse(new URLSearchParams('occ=9-99&level=12&county=110000&type=夜校&mode=函授&when=soon&subsidy=yes&fee=750&skill=a b&sort=price&page=0&cmp=A'));
    expect(v).toEqual({ ...codec.defaults, cmp: ['A'] });
    for (const bad of ['occ=6-1', 'level=4.5', 'page=-2', 'page=501', 'fee=-1', 'county=', 'cmp=', 'cmp=,,']) expect(codec.parse(new URLSearchParams(bad)), bad).toEqual(codec.defaults);
  });
  it('keeps at most three courses to compare, each once, in the order picked', () => {
    expect(codec.parse(new URLSearchParams('cmp=C,A,C,B,D')).cmp).toEqual(['C', 'A', 'B']);
  });
  it('keys the filters, not the sort, page or comparison', () => {
    const v = codec.parse(new URLSearchParams('occ=6-18-02-04&sort=fee&page=3&cmp=A'));
    expect(finderFilterKey(v)).toBe(finderFilterKey({ ...v, sort: 'start', page: 1, cmp: [] }));
    expect(finderFilterKey(v)).not.toBe(finderFilterKey({ ...v, county: '532503' }));
  });
});

describe('compareViewCodec (/training/compare/?p=…)', () => {
  const c = compareViewCodec();
  it('round-trips the ids in order and caps them at three', () => {
    expect(c.parse(new URLSearchParams('p=B,A'))).toEqual({ p: ['B', 'A'] });
    expect(c.parse(new URLSearchParams('p=A,B,C,D')).p).toHaveLength(MAX_COMPARED);
    expect(c.serialise({ p: ['B', 'A'] }).toString()).toBe('p=B%2CA');
  });
});

describe('startBounds', () => {
  it('bounds each window by the release’s as-of date', () => {
    expect(startBounds('upcoming', '2026-12-01')).toEqual({ from: '2026-12-01', to: null });
    expect(startBounds('3m', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2027-03-01' });
    expect(startBounds('past', '2026-12-01')).toEqual({ from: null, to: '2026-12-01' });
    expect(startBounds('all', '2026-12-01')).toEqual({ from: null, to: null });
  });
  it('adds months at a month’s end without spilling into the next', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });
});

describe('links into the training pages', () => {
  it('link a missing skill to the finder, which reads it back', () => {
    const href = trainingSkillHref('SK001', { occupation: '6-18-02-04', level: 4 });
    expect(href).toBe('/training/?occ=6-18-02-04&level=4&skill=SK001');
    expect(codec.parse(new URLSearchParams(href.split('?')[1]))).toMatchObject({ skill: 'SK001', occ: '6-18-02-04', level: 4 });
    expect(trainingSkillHref('SK001', {}, '/site')).toBe('/site/training/?skill=SK001');
  });
  it('encode ids that are not URL-safe', () => {
    expect(programmeHref('', '班 1')).toBe('/training/%E7%8F%AD%201/');
    expect(compareHref('', ['A', 'B'])).toBe('/training/compare/?p=A,B');
    expect(finderHref('')).toBe('/training/');
  });
});
