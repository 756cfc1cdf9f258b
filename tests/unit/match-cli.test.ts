import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_KEYS } from '../../src/lib/core/match';
import { publishTables, type Published } from '../helpers/publish';
import { baseTables, tempDir } from '../helpers/sources';

const run = promisify(execFile);

async function match(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['scripts/match.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

let p: Published;

beforeAll(async () => {
  const t = baseTables();
  const header = t.talent[0];
  const welder = t.talent[1];
  const at = (name: string) => header.indexOf(name);
  for (const [id, name, level, region] of [['P0003', '赵卫东', '5', '532503'], ['P0004', '孙丽', '3', '532501'], ['P0005', '周强', '4', '532502']]) {
    const row = [...welder];
    row[at('person_id')] = id;
    row[at('name')] = name;
    row[at('skill_level')] = level;
    row[at('region_code')] = region;
    t.talent.push(row);
  }
  p = await publishTables(t);
});

describe('npm run match', () => {
  it('--json prints one JSON line per query with ranked refs, scores, components and reasons', async () => {
    const r = await match(['--data', p.out, '--job', 'J001', '--json', '--top', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].query).toEqual({ job_id: 'J001' });
    const results = lines[0].results;
    expect(results.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 3]);
    for (const x of results) {
      expect(Object.keys(x)).toEqual(['rank', 'ref', 'score', 'components', 'reasons']);
      expect(x.ref).toMatch(/^R[0-9A-Z]{8}$/);
      expect(Object.keys(x.components)).toEqual([...COMPONENT_KEYS]);
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
    expect(results.map((x: { score: number }) => x.score)).toEqual([...results.map((x: { score: number }) => x.score)].sort((a, b) => b - a));
    expect(r.stdout).not.toMatch(/P000\d|张建国|赵/);
  });

  it('names person_id only when the private refs file is given', async () => {
    const r = await match(['--data', p.out, '--job', 'J001', '--json', '--private', p.private]);
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // Every consenting welder; 孙丽 (中级工) is one level below the job's 高级工 and still shown.
    expect(line.results.map((x: { person_id: string }) => x.person_id).sort()).toEqual(['P0001', 'P0003', 'P0004', 'P0005']);
    expect(line.results.at(-1).person_id).toBe('P0004');
  });

  it('--seeker all runs every pool entry against the open jobs, and a JSON file describes a job in free text', async () => {
    const all = await match(['--data', p.out, '--seeker', 'all', '--json']);
    const lines = all.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    for (const l of lines) {
      expect(typeof l.query.seeker).toBe('string');
      for (const x of l.results) expect(Object.keys(x)).toEqual(['rank', 'job_id', 'score', 'components', 'fit', 'missing_skills', 'reasons']);
    }
    const file = join(await tempDir(), 'job.json');
    await writeFile(file, JSON.stringify({ occupation_code: '6-18-02-04', min_level: '技师', required_skills: ['熟练掌握ＴＩＧ焊', '开挖掘机'], required_certificates: ['电焊证'] }));
    const free = await match(['--data', p.out, '--job', file, '--json']);
    const [line] = free.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.query.unknown_terms).toEqual(['开挖掘机']);
    expect(line.query.job.required_skills).toEqual(['SK001']);
    // A 技师 job: the 技师 and the two 高级工 (one below) pass the level gate; the 中级工 does not.
    expect(line.results).toHaveLength(3);
  });

  it('prints a table without --json and exits 2 with the usage on bad arguments', async () => {
    const table = await match(['--data', p.out, '--job', 'J001', '--top', '2']);
    expect(table.stdout).toContain('岗位 J001：焊工，最低高级工，个旧市');
    expect(table.stdout).toContain('✓职业对口：焊工');
    const both = await match(['--data', p.out, '--job', 'J001', '--seeker', 'all']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('usage: npm run match');
    const unknown = await match(['--data', p.out, '--job', 'J999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no open job J999');
    const noData = await match(['--data', join(p.out, 'nothing-here'), '--job', 'J001']);
    expect(noData.code).toBe(1);
    expect(noData.stderr).toContain('manifest.json');
  });
});
