/**
 * The county map's geometry: the published TopoJSON projected with d3-geo (Mercator fitted to
 * the prefecture), one SVG path per county. Pure: the same model renders at prerender time and in
 * the browser (CountyMap.svelte), and is snapshot-tested. Boundaries come rewound for d3 from the
 * pipeline; a ring wound the other way would be drawn as the whole globe, which the bounds in the
 * model (and its test) would show at once.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountyShape {
  code: string;
  name: string;
  /** SVG path data in the map's pixel space. */
  d: string;
  bounds: [[number, number], [number, number]];
}

export interface CountyShade {
  /** Class colour; null draws the "no data" hatch. */
  fill: string | null;
  /** What a screen reader hears for the county: its name and figure. */
  label: string;
}

export interface CountyMapModel {
  width: number;
  height: number;
  counties: CountyShape[];
}

const PAD = 4;

export function countyMapModel(topology: Topology, object: string, width = 640): CountyMapModel {
  const fc = feature(topology, topology.objects[object] as GeometryCollection) as unknown as {
    features: Feature<Polygon | MultiPolygon, { code: string; name: string }>[];
  };
  const collection = { type: 'FeatureCollection' as const, features: fc.features };
  const projection = geoMercator().fitWidth(width - 2 * PAD, collection);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0) + 2 * PAD;
  projection.translate([projection.translate()[0] + PAD, projection.translate()[1] - y0 + PAD]);
  const round = (p: [number, number]): [number, number] => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  const counties = fc.features
    .map((f) => {
      const [a, b] = path.bounds(f);
      return {
        code: String(f.properties?.code ?? f.id),
        name: String(f.properties?.name ?? f.id),
        d: path(f) ?? '',
        bounds: [round(a), round(b)] as [[number, number], [number, number]]
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return { width, height, counties };
}
