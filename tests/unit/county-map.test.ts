import type { MultiPolygon, Polygon } from 'geojson';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { countyMapModel, type CountyMapModel } from '../../src/lib/charts/county-map';
import { classColors } from '../../src/lib/charts/map-colors';
import CountyMap from '../../src/lib/components/CountyMap.svelte';
import { SHARE_BREAKS } from '../../src/lib/core/choropleth';
import { readCountyBoundaries } from '../../src/lib/demo/boundaries';
import { boundariesToTopology, rewindForD3 } from '../../src/lib/pipeline/boundaries';
import { svgSnapshot } from '../helpers/svg-snapshot';

const CODES = ['532501', '532502', '532503', '532504', '532523', '532524', '532525', '532527', '532528', '532529', '532530', '532531', '532532'];

/** The 13 demo counties as the pipeline publishes them, optionally with every ring reversed. */
async function model(reverse = false): Promise<CountyMapModel> {
  const fc = await readCountyBoundaries();
  const features = fc.features.map((f) => {
    const g = rewindForD3(f.geometry as Polygon | MultiPolygon);
    const flip = (rings: number[][][]) => rings.map((r) => [...r].reverse());
    const geometry = !reverse ? g : g.type === 'Polygon' ? { ...g, coordinates: flip(g.coordinates) } : { ...g, coordinates: g.coordinates.map(flip) };
    return { ...f, geometry };
  });
  return countyMapModel(boundariesToTopology({ type: 'FeatureCollection', features } as never), 'counties', 640);
}

const area = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]]) => (x1 - x0) * (y1 - y0);

describe('countyMapModel', () => {
  let m: CountyMapModel;
  beforeAll(async () => (m = await model()));

  it('projects the 13 counties, each inside the map and each a small part of it', () => {
    expect(m.counties.map((c) => c.code)).toEqual(CODES);
    expect(m.height).toBeGreaterThan(300);
    expect(m.height).toBeLessThan(1000);
    for (const c of m.counties) {
      const [[x0, y0], [x1, y1]] = c.bounds;
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(m.width);
      expect(y1).toBeLessThanOrEqual(m.height);
      expect(area(c.bounds) / (m.width * m.height)).toBeLessThan(0.3);
      expect(c.d).toMatch(/^M[\d.]+,[\d.]+L/);
    }
  });

  it('would show a ring wound the wrong way as a county covering the whole frame', async () => {
    const wrong = await model(true);
    expect(wrong.counties.some((c) => area(c.bounds) / (wrong.width * wrong.height) > 0.9)).toBe(true);
  });
});

describe('CountyMap', () => {
  it('renders 13 focusable county paths named with their figure, hatching counties without data', async () => {
    const m = await model();
    const colors = classColors('target', SHARE_BREAKS);
    const shades = Object.fromEntries(
      m.counties.map((c, i) => [c.code, c.code === '532531' ? { fill: null, label: `${c.name}：人数过少，不公布` } : { fill: colors[i % colors.length], label: `${c.name}：${20 + i}.0%` }])
    );
    const html = render(CountyMap, {
      props: { model: m, shades, selected: '532503', title: '高技能人才占比', legend: [], onselect: () => {}, detail: (() => {}) as never }
    }).body;
    const doc = new JSDOM(html).window.document;
    const paths = [...doc.querySelectorAll('path[data-code]')];
    expect(paths.map((p) => p.getAttribute('data-code'))).toEqual(CODES);
    expect(paths.every((p) => p.getAttribute('tabindex') === '0' && p.getAttribute('role') === 'button')).toBe(true);
    expect(doc.querySelector('path[data-code="532503"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(doc.querySelector('path[data-code="532503"]')!.getAttribute('aria-label')).toBe('蒙自市：22.0%');
    const hatched = doc.querySelector('path[data-code="532531"]')!;
    expect(hatched.getAttribute('fill')).toBe('url(#no-data-hatch)');
    expect(hatched.getAttribute('aria-label')).toBe('绿春县：人数过少，不公布');
    expect(doc.querySelector('svg[role="group"]')!.getAttribute('viewBox')).toBe(`0 0 640 ${m.height}`);
    // Svelte's scoped-style class hashes change with any CSS edit; the snapshot is about the drawing
    for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', el.getAttribute('class')!.replace(/\s*svelte-\w+/g, '').trim());
    const [expected, actual] = svgSnapshot('county-map', doc.querySelector('svg[role="group"]')!);
    expect(actual).toBe(expected);
  });
});

describe('classColors(kind, breaks)', () => {
  it('gives one colour per class, exactly the colours Plot’s threshold scale gives, without Plot', () => {
    for (const kind of ['sequential', 'target', 'diverging'] as const)
      for (let n = 1; n <= 8; n++) {
        const breaks = Array.from({ length: n }, (_, i) => i);
        const scheme = kind === 'diverging' ? 'PuOr' : 'YlGnBu';
        expect(classColors(kind, breaks), `${kind} ${n}`).toEqual(Plot.scale({ color: { type: 'threshold', domain: breaks, scheme } }).range);
      }
  });
  it('gives one colour when there is nothing to break', () => expect(classColors('sequential', [])).toEqual(['#41b6c4']));
});
