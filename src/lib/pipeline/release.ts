/**
 * Writing a release without ever leaving a half-written one: everything goes to a temp dir next
 * to the target (same filesystem), and the target is swapped for it only at the very end.
 */
import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Null when `dir` can be (re)created: its parent exists and is writable, and it is not a file. */
export async function outputProblem(dir: string): Promise<string | null> {
  const parent = dirname(resolve(dir));
  try {
    if (!(await stat(parent)).isDirectory()) return `输出目录的上级「${parent}」不是目录`;
  } catch {
    return `输出目录的上级目录「${parent}」不存在`;
  }
  try {
    await access(parent, constants.W_OK);
  } catch {
    return `输出目录的上级目录「${parent}」不可写`;
  }
  try {
    if (!(await stat(dir)).isDirectory()) return `输出路径「${dir}」已存在且不是目录`;
    await access(dir, constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return `输出目录「${dir}」不可写`;
  }
  return null;
}

export const stagingDir = (target: string): Promise<string> =>
  mkdtemp(join(dirname(resolve(target)), `.${basename(target)}.staging-`));

/** Replaces `target` with `staged`; the previous release is removed only once the new one is in place. */
export async function swapIn(staged: string, target: string): Promise<void> {
  const old = `${resolve(target)}.previous-${process.pid}`;
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    hadOld = false;
  }
  try {
    await rename(staged, target);
  } catch (e) {
    if (hadOld) await rename(old, target);
    throw e;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `name.parquet` → `name.1a2b3c4d.parquet`, so files can be cached forever. */
export async function contentHashed(dir: string, file: string): Promise<{ file: string; sha256: string; bytes: number }> {
  const path = join(dir, file);
  const sha256 = await sha256File(path);
  const dot = file.indexOf('.');
  const hashed = `${file.slice(0, dot)}.${sha256.slice(0, 10)}${file.slice(dot)}`;
  await rename(path, join(dir, hashed));
  return { file: hashed, sha256, bytes: (await stat(join(dir, hashed))).size };
}
