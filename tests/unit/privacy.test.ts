/**
 * The privacy scan: a whole demo release (synthetic sources with realistic ID numbers, mobiles and
 * names) is read back byte by byte and string by string. Nothing personal may be in it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSources } from '../../src/lib/demo/generate';
import { publishSources, readParquet, type Published } from '../helpers/publish';
import { tempDir } from '../helpers/sources';

const ID_NUMBER = /(?<![0-9])[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9])/;
const MOBILE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;

type Row = Record<string, string>;
let p: Published;
let talent: Row[];
let results: Row[];
let honours: Row[];
const publishedText: string[] = [];
/** The published file each text came from, for the failure message. */
const sourceOf: string[] = [];

beforeAll(async () => {
  const sources = join(await tempDir(), 'sources');
  await generateDemoSources({ seed: 7, scale: 0.03, outDir: sources });
  p = await publishSources(sources);
  expect(p.result.ok, p.messages.filter((m) => m.includes('错误')).join('\n')).toBe(true);
  const csv = async (name: string) => Papa.parse<Row>(await readFile(join(sources, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
  talent = await csv('talent');
  results = await csv('competition_results');
  honours = await csv('honours');
  for (const f of await readdir(p.out)) {
    const bytes = await readFile(join(p.out, f));
    publishedText.push(bytes.toString('latin1'), bytes.toString('utf8'));
    sourceOf.push(f, f);
    if (f.endsWith('.parquet'))
      for (const row of await readParquet<Record<string, unknown>>(join(p.out, f)))
        for (const v of Object.values(row)) {
          publishedText.push(Array.isArray(v) ? v.join('\u0001') : String(v));
          sourceOf.push(`${f} (decoded)`);
        }
  }
}, 120_000);

describe('a published demo release', () => {
  it('contains no ID number and no mobile number anywhere', () => {
    expect(talent.some((r) => ID_NUMBER.test(r.id_number))).toBe(true);
    expect(talent.some((r) => MOBILE.test(r.phone))).toBe(true);
    // Checksums (hex SHA-256 in the manifest and history) may hold digit runs shaped like a mobile.
    const scan = publishedText.map((s) => s.replace(/[0-9a-f]{64}/g, '#'));
    const hits = scan.flatMap((s, i) => (ID_NUMBER.test(s) || MOBILE.test(s) ? [`${sourceOf[i]}: ${s.match(ID_NUMBER)?.[0] ?? s.match(MOBILE)?.[0]}`] : []));
    expect(hits).toEqual([]);
  });

  it('contains no name from the registry, nor an unannounced contestant or honour holder', () => {
    // Announced: contestants and honour holders in official announcements (a 技能大师工作室, also a
    // training provider, carries its holder's announced name in its registered name).
    const announced = new Set([
      ...results.filter((r) => r.announced === 'true').map((r) => r.contestant_name),
      ...honours.filter((h) => h.announced === 'true').map((h) => h.name)
    ]);
    expect(honours.some((h) => h.announced !== 'true')).toBe(true);
    const secret = new Set([...talent.map((r) => r.name), ...results.map((r) => r.contestant_name), ...honours.map((h) => h.name)].filter((n) => n && !announced.has(n)));
    expect(secret.size).toBeGreaterThan(1000);
    expect(announced.size).toBeGreaterThan(10);
    // Officially announced names are published on purpose; a registry name inside one of them
    // (李娟 in 李娟欣) is not a leak, so announced names are blanked before scanning.
    const announcedPattern = new RegExp([...announced].sort((a, b) => b.length - a.length).join('|'), 'g');
    // DuckDB files store strings compressed (FSST): a symbol may be a fragment of an announced
    // name (何坤 of 何坤宇) that blanking cannot see. Such a fragment in their raw bytes is not a
    // leak; every value in them is also checked whole, decoded from the Parquet they were written from.
    const fragments = new Set([...secret].filter((n) => [...announced].some((a) => a.includes(n))));
    const leaks = new Set<string>();
    for (const [k, text] of publishedText.entries()) {
      const source = sourceOf[k];
      const compressed = source.endsWith('.duckdb');
      const s = text.replace(announcedPattern, '\u0000');
      for (let i = 0; i < s.length; i++)
        for (let len = 2; len <= 4; len++) {
          const sub = s.substr(i, len);
          if (secret.has(sub) && !(compressed && fragments.has(sub))) leaks.add(`${sub} in ${source}`);
        }
    }
    expect([...leaks]).toEqual([]);
  });

  it('has only consenting people of the latest snapshot in the pool, behind private refs', async () => {
    const latest = Math.max(...talent.map((r) => Number(r.year)));
    const consenting = new Set(talent.filter((r) => Number(r.year) === latest && r.consent_public === 'true').map((r) => r.person_id));
    const pool = await p.read<{ ref: string }>('talent_pool');
    expect(pool.length).toBe(consenting.size);
    const refs = Papa.parse<Row>((await readFile(join(p.private, 'talent_refs.csv'), 'utf8')).replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    expect(refs.length).toBe(pool.length);
    expect(refs.every((r) => consenting.has(r.person_id))).toBe(true);
    expect(new Set(refs.map((r) => r.ref))).toEqual(new Set(pool.map((r) => r.ref)));
    // the private mapping never reaches the public folder
    expect((await readdir(p.out)).some((f) => f.includes('talent_refs'))).toBe(false);
  });

  it('publishes no column that holds personal data', async () => {
    const forbidden = ['name', 'id_number', 'phone', 'gender', 'birth_year', 'employer', 'achievements', 'person_id', 'contact', 'contestant_name', 'enterprise_id', 'annual_wage'];
    for (const d of Object.values(p.manifest.datasets)) {
      const cols = d.columns.map((c) => c.name).filter((c) => forbidden.includes(c));
      // reference tables legitimately have a `name` (of an occupation, a county, a skill, an evaluation body, a training provider or course, a school…)
      const allowed = ['occupation_groups', 'occupations', 'regions', 'skills', 'certificates', 'competitions', 'evaluation_bodies', 'training_providers', 'training_programmes', 'schools'].includes(d.name) ? ['name'] : [];
      expect(cols.filter((c) => !allowed.includes(c)), d.name).toEqual([]);
    }
  });
});
