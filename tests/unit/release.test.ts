import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/lib/pipeline/publish';
import { AS_OF, publishSources } from '../helpers/publish';
import { baseTables, tempDir, writeSources } from '../helpers/sources';

/** Every file under `dir` but the staff report, which every run rewrites. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true })).sort()) {
    if (/^private\/report\.(html|csv)$/.test(f)) continue;
    const buf = await readFile(join(dir, f)).catch(() => null);
    if (buf) out[f] = buf.toString('base64');
  }
  return out;
}

describe('release atomicity', () => {
  it('leaves a previous release byte-for-byte identical when a run fails', async () => {
    const root = await tempDir();
    const good = await publishSources(await writeSources(baseTables()), root);
    expect(good.result.ok).toBe(true);
    const before = await snapshot(root);
    expect(Object.keys(before).some((f) => f.endsWith('.parquet'))).toBe(true);

    const bad = baseTables();
    bad.wage_survey[3][6] = 'not a number';
    const failed = await publishSources(await writeSources(bad), root);
    expect(failed.result.ok).toBe(false);
    expect(await snapshot(root)).toEqual(before);
    // no staging leftovers next to the release
    expect((await readdir(root)).sort()).toEqual(['data', 'private']);
    // the staff report of the failed run says so, in the private folder only
    expect(await readFile(join(root, 'private', 'report.html'), 'utf8')).toContain('发布失败');
    expect(failed.result.report).toBe(join(root, 'private', 'report.html'));
  });

  it('replaces the previous release entirely on success', async () => {
    const root = await tempDir();
    await publishSources(await writeSources(baseTables()), root);
    await writeFile(join(root, 'data', 'stale.txt'), 'old');
    const again = await publishSources(await writeSources(baseTables()), root);
    expect(again.result.ok).toBe(true);
    expect(await readdir(join(root, 'data'))).not.toContain('stale.txt');
  });

  it('reports a missing output parent clearly and writes nothing but the staff report', async () => {
    const root = await tempDir();
    const r = await publish({ sources: await writeSources(baseTables()), out: join(root, 'no', 'such', 'data'), private: join(root, 'private'), asOf: AS_OF });
    expect(r.ok).toBe(false);
    expect(r.log.format().some((m) => m.startsWith('--out:') && m.includes('不存在'))).toBe(true);
    expect(await readdir(root)).toEqual(['private']);
    expect((await readdir(join(root, 'private'))).sort()).toEqual(['report.csv', 'report.html']);
  });

  it('reports an output path that is a file', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'data'), 'x');
    const r = await publish({ sources: await writeSources(baseTables()), out: join(root, 'data'), private: join(root, 'private'), asOf: AS_OF });
    expect(r.ok).toBe(false);
    expect(r.log.format().some((m) => m.includes('已存在且不是目录'))).toBe(true);
  });

  it('reports a read-only output parent from the command line, exit code 1', async () => {
    const root = await tempDir();
    const sources = await writeSources(baseTables());
    const parent = join(root, 'ro');
    await mkdir(parent);
    await chmod(parent, 0o555);
    // Root writes anywhere by its DAC-override capability: as root the CLI runs without it, still
    // as root (so it can read the checkout wherever that is), and then sees a read-only directory.
    const withoutOverride = process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'] : [];
    const cmd = [...withoutOverride, process.execPath, '--import', 'tsx', 'scripts/publish.ts', '--sources', sources, '--out', join(parent, 'data'), '--private', join(parent, 'private')];
    const r = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/--out:0:0: 错误：输出目录的上级目录「.*ro」不可写/);
    expect(await readdir(parent)).toEqual([]);
  });
});
