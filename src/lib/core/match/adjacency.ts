/**
 * County adjacency from the published boundaries (region.*.topo.json): two counties are adjacent
 * when their polygons share an arc, which topojson-client's `neighbors` finds from the topology.
 */
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Adjacency = Record<string, string[]>;

const codeOf = (g: { id?: string | number; properties?: Record<string, unknown> | null }): string | null => {
  const c = g.properties?.code ?? g.id;
  return c == null ? null : String(c);
};

/** County code → sorted adjacent county codes, for the geometry collection `object` (e.g. `counties`). */
export function countyAdjacency(topology: Topology, object: string): Adjacency {
  const coll = topology.objects[object] as GeometryCollection | undefined;
  if (!coll || coll.type !== 'GeometryCollection') throw new Error(`topology has no geometry collection "${object}"`);
  const geoms = coll.geometries;
  const out: Adjacency = {};
  neighbors(geoms).forEach((ns, i) => {
    const code = codeOf(geoms[i]);
    if (code === null) return;
    out[code] = [...new Set(ns.map((j) => codeOf(geoms[j])))].filter((c): c is string => c !== null && c !== code).sort();
  });
  return out;
}
