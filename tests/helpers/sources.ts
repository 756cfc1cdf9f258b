/**
 * A small, valid source folder built in code, so each validation test can break exactly one cell
 * and assert the exact file:row:column of the message.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Table = string[][];

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const toCsv = (t: Table): string => t.map((r) => r.map(quote).join(',')).join('\n') + '\n';

/** Deterministic pseudo-random numbers for fixtures (no dependence on the demo generator). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function wageRows(n: number, opts: { year?: number; region?: string; occupation?: string; level?: number; enterprises?: number; seed?: number } = {}): Table {
  const rnd = lcg(opts.seed ?? 7);
  const rows: Table = [];
  for (let i = 0; i < n; i++) {
    rows.push([
      String(opts.year ?? 2024),
      opts.region ?? '532501',
      'C',
      `E${i % (opts.enterprises ?? 5)}`,
      opts.occupation ?? '6-18-02-04',
      String(opts.level ?? 4),
      String(Math.round(40000 + rnd() * 60000))
    ]);
  }
  return rows;
}

export function baseTables(): Record<string, Table> {
  return {
    regions: [
      ['code', 'name', 'parent_code', 'kind'],
      ['532500', '红河哈尼族彝族自治州', '530000', 'prefecture'],
      ['532501', '个旧市', '532500', 'county'],
      ['532502', '开远市', '532500', 'county'],
      ['532503', '蒙自市', '532500', 'county']
    ],
    occupation_groups: [
      ['code', 'name'],
      ['4', '社会生产服务和生活服务人员'],
      ['4-03', '住宿和餐饮服务人员'],
      ['4-03-02', '餐饮服务人员'],
      ['6', '生产制造及有关人员'],
      ['6-18', '机械制造基础加工人员'],
      ['6-18-02', '材料成形与处理人员']
    ],
    occupations: [
      ['code', 'name', 'aliases', 'marks', 'max_level'],
      ['6-18-02-04', '焊工', '电焊工;氩弧焊工', '', '8'],
      ['4-03-02-01', '中式烹调师', '厨师；中餐厨师', '', '6']
    ],
    region_stats: [
      ['region_code', 'year', 'population', 'employed'],
      ['532501', '2024', '460000', '250000'],
      ['532502', '2024', '330000', '180000'],
      ['532503', '2024', '620000', '340000'],
      ['532500', '2024', '1410000', '770000']
    ],
    skills: [
      ['skill_id', 'name', 'synonyms', 'occupation_codes'],
      ['SK001', '氩弧焊', 'TIG焊;钨极氩弧焊', '6-18-02-04'],
      ['SK002', '二氧化碳气体保护焊', '二保焊;CO2焊', '6-18-02-04'],
      ['SK003', '滇菜烹饪', '滇菜', '4-03-02-01']
    ],
    certificates: [
      ['cert_id', 'name', 'kind', 'mandatory_for', 'aliases'],
      ['C001', '熔化焊接与热切割作业', 'special_operation', '6-18-02-04', '焊工证;电焊证'],
      ['C002', '中式烹调师职业技能等级证书', 'skill_level', '', '厨师证']
    ],
    wage_survey: [
      ['year', 'region_code', 'industry', 'enterprise_id', 'occupation_code', 'skill_level', 'annual_wage'],
      ...wageRows(60)
    ],
    talent: [
      ['person_id', 'year', 'name', 'id_number', 'phone', 'gender', 'birth_year', 'region_code', 'occupation_code', 'skill_level', 'certificates', 'skills', 'years_experience', 'employer', 'industry', 'honors', 'achievements', 'availability', 'willing_to_relocate', 'expected_salary', 'consent_public', 'updated_at'],
      ['P0001', '2024', '张建国', '532501198503120012', '13812345678', 'M', '1985', '532501', '6-18-02-04', '4', '焊工证', '熟练掌握氩弧焊;二保焊', '15', '云锡集团', 'C', '红河州技术能手', '主持焊接工艺攻关', 'available', '是', '7500', '是', '2024-10-01'],
      ['P0002', '2024', '李秀英', '532502199001010023', '13912345678', 'F', '1990', '532502', '4-03-02-01', '3', '', '滇菜', '8', '蒙自大酒店', 'H', '', '', 'open', '否', '5200', '否', '2024-09-01']
    ],
    competitions: [
      ['competition_id', 'name', 'year', 'tier', 'organizer', 'date'],
      ['K2024-01', '2024年红河州职业技能大赛', '2024', 'prefecture', '红河州人社局', '2024-10-20']
    ],
    competition_results: [
      ['competition_id', 'event', 'occupation_code', 'contestant_name', 'person_id', 'unit', 'unit_kind', 'region_code', 'rank', 'award', 'score', 'level_promotion', 'announced'],
      ['K2024-01', '焊工', '6-18-02-04', '张建国', 'P0001', '云锡集团', 'enterprise', '532501', '1', '一等奖', '92.5', '技师', '是'],
      ['K2024-01', '焊工', '6-18-02-04', '王小明', '', '红河技师学院', 'school', '532503', '2', '二等奖', '88', '', '否']
    ],
    jobs: [
      ['job_id', 'enterprise', 'industry', 'region_code', 'occupation_code', 'title', 'min_level', 'required_skills', 'preferred_skills', 'required_certificates', 'salary_min', 'salary_max', 'headcount', 'posted_at', 'expires_at', 'shortage', 'contact'],
      ['J001', '云锡集团', 'C', '532501', '6-18-02-04', '氩弧焊工', '高级工', '氩弧焊', '二保焊', '焊工证', '6000', '9000', '3', '2026-09-01', '2027-03-01', '是', '陈先生 13700001111'],
      ['J002', '蒙自大酒店', 'H', '532503', '4-03-02-01', '中餐厨师', '3', '滇菜', '', '', '4500', '6500', '2', '2025-01-01', '2025-06-30', '否', '']
    ]
  };
}

export async function writeSources(tables: Record<string, Table>, dir?: string): Promise<string> {
  const d = dir ?? (await mkdtemp(join(tmpdir(), 'skillatlas-src-')));
  await mkdir(d, { recursive: true });
  for (const [name, t] of Object.entries(tables)) await writeFile(join(d, `${name}.csv`), toCsv(t));
  return d;
}

export async function tempDir(prefix = 'skillatlas-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
