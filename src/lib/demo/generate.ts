/**
 * Writes a complete, synthetic set of source files (data contract §3) for 红河州 and its 13
 * counties. Everything goes to a temporary folder next to the target, which replaces the target
 * only when all files are written; a target holding real (non-demo) sources is never touched.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DEMO_MARKER_FILE, BOUNDARIES_FILE } from '../core/dictionary';
import { writeCountyBoundaries } from './boundaries';
import { REFERENCE_OCCUPATION_CODES, SURVEY_YEARS } from './catalogue';
import { generateCompetitions } from './competitions';
import { CsvFileWriter, type Cell } from './csv';
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
  const table = (name: string, rows: () => Iterable<Record<string, Cell>>) =>
    step(`${name}.csv`, async () => {
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
    await table('jobs', () => generateJobs(rng.fork('jobs'), universe, scale));

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
所有人员、企业、工资、岗位和竞赛成绩均为虚构；姓名、身份证号、手机号为格式逼真的假数据。
县市名称、代码和边界真实，人口数为合理估计，并非统计数据。

Occupation codes: only ${[...REFERENCE_OCCUPATION_CODES].sort().join(', ')} were checked
against public sources; all other 职业编码 and group names are illustrative, not the official
职业分类大典 (2022). 除上述编码外，其余职业编码均为示意编码，并非《职业分类大典》正式编码。

Job needs are dated relative to ${JOBS_REFERENCE_DATE}; wage_prices holds a made-up 2020 table
published in the older style (低位数/中位数/高位数/平均数), the year before the survey microdata.

The publisher marks a release built from a folder containing this file as demo: true.
`;
}
