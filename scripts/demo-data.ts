/**
 * npm run demo-data -- [--seed N] [--scale X] [--out DIR]
 * Writes synthetic source files for the demo prefecture (see src/lib/demo/generate.ts and
 * docs/demo-data.md).
 */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { MAX_SCALE, generateDemoSources, type FileSummary } from '../src/lib/demo/generate';

const USAGE = `usage: npm run demo-data -- [--seed N] [--scale X] [--out DIR]
  --seed N    integer seed, same seed → byte-identical files (default 1)
  --scale X   multiplies wage rows (~1M at 1), registry people (100k), jobs (3k), certification
              records (~80k) and training enrolments (~22k); 0 < X ≤ ${MAX_SCALE} (default 1)
  --out DIR   target folder, replaced only if empty or holding earlier demo data (default data/sources)`;

function fail(message: string): never {
  console.error(`demo-data: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseOptions(argv: string[]): { seed: number; scale: number; out: string } {
  let values: { seed?: string; scale?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seed: { type: 'string' },
        scale: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!/^\d+$/.test(values.seed ?? '1') || !Number.isSafeInteger(seed) || seed > 0xffffffff) {
    fail(`--seed must be an integer 0…4294967295, got "${values.seed}"`);
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (values.scale !== undefined && (values.scale.trim() === '' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE)) {
    fail(`--scale must be a number > 0 and ≤ ${MAX_SCALE}, got "${values.scale}"`);
  }
  const out = values.out ?? 'data/sources';
  if (out.trim() === '') fail('--out must not be empty');
  return { seed, scale, out };
}

const formatBytes = (n: number): string =>
  n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`;

const line = (f: FileSummary): string =>
  `  ${f.file.padEnd(27)} ${(f.rows == null ? '' : `${f.rows.toLocaleString('en-US')} rows`).padStart(16)} ${formatBytes(f.bytes).padStart(10)} ${`${(f.ms / 1000).toFixed(1)} s`.padStart(7)}`;

const { seed, scale, out } = parseOptions(process.argv.slice(2));
console.log(`demo-data: seed ${seed}, scale ${scale} → ${out}`);
try {
  const result = await generateDemoSources({ seed, scale, outDir: out, onFile: (f) => console.log(line(f)) });
  const total = result.files.reduce((a, f) => a + f.bytes, 0);
  console.log(`wrote ${result.files.length} files, ${formatBytes(total)}, to ${relative(process.cwd(), result.outDir) || '.'} in ${(result.ms / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`demo-data: ${(error as Error).message}`);
  process.exit(1);
}
