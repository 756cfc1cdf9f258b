/**
 * SVG snapshot testing the way Observable Plot tests its marks: render with a real DOM (jsdom),
 * normalise (rounded numbers, stable ids), compare with a committed file; a mismatch writes
 * `<name>-changed.svg` beside it to look at. Delete the snapshot to accept a new rendering.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const SNAPSHOTS = join(import.meta.dirname, '..', 'snapshots');

export function testDocument(): Document {
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}

export function normalizeSvg(svg: string): string {
  return svg
    .replace(/(\d+\.\d{3,})/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/plot-[0-9a-f]{6}/g, 'plot')
    .replace(/></g, '>\n<');
}

/** Returns [expected, actual]; writes the snapshot the first time and a -changed file on mismatch. */
export function svgSnapshot(name: string, element: Element): [string, string] {
  const actual = normalizeSvg(element.outerHTML);
  const file = join(SNAPSHOTS, `${name}.svg`);
  if (!existsSync(file)) writeFileSync(file, actual);
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) writeFileSync(join(SNAPSHOTS, `${name}-changed.svg`), actual);
  return [expected, actual];
}
