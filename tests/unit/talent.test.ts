import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TALENT_MIN_COUNT } from '../../src/lib/core/disclosure';
import { publishTables } from '../helpers/publish';
import { baseTables, lcg, type Table } from '../helpers/sources';

const SURNAMES = ['王', '李', '张', '刘', '欧阳', '杨', '赵'];

function registry(n: number): Table {
  const rnd = lcg(3);
  const t = baseTables().talent;
  const rows: Table = [t[0]];
  for (let i = 0; i < n; i++) {
    const county = ['532501', '532502', '532503'][Math.floor(rnd() * 3)];
    const weld = rnd() < 0.7;
    for (const year of [2023, 2024]) {
      rows.push([
        `P${String(i + 1).padStart(4, "0")}`, String(year), `${SURNAMES[i % SURNAMES.length]}某${i}`, `53250119800101${String(i).padStart(4, '0')}`,
        `139${String(i).padStart(8, '0')}`, rnd() < 0.5 ? 'M' : 'F', String(1970 + (i % 30)), county,
        weld ? '6-18-02-04' : '4-03-02-01', String(1 + Math.floor(rnd() * 6)), weld ? '焊工证' : '', weld ? 'TIG焊' : '滇菜',
        String(i % 25), '某公司', weld ? 'C' : 'H', i % 17 === 0 ? '全国技术能手;张三技能大师工作室' : '', '业绩', 'available', '是',
        String(4000 + (i % 9) * 700), i % 5 < 2 ? '是' : '否', `${year}-06-01`
      ]);
    }
  }
  return rows;
}

type Pool = { ref: string; display_name: string; skills: string[]; certificates: string[]; honors: string[]; experience_band: string; expected_salary_min: number; expected_salary_max: number; snapshot_year: number };

describe('talent_pool', () => {
  it('holds only consenting people of the latest snapshot, minimised', async () => {
    const t = baseTables();
    t.talent = registry(400);
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const pool = await p.read<Pool>('talent_pool');
    const consenting = t.talent.slice(1).filter((r) => r[1] === '2024' && r[20] === '是');
    expect(pool.length).toBe(consenting.length);
    expect(new Set(pool.map((r) => r.snapshot_year))).toEqual(new Set([2024]));
    expect(Object.keys(pool[0]).sort()).toEqual(
      ['availability', 'certificates', 'competition_awards', 'display_name', 'expected_salary_max', 'expected_salary_min', 'experience_band', 'honors', 'occupation_code', 'ref', 'region_code', 'skill_level', 'skills', 'skills_inferred', 'snapshot_year', 'willing_to_relocate'].sort()
    );
    expect(pool.every((r) => /^R[0-9A-Z]{8}$/.test(r.ref))).toBe(true);
    expect(pool.every((r) => /^(欧阳|.)师傅$/.test(r.display_name))).toBe(true);
    expect(pool.some((r) => r.display_name === '欧阳师傅')).toBe(true);
    // canonical ids, recognised honours only, bands instead of exact figures
    const welder = pool.find((r) => r.certificates.length)!;
    expect(welder.certificates).toEqual(['C001']);
    expect(welder.skills).toEqual(['SK001']);
    expect(pool.flatMap((r) => r.honors).every((h) => h === '全国技术能手')).toBe(true);
    expect(pool.every((r) => r.expected_salary_max - r.expected_salary_min === 1000)).toBe(true);
  });

  it('reads skill tags as a recruiter would: sure readings in skills, typos in skills_inferred, soft qualities nowhere', async () => {
    const t = baseTables();
    t.talent = registry(40).map((r, i) => (i === 0 ? r : r.map((v, j) => (j === 11 ? (r[8] === '6-18-02-04' ? '熟练掌握ＴＩＧ焊;二保悍;吃苦耐劳' : '会滇菜') : v))));
    const p = await publishTables(t);
    expect(p.result.ok, p.messages.join('\n')).toBe(true);
    const pool = await p.read<Pool & { occupation_code: string; skills_inferred: string[] }>('talent_pool');
    const welder = pool.find((r) => r.occupation_code === '6-18-02-04')!;
    expect(welder.skills).toEqual(['SK001']);
    expect(welder.skills_inferred).toEqual(['SK002']);
    expect(pool.find((r) => r.occupation_code === '4-03-02-01')!.skills).toEqual(['SK003']);
    expect(p.messages.join('\n')).not.toContain('吃苦耐劳');
  });

  it('maps refs to people only in the private folder, with fresh refs each release', async () => {
    const t = baseTables();
    t.talent = registry(50);
    const a = await publishTables(t);
    const b = await publishTables(t);
    const refs = (await readFile(join(a.private, 'talent_refs.csv'), 'utf8')).trimEnd().split(/\r?\n/);
    expect(refs[0]).toBe('\ufeffref,person_id');
    const poolA = (await a.read<Pool>('talent_pool')).map((r) => r.ref);
    expect(refs.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([...poolA].sort());
    const poolB = (await b.read<Pool>('talent_pool')).map((r) => r.ref);
    expect(poolA.filter((r) => poolB.includes(r))).toEqual([]);
  });
});

type Stat = { year: number; region_code: string; skill_level: number | null; high_skill: boolean | null; dimension: string; value: string | null; n: number | null; suppressed: boolean };

describe('talent_stats', () => {
  it('counts people per cut and withholds small cells', async () => {
    const t = baseTables();
    t.talent = registry(300);
    const p = await publishTables(t);
    const stats = await p.read<Stat>('talent_stats');
    const total = stats.find((s) => s.year === 2024 && s.region_code === '532500' && s.dimension === 'total' && s.skill_level === null && s.high_skill === null)!;
    expect(total.n).toBe(300);
    expect(stats.filter((s) => !s.suppressed).every((s) => s.n! >= TALENT_MIN_COUNT)).toBe(true);
    expect(stats.filter((s) => s.suppressed).every((s) => s.n === null)).toBe(true);
    expect(new Set(stats.map((s) => s.dimension))).toEqual(new Set(['total', 'occupation', 'industry', 'gender', 'age_band']));
  });

  it('never lets a published total minus published parts reveal a withheld cell', async () => {
    const t = baseTables();
    t.talent = registry(120);
    const p = await publishTables(t);
    const stats = await p.read<Stat>('talent_stats');
    expect(stats.some((s) => s.suppressed)).toBe(true);
    // Check the county equation: prefecture = Σ counties, for every other coordinate.
    const groups = new Map<string, Stat[]>();
    for (const s of stats) {
      const k = [s.year, s.skill_level, s.high_skill, s.dimension, s.value].join('|');
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    for (const cells of groups.values()) {
      const parent = cells.find((c) => c.region_code === '532500');
      const withheld = cells.filter((c) => c.suppressed);
      if (!parent) continue;
      expect(withheld.length === 0 || withheld.length >= 2).toBe(true);
    }
    // And the level equation: all levels = Σ levels.
    const byLevel = new Map<string, Stat[]>();
    for (const s of stats.filter((s) => s.high_skill === null)) {
      const k = [s.year, s.region_code, s.dimension, s.value].join('|');
      byLevel.set(k, [...(byLevel.get(k) ?? []), s]);
    }
    for (const cells of byLevel.values()) {
      const k = cells.filter((c) => c.suppressed).length;
      expect(k === 0 || k >= 2).toBe(true);
    }
  });
});

describe('competition results and jobs', () => {
  it('masks unannounced names, drops person ids and links consenting winners to the pool', async () => {
    const p = await publishTables(baseTables());
    const results = await p.read<{ contestant: string; name_announced: boolean; pool_ref: string | null; award: string; level_promotion: number }>('competition_results');
    expect(results.map((r) => r.contestant)).toEqual(['张建国', '王某']);
    expect(results[0].pool_ref).toMatch(/^R/);
    expect(results[0].level_promotion).toBe(5);
    expect(results[0].award).toBe('first');
    expect(Object.keys(results[0])).not.toContain('person_id');
  });

  it('publishes open jobs only, without contacts, with canonical skills', async () => {
    const p = await publishTables(baseTables());
    const jobs = await p.read<{ job_id: string; required_skills: string[]; required_certificates: string[] }>('jobs');
    expect(jobs.map((j) => j.job_id)).toEqual(['J001']);
    expect(jobs[0].required_skills).toEqual(['SK001']);
    expect(jobs[0].required_certificates).toEqual(['C001']);
    expect(Object.keys(jobs[0])).not.toContain('contact');
  });
});
