import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { BOUNDARIES_FILE, DEMO_MARKER_FILE, TABLES, TABLE_BY_NAME } from '../../src/lib/core/dictionary';
import { isOccupationCode } from '../../src/lib/core/occupation-codes';
import { COUNTIES, CERTIFICATES, INDUSTRY_WAGE, MANDATORY_CERTIFICATES, OCCUPATIONS, OCCUPATION_BY_CODE, OCCUPATION_GROUPS, SKILLS, SKILLS_BY_OCCUPATION } from '../../src/lib/demo/catalogue';
import { CAREER_TABLES } from '../../src/lib/demo/career-tables';
import { csvField, csvLine } from '../../src/lib/demo/csv';
import { buildEnterprises } from '../../src/lib/demo/enterprises';
import { generateDemoSources, type DemoResult } from '../../src/lib/demo/generate';
import { idCheckDigit, idNumber, isValidIdNumber } from '../../src/lib/demo/people';
import { createRandom } from '../../src/lib/demo/random';
import { LEVEL_WAGE_RATIO, WAGE_INDEX, WageSurvey } from '../../src/lib/demo/wages';

type Row = Record<string, string>;

const SCALE = 0.02;
let root: string;
let runA: DemoResult;
let runB: DemoResult;
let runC: DemoResult;
const tables = new Map<string, Row[]>();

const readTable = async (dir: string, name: string): Promise<Row[]> =>
  Papa.parse<Row>(await readFile(join(dir, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;

const median = (xs: number[]): number => quantile(xs, 0.5);
function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo] + (h - lo) * ((s[lo + 1] ?? s[lo]) - s[lo]);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'demo-data-'));
  [runA, runB, runC] = await Promise.all([
    generateDemoSources({ seed: 1, scale: SCALE, outDir: join(root, 'a') }),
    generateDemoSources({ seed: 1, scale: SCALE, outDir: join(root, 'b') }),
    generateDemoSources({ seed: 2, scale: SCALE, outDir: join(root, 'c') })
  ]);
  for (const t of [...TABLES, ...CAREER_TABLES]) tables.set(t.name, await readTable(runA.outDir, t.name));
}, 60_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('csvField', () => {
  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('被评为"蒙自工匠"')).toBe('"被评为""蒙自工匠"""');
    expect(csvField('一行\n两行')).toBe('"一行\n两行"');
    expect(csvField(' 前空格')).toBe('" 前空格"');
    expect(csvField('后空格 ')).toBe('"后空格 "');
    expect(csvField('焊工')).toBe('焊工');
  });
  it('writes lists with ;, booleans as true/false, null as empty', () => {
    expect(csvLine([['电焊证', '高级工证'], true, false, null, 3])).toBe('电焊证;高级工证,true,false,,3\n');
  });
});

describe('idCheckDigit', () => {
  it('matches the GB 11643 example 11010519491231002X', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });
  it('encodes gender in the parity of the 17th digit', () => {
    const birth = { year: 1985, month: 3, day: 9 };
    expect(Number(idNumber('532501', birth, 124, 'M')[16]) % 2).toBe(1);
    expect(Number(idNumber('532501', birth, 124, 'F')[16]) % 2).toBe(0);
  });
});

describe('demo catalogue', () => {
  it('has ≥ 80 occupations whose 小类, 中类 and 大类 are all listed', () => {
    const groups = new Set(OCCUPATION_GROUPS.map((g) => g.code));
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(80);
    for (const o of OCCUPATIONS) {
      expect(isOccupationCode(o.code), o.code).toBe(true);
      const [a, b, c] = o.code.split('-');
      for (const g of [a, `${a}-${b}`, `${a}-${b}-${c}`]) expect(groups.has(g), `${o.code} → ${g}`).toBe(true);
    }
    expect(new Set(OCCUPATIONS.map((o) => o.code)).size).toBe(OCCUPATIONS.length);
  });
  it('gives every occupation at least one skill, and every skill 1–4 known occupations', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(150);
    for (const o of OCCUPATIONS) expect(SKILLS_BY_OCCUPATION.get(o.code)?.length ?? 0, o.code).toBeGreaterThan(0);
    for (const s of SKILLS) {
      expect(s.occupations.length).toBeGreaterThanOrEqual(1);
      expect(s.occupations.length).toBeLessThanOrEqual(4);
      for (const code of s.occupations) expect(OCCUPATION_BY_CODE.has(code), `${s.name} → ${code}`).toBe(true);
    }
  });
  it('makes the welding 特种作业 certificate mandatory for 焊工', () => {
    const welding = MANDATORY_CERTIFICATES.get('6-18-02-04')!;
    expect(welding.map((c) => c.name)).toContain('熔化焊接与热切割作业');
    expect(welding[0].kind).toBe('special_operation');
    expect(welding[0].aliases).toContain('焊工证');
    for (const c of CERTIFICATES) for (const code of c.mandatoryFor) expect(OCCUPATION_BY_CODE.has(code)).toBe(true);
  });
});

describe('generateDemoSources', () => {
  it('is deterministic for a seed and differs between seeds', async () => {
    const files = (await readdir(runA.outDir)).sort();
    expect((await readdir(runB.outDir)).sort()).toEqual(files);
    for (const f of files) {
      const [a, b] = await Promise.all([readFile(join(runA.outDir, f)), readFile(join(runB.outDir, f))]);
      expect(a.equals(b), f).toBe(true);
    }
    for (const f of ['wage_survey.csv', 'talent.csv', 'jobs.csv']) {
      const [a, c] = await Promise.all([readFile(join(runA.outDir, f)), readFile(join(runC.outDir, f))]);
      expect(a.equals(c), f).toBe(false);
    }
  });

  it('writes one CSV per dictionary table and per §3b table, the boundaries and the demo marker, nothing else', async () => {
    const names = new Set([...TABLES, ...CAREER_TABLES].map((t) => t.name));
    const expected = [...[...names].map((name) => `${name}.csv`), BOUNDARIES_FILE, DEMO_MARKER_FILE].sort();
    expect((await readdir(runA.outDir)).sort()).toEqual(expected);
    expect(await readFile(join(runA.outDir, DEMO_MARKER_FILE), 'utf8')).toContain('示例数据，非真实统计');
    expect((await readdir(root)).sort()).toEqual(['a', 'b', 'c']);
  });

  it('uses the dictionary column names, in order, as headers, without a BOM', async () => {
    for (const t of TABLES) {
      const text = await readFile(join(runA.outDir, `${t.name}.csv`), 'utf8');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      const header = text.slice(0, text.indexOf('\n')).split(',');
      const known = TABLE_BY_NAME.get(t.name)!.columns.map((c) => c.name);
      for (const h of header) expect(known, `${t.name}.${h}`).toContain(h);
      expect(header).toEqual(known);
    }
  });

  it('reports the row counts it wrote', () => {
    for (const f of runA.files) if (f.rows != null) expect(tables.get(f.file.replace('.csv', ''))!.length, f.file).toBe(f.rows);
  });

  it('writes the prefecture and its 13 counties, with boundaries for each', async () => {
    const regions = tables.get('regions')!;
    expect(regions.filter((r) => r.kind === 'prefecture')).toEqual([{ code: '532500', name: '红河哈尼族彝族自治州', parent_code: '530000', kind: 'prefecture' }]);
    const counties = regions.filter((r) => r.kind === 'county');
    expect(counties).toHaveLength(13);
    expect(counties.every((c) => c.parent_code === '532500')).toBe(true);
    const geo = JSON.parse(await readFile(join(runA.outDir, BOUNDARIES_FILE), 'utf8'));
    expect(geo.features).toHaveLength(13);
    const byCode = new Map(counties.map((c) => [c.code, c.name]));
    for (const f of geo.features) {
      expect(f.id).toBe(f.properties.code);
      expect(f.properties).toEqual({ code: f.id, name: byCode.get(f.id) });
      expect(Object.keys(f.geometry).sort()).toEqual(['coordinates', 'type']);
    }
  });

  it('makes the prefecture row of region_stats the sum of its counties, employed 55–60 %', () => {
    const stats = tables.get('region_stats')!;
    for (const year of ['2021', '2025']) {
      const rows = stats.filter((r) => r.year === year);
      const pref = rows.find((r) => r.region_code === '532500')!;
      const counties = rows.filter((r) => r.region_code !== '532500');
      expect(counties).toHaveLength(13);
      expect(counties.reduce((a, r) => a + Number(r.population), 0)).toBe(Number(pref.population));
      expect(counties.reduce((a, r) => a + Number(r.employed), 0)).toBe(Number(pref.employed));
      expect(Number(pref.population)).toBeGreaterThan(4.2e6);
      expect(Number(pref.population)).toBeLessThan(4.6e6);
      expect(Number(pref.employed) / Number(pref.population)).toBeGreaterThan(0.55);
      expect(Number(pref.employed) / Number(pref.population)).toBeLessThan(0.6);
    }
  });

  it('keeps skill levels within each occupation max_level', () => {
    const max = new Map(tables.get('occupations')!.map((o) => [o.code, Number(o.max_level)]));
    for (const r of tables.get('wage_survey')!) expect(Number(r.skill_level)).toBeLessThanOrEqual(max.get(r.occupation_code)!);
    for (const r of tables.get('talent')!) expect(Number(r.skill_level)).toBeLessThanOrEqual(max.get(r.occupation_code)!);
    for (const r of tables.get('jobs')!) expect(Number(r.min_level)).toBeLessThanOrEqual(max.get(r.occupation_code)!);
  });

  it('writes survey years 2021–2025 with integer wages and cells too small to publish', () => {
    const rows = tables.get('wage_survey')!;
    expect([...new Set(rows.map((r) => r.year))].sort()).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(rows.every((r) => /^\d+$/.test(r.annual_wage))).toBe(true);
    const cells = new Map<string, { n: number; enterprises: Set<string> }>();
    for (const r of rows) {
      const key = `${r.year}|${r.region_code}|${r.occupation_code}|${r.skill_level}`;
      const c = cells.get(key) ?? { n: 0, enterprises: new Set() };
      c.n++;
      c.enterprises.add(r.enterprise_id);
      cells.set(key, c);
    }
    expect([...cells.values()].some((c) => c.n < 30 || c.enterprises.size < 3)).toBe(true);
  });

  it('writes valid, gender-consistent ID numbers and mobile numbers in the registry', () => {
    for (const r of tables.get('talent')!) {
      expect(isValidIdNumber(r.id_number), r.id_number).toBe(true);
      expect(r.id_number.slice(0, 6)).toBe(r.region_code);
      expect(r.id_number.slice(6, 10)).toBe(r.birth_year);
      expect(Number(r.id_number[16]) % 2).toBe(r.gender === 'M' ? 1 : 0);
      expect(r.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(r.person_id).toMatch(/^P\d{8}$/);
    }
  });

  it('keeps a person the same across snapshots while the registry grows and up-skills', () => {
    const talent = tables.get('talent')!;
    const byPerson = new Map<string, Row[]>();
    for (const r of talent) {
      const rows = byPerson.get(r.person_id);
      if (rows) rows.push(r);
      else byPerson.set(r.person_id, [r]);
    }
    for (const rows of byPerson.values()) {
      for (const k of ['name', 'id_number', 'phone', 'gender', 'birth_year'] as const) expect(new Set(rows.map((r) => r[k])).size).toBe(1);
      const levels = rows.map((r) => Number(r.skill_level));
      for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThanOrEqual(levels[i - 1]);
    }
    const ids2025 = talent.filter((r) => r.year === '2025').map((r) => r.id_number);
    expect(new Set(ids2025).size).toBe(ids2025.length);
    const share = (year: string) => {
      const rows = talent.filter((r) => r.year === year);
      return { n: rows.length, high: rows.filter((r) => Number(r.skill_level) >= 4).length / rows.length };
    };
    const [first, last] = [share('2021'), share('2025')];
    expect(last.n).toBe(2000);
    expect(first.n / last.n).toBeCloseTo(1 / 1.06 ** 4, 2);
    expect(last.high - first.high).toBeGreaterThan(0.02);
    expect(last.high).toBeGreaterThan(0.25);
    expect(last.high).toBeLessThan(0.33);
  });

  it('has about 40 % consenting to publication in the latest snapshot', () => {
    const latest = tables.get('talent')!.filter((r) => r.year === '2025');
    const share = latest.filter((r) => r.consent_public === 'true').length / latest.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.45);
  });

  it('links competition contestants to registry people under their registry name', () => {
    const talent = new Map(tables.get('talent')!.map((r) => [`${r.person_id}|${r.year}`, r]));
    const years = new Map(tables.get('competitions')!.map((c) => [c.competition_id, c.year]));
    const results = tables.get('competition_results')!;
    const linked = results.filter((r) => r.person_id !== '');
    expect(linked.length).toBeGreaterThan(0);
    for (const r of linked) {
      const person = talent.get(`${r.person_id}|${years.get(r.competition_id)}`);
      expect(person, r.person_id).toBeDefined();
      expect(person!.name).toBe(r.contestant_name);
      expect(person!.region_code).toBe(r.region_code);
    }
    for (const r of results) if (r.award === 'none') expect(r.level_promotion).toBe('');
  });

  it('asks every job for the certificates its occupation legally requires', () => {
    const written = (c: (typeof CERTIFICATES)[number]) => new Set([c.id, c.name, ...c.aliases]);
    for (const job of tables.get('jobs')!) {
      const held = job.required_certificates.split(';');
      for (const c of MANDATORY_CERTIFICATES.get(job.occupation_code) ?? []) {
        expect(held.some((h) => written(c).has(h)), `${job.job_id} ${c.name}`).toBe(true);
      }
    }
  });

  it('refuses to replace a folder of real (non-demo) sources', async () => {
    const real = join(root, 'real');
    await mkdir(real);
    await writeFile(join(real, 'wage_survey.csv'), 'year\n');
    await expect(generateDemoSources({ seed: 1, scale: 0.001, outDir: real })).rejects.toThrow(/not demo data/);
    expect(await readdir(real)).toEqual(['wage_survey.csv']);
  });
});

describe('wage survey calibration', () => {
  const scale = 0.2;
  const collect = async (year: number) => {
    const rng = createRandom(7);
    const universe = buildEnterprises(rng.fork('enterprises'), scale);
    const rows: { year: number; e: number; county: number; industry: string; occupation: number; level: number; wage: number }[] = [];
    await new WageSurvey(universe, rng.fork('wages'), scale).year(year, (e, occupation, level, wage) =>
      rows.push({ year, e: e.index, county: e.county, industry: e.industry, occupation, level, wage })
    );
    return rows;
  };
  let y2021: Awaited<ReturnType<typeof collect>>;
  let y2025: Awaited<ReturnType<typeof collect>>;
  beforeAll(async () => {
    [y2021, y2025] = await Promise.all([collect(2021), collect(2025)]);
  });

  it('puts the all-occupation 初级工 median at 45–55k 元/年 in 2025, growing 4–6 % a year', () => {
    const m2025 = median(y2025.filter((r) => r.level === 2).map((r) => r.wage));
    const m2021 = median(y2021.filter((r) => r.level === 2).map((r) => r.wage));
    expect(m2025).toBeGreaterThan(45_000);
    expect(m2025).toBeLessThan(55_000);
    const growth = Math.pow(m2025 / m2021, 1 / 4);
    expect(growth).toBeGreaterThan(1.04);
    expect(growth).toBeLessThan(1.06);
  });

  it('spreads wages within (occupation, level) cells: P90/P50 ≈ 1.8–2.3 and P50/P10 ≈ 1.6–2', () => {
    const cells = new Map<string, number[]>();
    for (const r of y2025) {
      const o = OCCUPATIONS[r.occupation];
      if (o.wage < 0.9 || r.level < 2) continue; // low-paid cells are squeezed by the minimum wage
      const key = `${r.occupation}|${r.level}`;
      const cell = cells.get(key);
      if (cell) cell.push(r.wage);
      else cells.set(key, [r.wage]);
    }
    const big = [...cells].filter(([, w]) => w.length >= 300);
    expect(big.length).toBeGreaterThanOrEqual(5);
    const upper = big.map(([, w]) => quantile(w, 0.9) / quantile(w, 0.5));
    const lower = big.map(([, w]) => quantile(w, 0.5) / quantile(w, 0.1));
    // The typical cell is on target; a cell drawn from a handful of enterprises may stray a little.
    expect(median(upper)).toBeGreaterThan(1.85);
    expect(median(upper)).toBeLessThan(2.2);
    expect(median(lower)).toBeGreaterThan(1.65);
    expect(median(lower)).toBeLessThan(1.95);
    for (const r of upper) {
      expect(r).toBeGreaterThan(1.7);
      expect(r).toBeLessThan(2.4);
    }
    for (const r of lower) {
      expect(r).toBeGreaterThan(1.5);
      expect(r).toBeLessThan(2.1);
    }
  });

  it('pays 首席技师 about 3× 初级工 once occupation, county and industry are held fixed', () => {
    const adjusted = (level: number) =>
      [...y2021, ...y2025]
        .filter((r) => r.level === level)
        .map((r) => r.wage / (OCCUPATIONS[r.occupation].wage * COUNTIES[r.county].wage * INDUSTRY_WAGE[r.industry] * WAGE_INDEX[r.year]));
    const base = median(adjusted(2));
    const top = adjusted(8);
    expect(top.length).toBeGreaterThan(20);
    expect(median(top) / base).toBeGreaterThan(2.6);
    expect(median(top) / base).toBeLessThan(3.5);
    expect(median(adjusted(4)) / base).toBeCloseTo(LEVEL_WAGE_RATIO[4], 1);
  });

  it('surveys enterprises of very different sizes: the largest ≫ the median, many with 5–30 workers', () => {
    const perEnterprise = new Map<number, number>();
    for (const r of y2025) perEnterprise.set(r.e, (perEnterprise.get(r.e) ?? 0) + 1);
    const sizes = [...perEnterprise.values()];
    expect(Math.max(...sizes) / median(sizes)).toBeGreaterThan(50);
    expect(sizes.filter((n) => n >= 5 && n <= 30).length / sizes.length).toBeGreaterThan(0.3);
  });
});

describe('npm run demo-data', () => {
  it('rejects an unknown flag with a usage message and exit code 2', async () => {
    const run = promisify(execFile);
    const error = await run(process.execPath, ['--import', 'tsx', 'scripts/demo-data.ts', '--sede', '3']).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/usage: npm run demo-data/);
  }, 20_000);
});
