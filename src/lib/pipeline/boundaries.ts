/**
 * County boundaries: validated (every county once, coordinates in range), rewound for d3-geo
 * (which reads a ring's winding to tell inside from outside: a reversed ring fills the globe),
 * simplified and published as TopoJSON keyed by admin code.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { IssueLog } from './issues';
import type { Lookups } from './sources';

/**
 * Share of the significant points kept when simplifying (≈ 6k points, ≈ 80 KB for 13 counties:
 * borders stay recognisable at the size a phone shows them).
 */
const KEEP = 0.2;
/** Input precision for building arcs, and output grid (1e4 steps across the prefecture ≈ 30 m). */
const QUANTIZE_IN = 1e6;
const QUANTIZE_OUT = 1e4;

function ringsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function coordinatesInRange(g: Polygon | MultiPolygon): boolean {
  return ringsOf(g).every((poly) => poly.every((ring) => ring.length >= 4 && ring.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90)));
}

/**
 * d3-geo wants exterior rings clockwise (the reverse of RFC 7946). A polygon whose spherical
 * area exceeds a hemisphere is inside out, so each polygon is reversed until it is small.
 */
export function rewindForD3<G extends Polygon | MultiPolygon>(g: G): G {
  const polys = ringsOf(g).map((poly) => {
    const test: Polygon = { type: 'Polygon', coordinates: poly };
    return geoArea(test) > 2 * Math.PI ? poly.map((ring) => [...ring].reverse()) : poly;
  });
  return (g.type === 'Polygon' ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }) as G;
}

export async function readBoundaries(path: string, l: Lookups, log: IssueLog): Promise<FeatureCollection<Polygon | MultiPolygon> | null> {
  const file = basename(path);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    log.error(file, 1, 1, `不是有效的 GeoJSON：${(e as Error).message}`);
    return null;
  }
  const fc = json as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    log.error(file, 1, 1, 'GeoJSON 须为 FeatureCollection');
    return null;
  }
  const seen = new Map<string, number>();
  const features: Feature<Polygon | MultiPolygon, { code: string; name: string }>[] = [];
  fc.features.forEach((f: Feature<Geometry | null>, i) => {
    const n = i + 1;
    const code = String(f.properties?.code ?? f.id ?? '');
    if (!l.counties.has(code)) {
      log.error(file, n, 1, `第 ${n} 个要素的代码「${code}」不是 regions 中的县级区划`);
      return;
    }
    if (seen.has(code)) {
      log.error(file, n, 1, `「${code}」与第 ${seen.get(code)} 个要素重复`);
      return;
    }
    seen.set(code, n);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      log.error(file, n, 1, `「${code}」的几何类型须为 Polygon 或 MultiPolygon`);
      return;
    }
    if (!coordinatesInRange(g)) {
      log.error(file, n, 1, `「${code}」的坐标超出经纬度范围或环不闭合`);
      return;
    }
    features.push({ type: 'Feature', id: code, properties: { code, name: l.regions.get(code)!.name }, geometry: rewindForD3(g) });
  });
  for (const c of l.counties) if (!seen.has(c)) log.error(file, 1, 1, `缺少县级区划「${c} ${l.regions.get(c)!.name}」的边界`);
  return { type: 'FeatureCollection', features };
}

export function boundariesToTopology(fc: FeatureCollection<Polygon | MultiPolygon>): Topology {
  const topo = presimplify(topology({ counties: fc }, QUANTIZE_IN) as Parameters<typeof presimplify>[0]);
  // Collinear points on the source's grid weigh 0 and would make topojson's quantile() return 0,
  // so the threshold is taken among the points that carry any area.
  const weights = topo.arcs
    .flat()
    .map((p) => p[2])
    .filter((w) => w > 0 && Number.isFinite(w))
    .sort((a, b) => a - b);
  const minWeight = weights.length ? weights[Math.floor(weights.length * (1 - KEEP))] : 0;
  return quantize(simplify(topo, minWeight), QUANTIZE_OUT);
}
