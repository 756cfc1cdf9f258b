/**
 * Writes a complete, synthetic set of source files (data contract §3 and §3b) for 红河州 and its
 * 13 counties. Everything goes to a temporary folder next to the target, which replaces the target
 * only when all files are written; a target holding real (non-demo) sources is never touched.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DEMO_MARKER_FILE, BOUNDARIES_FILE } from '../core/dictionary';
import { writeCountyBoundaries } from './boundaries';
import { REFERENCE_OCCUPATION_CODES, SURVEY_YEARS } from './catalogue';
import { generateCareerSources } from './career';
import { generateCompetitions } from './competitions';
import { CsvFileWriter, type Cell, type CsvTable } from './csv';
import { buildEnterprises } from './enterprises';
import { JOBS_REFERENCE_DATE, generateJobs } from './jobs';
import { createRandom } from './random';
import {
  certificateRows,
  occupationGroupRows,
  occupationRows,
  regionRows,
  regionStatRows,
  skillRows
} from './reference-tables';
import { TalentRegistry, writeTalent } from './talent';
import { WageSurvey, publishedWagePrices, writeWageSurvey } from './wages';

export interface DemoOptions {
  seed: number;
  scale: number;
  outDir: string;
  /** Write the career, training and education tables of DESIGN §3b too (default true). */
  careerTables?: boolean;
  /** Called as each file is finished (for progress output). */
  onFile?: (file: FileSummary) => void;
}

export interface FileSummary {
  file: string;
  /** Data rows (without the header); null for non-tabular files. */
  rows: number | null;
  bytes: number;
  ms: number;
}

export interface DemoResult {
  outDir: string;
  files: FileSummary[];
  ms: number;
}

export const MAX_SCALE = 100;

export async function generateDemoSources(options: DemoOptions): Promise<DemoResult> {
  const { seed, scale } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer 0…4294967295, got ${seed}`);
  if (!(scale > 0 && scale <= MAX_SCALE)) throw new RangeError(`scale must be > 0 and ≤ ${MAX_SCALE}, got ${scale}`);
  const outDir = resolve(options.outDir);
  await assertReplaceable(outDir);

  const started = performance.now();
  await mkdir(dirname(outDir), { recursive: true });
  const tmp = join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  const files: FileSummary[] = [];
  const step = async (file: string, write: () => Promise<number | null>) => {
    const t0 = performance.now();
    const rows = await write();
    const summary = { file, rows, bytes: (await stat(join(tmp, file))).size, ms: performance.now() - t0 };
    files.push(summary);
    options.onFile?.(summary);
  };
  const table = (name: CsvTable, rows: () => Iterable<Record<string, Cell>>) =>
    step(`${typeof name === 'string' ? name : name.name}.csv`, async () => {
      const out = new CsvFileWriter(tmp, name);
      await out.writeAll(rows());
      await out.close();
      return out.rows;
    });

  try {
    const rng = createRandom(seed);
    const universe = buildEnterprises(rng.fork('enterprises'), scale);

    await table('occupation_groups', occupationGroupRows);
    await table('occupations', occupationRows);
    await table('regions', regionRows);
    await table('region_stats', regionStatRows);
    await table('skills', skillRows);
    await table('certificates', certificateRows);
    await step(BOUNDARIES_FILE, async () => {
      await writeCountyBoundaries(join(tmp, BOUNDARIES_FILE));
      return null;
    });

    const survey = new WageSurvey(universe, rng.fork('wages'), scale);
    await step('wage_survey.csv', async () => {
      const out = new CsvFileWriter(tmp, 'wage_survey');
      await writeWageSurvey(survey, SURVEY_YEARS, out, rng.fork('wage-order'));
      await out.close();
      return out.rows;
    });
    const prices = await publishedWagePrices(survey);
    await table('wage_prices', () => prices);

    const registry = new TalentRegistry(rng.fork('talent'), universe, scale, seed);
    let registryIndex: Awaited<ReturnType<typeof writeTalent>>['index'] | undefined;
    await step('talent.csv', async () => {
      const written = await writeTalent(registry, tmp);
      registryIndex = written.index;
      return written.rows;
    });

    const { competitions, results } = generateCompetitions(rng.fork('competitions'), registryIndex!, universe);
    await table('competitions', () => competitions as unknown as Record<string, Cell>[]);
    await table('competition_results', () => results);
    const jobs = generateJobs(rng.fork('jobs'), universe, scale);
    await table('jobs', () => jobs);

    if (options.careerTables ?? true) {
      const career = generateCareerSources(rng.fork('career'), { universe, registry: registryIndex!, competitions, results, jobs, scale });
      for (const [def, rows] of career) await table(def, () => rows);
    }

    await step(DEMO_MARKER_FILE, async () => {
      await writeFile(join(tmp, DEMO_MARKER_FILE), demoNote(seed, scale));
      return null;
    });

    await replaceDir(tmp, outDir);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  return { outDir, files, ms: performance.now() - started };
}

/** Refuses to replace a folder that holds anything but a previous demo. */
async function assertReplaceable(outDir: string): Promise<void> {
  let entries: string[];
  try {
    if (!(await stat(outDir)).isDirectory()) throw new Error(`--out ${outDir} exists and is not a folder`);
    entries = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const visible = entries.filter((e) => !e.startsWith('.'));
  if (visible.length > 0 && !entries.includes(DEMO_MARKER_FILE)) {
    throw new Error(
      `${outDir} holds files that are not demo data (no ${DEMO_MARKER_FILE}); refusing to overwrite them. ` +
        'Choose another --out or move those files away.'
    );
  }
}

async function replaceDir(tmp: string, outDir: string): Promise<void> {
  const old = join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}`);
  let moved = false;
  try {
    await rename(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(tmp, outDir);
  } catch (error) {
    if (moved) await rename(old, outDir);
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}

function demoNote(seed: number, scale: number): string {
  return `SYNTHETIC DEMO DATA — NOT REAL STATISTICS
示例数据，非真实统计

These source files were generated by \`npm run demo-data\` (seed ${seed}, scale ${scale}) for
红河哈尼族彝族自治州 (532500) and its 13 counties. Every person, enterprise, wage, job and
competition result in them is invented; names, ID numbers and phone numbers are fake but
realistic so that the privacy pipeline is exercised. County names, codes and boundaries are real;
populations are plausible, not census figures.

本目录中的数据由演示数据生成器自动生成（随机种子 ${seed}，规模 ${scale}），仅用于演示和测试。
所有人员、企业、工资、岗位、竞赛成绩、院校、培训机构、评价机构、认定与培训记录均为虚构；姓名、身份证号、手机号为格式逼真的假数据。
县市名称、代码和边界真实，人口数为合理估计，并非统计数据。

Occupation codes: only ${[...REFERENCE_OCCUPATION_CODES].sort().join(', ')} were checked
against public sources; all other 职业编码 and group names are illustrative, not the official
职业分类大典 (2022). 除上述编码外，其余职业编码均为示意编码，并非《职业分类大典》正式编码。

Job needs are dated relative to ${JOBS_REFERENCE_DATE}; wage_prices holds a made-up 2020 table
published in the older style (低位数/中位数/高位数/平均数), the year before the survey microdata.

Career, training and education tables (DESIGN §3b):
- schools, training_providers and evaluation_bodies are invented institutions named in the style
  of real ones; credit codes are well-formed (valid check characters) but fake.
- certifications (2021–2025) and training_enrolments (courses 2021–2025) are confidential
  microdata. person_id is the registry's id (P…) for registry people and a fake 居民身份证号 for
  everyone else. 专项职业能力考核 records carry skill_level 0: a 专项职业能力 certifies no level.
- training_programmes also lists the next intake (start after ${JOBS_REFERENCE_DATE}), with no
  enrolments yet; subsidies follow one city's catalogue (五级 700 … 一级 3,000 元, +20 % while the
  occupation is 紧缺 or 较紧缺 on the shortage list).
- shortage_list is quarterly, 2023Q1–2026Q4 (period written 2025Q4).
- school_outcomes are what schools report per major and cohort (2023–2025); employed_6m counts
  graduates in work 6 months after graduating, not those in further study.
- honours (2012–2025) has one column beyond the contract: person_id, the registry person where
  the honoured person is in the registry.
- The standards and local documents cited in level_requirements and level_equivalence are
  illustrative.

The publisher marks a release built from a folder containing this file as demo: true.
`;
}
