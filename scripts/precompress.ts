/**
 * Writes .br and .gz next to every compressible file in build/ so a static server (nginx
 * gzip_static/brotli_static, or scripts/serve.ts) sends them without compressing per request.
 * The 33 MB DuckDB wasm takes a while at top brotli quality, so results are cached by content.
 * zlib compresses on libuv's thread pool, so one file per core is compressed at a time.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const ROOT = process.argv[2] ?? 'build';
const CACHE = 'node_modules/.cache/skillatlas-precompress';
const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|json|svg|parquet|duckdb|csv|txt|map)$/;
/** Keep a compressed copy only if it saves at least this much (Parquet is already ZSTD inside). */
const MIN_SAVING = 0.05;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (COMPRESSIBLE.test(e.name)) yield p;
  }
}

async function compressed(kind: 'br' | 'gz', buf: Buffer): Promise<Buffer> {
  const key = createHash('sha256').update(buf).digest('hex');
  const cached = join(CACHE, `${key}.${kind}`);
  if (existsSync(cached)) return readFile(cached);
  const out =
    kind === 'br'
      ? await br(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: buf.length > 4e6 ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } })
      : await gz(buf, { level: 9 });
  await mkdir(CACHE, { recursive: true });
  await writeFile(cached, out);
  return out;
}

const started = performance.now();
let raw = 0;
let brotli = 0;
let count = 0;

async function precompress(f: string): Promise<void> {
  const buf = await readFile(f);
  if (buf.length < 1024) return;
  for (const kind of ['br', 'gz'] as const) {
    const out = await compressed(kind, buf);
    if (out.length <= buf.length * (1 - MIN_SAVING)) {
      await writeFile(`${f}.${kind}`, out);
      if (kind === 'br') brotli += out.length;
    } else if (kind === 'br') brotli += buf.length;
  }
  raw += buf.length;
  count++;
}

const queue: string[] = [];
for await (const f of files(ROOT)) queue.push(f);
// the largest first, so the wasm does not start last and leave the other cores idle
const sizes = new Map(await Promise.all(queue.map(async (f) => [f, (await stat(f)).size] as const)));
queue.sort((a, b) => sizes.get(b)! - sizes.get(a)!);
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) await precompress(f);
  })
);
console.log(`precompressed ${count} files: ${(raw / 1e6).toFixed(1)} MB → ${(brotli / 1e6).toFixed(1)} MB brotli in ${((performance.now() - started) / 1000).toFixed(1)} s`);
