/**
 * Build-time access to the published release in static/data (server-only: prerender).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST_FILE, type Manifest, type ReleaseHistory } from '$lib/core/manifest';

export const DATA_DIR = resolve(process.env.SKILLATLAS_DATA ?? 'static/data');

let cached: Manifest | null = null;

export function readManifest(): Manifest {
  if (cached) return cached;
  const path = join(DATA_DIR, MANIFEST_FILE);
  if (!existsSync(path)) throw new Error(`${path} not found: run \`npm run data\` (or \`npm start\`) before building the site`);
  cached = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  return cached;
}

/** The release history (更新说明) the manifest names, or null for a release written before it existed. */
export function readHistory(): ReleaseHistory | null {
  const file = readManifest().history?.file;
  if (!file || !existsSync(join(DATA_DIR, file))) return null;
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as ReleaseHistory;
}
