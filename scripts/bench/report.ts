/**
 * How the page benches print what they measured: latencies as p50 · p95 (n), sizes in KB, and a
 * page's weight (its prerendered HTML and page data, and the datasets the engine attaches for it).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/core/manifest';
import { median, percentile } from './machine';

/** p50 · p95 (n) of the latencies that settled (NaN: nothing settled within the step's time limit). */
export const fmt = (xs: number[]): string =>
  xs.length ? `p50 ${median(xs).toFixed(1)} ms · p95 ${percentile(xs, 0.95).toFixed(1)} ms (n=${xs.length})` : 'no measurement';

/** The latencies that settled. */
export const settled = (xs: number[]): number[] => xs.filter((x) => !Number.isNaN(x));

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** A file's size in bytes, 0 when it does not exist. */
export const fileSize = (f: string): number => (existsSync(f) ? statSync(f).size : 0);

/** The two lines of a page's weight: `route` as in build/ (`schools`), the datasets its engine attaches. */
export function pageWeight(manifest: Manifest, route: string, datasets: readonly string[]): string[] {
  const html = join('build', route, 'index.html');
  const attached = datasets.filter((d) => manifest.datasets[d]?.database);
  const dataBytes = attached.reduce((s, d) => s + (fileSize(join('build/data', `${manifest.datasets[d]!.database!.file}.br`)) || manifest.datasets[d]!.database!.bytes), 0);
  return [
    `  prerendered HTML: ${kb(fileSize(html))} raw, ${kb(fileSize(`${html}.br`))} brotli; __data.json ${kb(fileSize(join('build', route, '__data.json.br')))} brotli`,
    `  datasets the engine attaches for this page (${attached.join(', ')}): ${kb(dataBytes)} brotli`
  ];
}
