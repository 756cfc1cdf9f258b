/**
 * npm run match -- --data DIR (--job ID|FILE|all | --seeker REF|FILE|all) [--top N] [--json] [--private DIR]
 * The matcher from the shell: the same core as the /match page's worker (src/lib/core/match).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  buildMatchIndex,
  COMPONENT_KEYS,
  MatchInputError,
  matchJobQuery,
  matchSeekerQuery,
  matchSeekerRef,
  normalizeJob,
  normalizeSeeker,
  readingSentence,
  type CandidateResult,
  type JobInput,
  type JobResult,
  type MatchIndex,
  type SeekerInput,
  type TermNote
} from '../src/lib/core/match';
import { pinyinReadings } from '../src/lib/core/pinyin';
import { skillLevelName } from '../src/lib/core/skill-levels';
import { DataError, loadMatchData } from './lib/match-data';

const USAGE = `usage: npm run match -- [--data DIR] (--job ID|FILE|all | --seeker REF|FILE|all) [--top N] [--json] [--private DIR]

  --data DIR        a published release (default static/data)
  --job ID|FILE|all  candidates for a published job, for a job described in a JSON file
                    (an object or an array: occupation_code, min_level, required_skills, preferred_skills,
                    required_certificates, region_code, salary_min, salary_max; 元/月), or for every open job
  --seeker REF|FILE|all  jobs for a pool reference, for a seeker described in a JSON file
                    (occupation_code, skill_level, skills, certificates, region_code, willing_to_relocate,
                    expected_salary 元/月, years_experience, honors), or for every pool entry
  --top N           results per query (default 10)
  --json            JSON Lines, one object per query: {"query": …, "results": [{"rank", "ref"|"job_id", "score", "components", "reasons"} (a seeker's jobs also "fit" and "missing_skills")]}
  --private DIR     the bureau's private folder (or its talent_refs.csv): only then is each pool
                    reference also printed with its person_id. Without it the output names no one.`;

class UsageError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'static/data' },
      job: { type: 'string' },
      seeker: { type: 'string' },
      top: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      private: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if ((values.job === undefined) === (values.seeker === undefined)) throw new UsageError('give exactly one of --job or --seeker');
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a positive integer, got ${values.top}`);
  return { ...values, top };
}

function readRefs(path: string): Map<string, string> {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'talent_refs.csv') : path;
  if (!existsSync(file)) throw new UsageError(`--private: ${file} not found`);
  const parsed = Papa.parse<{ ref: string; person_id: string }>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return new Map(parsed.data.map((r) => [r.ref, r.person_id]));
}

/** An id, `all`, or a JSON file holding one object or an array of them. */
function readInputs<T>(arg: string): T[] | null {
  if (!/\.json$/i.test(arg) && !(existsSync(arg) && statSync(arg).isFile())) return null;
  if (!existsSync(arg)) throw new UsageError(`${arg} not found`);
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(arg, 'utf8'));
  } catch (e) {
    throw new UsageError(`${arg}: not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(v) ? v : [v];
  if (list.some((x) => typeof x !== 'object' || x === null || typeof (x as { occupation_code?: unknown }).occupation_code !== 'string'))
    throw new UsageError(`${arg}: each entry needs an occupation_code`);
  return list as T[];
}

interface Line {
  query: Record<string, unknown>;
  results: (CandidateResult | JobResult)[];
}

function runJobs(index: MatchIndex, arg: string, top: number): Line[] {
  const inputs = readInputs<JobInput>(arg);
  if (inputs) {
    return inputs.map((input) => {
      const q = normalizeJob(index.catalogue, input);
      const { unknown_terms, soft_terms, readings, ...rest } = q;
      const read = { unknown_terms, soft_terms, readings };
      return { query: q.job_id ? { job_id: q.job_id, job: rest, ...read } : { job: rest, ...read }, results: matchJobQuery(index, q, { top }) };
    });
  }
  const jobs = arg === 'all' ? index.jobs : [index.jobById.get(arg)];
  if (!jobs[0]) throw new UsageError(`no open job ${arg} in the release`);
  return jobs.map((j) => ({ query: { job_id: j!.query.job_id }, results: matchJobQuery(index, j!.query, { top }) }));
}

function runSeekers(index: MatchIndex, arg: string, top: number): Line[] {
  const inputs = readInputs<SeekerInput>(arg);
  if (inputs) {
    return inputs.map((input) => {
      const s = normalizeSeeker(index.catalogue, input);
      const { unknown_terms, soft_terms, readings, ...rest } = s;
      return { query: { seeker: rest, unknown_terms, soft_terms, readings }, results: matchSeekerQuery(index, s, { top }) };
    });
  }
  const refs = arg === 'all' ? index.candidates.refs : [arg];
  if (!index.rowOfRef.has(refs[0])) throw new UsageError(`no pool entry ${arg} in the release`);
  return refs.map((ref) => ({ query: { seeker: ref }, results: matchSeekerRef(index, ref, { top })! }));
}

function withPersons(lines: Line[], refs: Map<string, string> | null): Line[] {
  if (!refs) return lines;
  return lines.map((l) => ({
    query: typeof l.query.seeker === 'string' ? { ...l.query, person_id: refs.get(l.query.seeker) ?? null } : l.query,
    results: l.results.map((r) => ('ref' in r ? { ...r, person_id: refs.get(r.ref) ?? null } : r))
  }));
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));

function describeQuery(index: MatchIndex, q: Record<string, unknown>): string {
  const name = (code: string) => index.catalogue.occupationNames.get(code) ?? code;
  const region = (code: string | null | undefined) => (code ? (index.catalogue.regionNames.get(code) ?? code) : '不限地区');
  if (typeof q.job_id === 'string' && index.jobById.has(q.job_id)) {
    const j = index.jobById.get(q.job_id)!.query;
    return `岗位 ${j.job_id}：${name(j.occupation_code)}，最低${skillLevelName(j.min_level)}，${region(j.region_code)}`;
  }
  if (q.job) {
    const j = q.job as { occupation_code: string; min_level: number; region_code: string | null };
    return `岗位：${name(j.occupation_code)}，最低${skillLevelName(j.min_level)}，${region(j.region_code)}`;
  }
  if (typeof q.seeker === 'string') return `求职者 ${q.seeker}${q.person_id ? `（${q.person_id}）` : ''}`;
  const s = q.seeker as { occupation_code: string; skill_level: number; region_code: string | null };
  return `求职者：${name(s.occupation_code)}，${skillLevelName(s.skill_level)}，${region(s.region_code)}`;
}

function printTable(index: MatchIndex, lines: Line[]): void {
  const short = ['职业', '等级', '必备', '优先', '证书', '地点', '薪资', '经验', '荣誉'];
  for (const l of lines) {
    console.log(`\n${describeQuery(index, l.query)}`);
    const unknown = l.query.unknown_terms as string[] | undefined;
    const readings = l.query.readings as TermNote[] | undefined;
    const soft = l.query.soft_terms as string[] | undefined;
    if (readings?.length) console.log(`  ${readings.map((n) => readingSentence({ skills: index.catalogue.skills.names, certificates: index.catalogue.certificates.names }, n)).join('；')}`);
    if (unknown?.length) console.log(`  未识别的词（未计分）：${unknown.join('、')}`);
    if (soft?.length) console.log(`  个人品质（不计分）：${soft.join('、')}`);
    if (!l.results.length) {
      console.log('  无符合硬性条件的结果');
      continue;
    }
    const seeker = 'job_id' in l.results[0];
    const extra = seeker ? [pad('雇方', 6), pad('求职方', 7)] : [];
    console.log('  ' + [pad('名次', 5), pad('编号', 12), pad('得分', 7), ...extra, ...short.map((s) => pad(s, 5)), '理由'].join(''));
    for (const r of l.results) {
      const id = 'ref' in r ? r.ref + ('person_id' in r ? ` ${(r as { person_id: string }).person_id}` : '') : r.job_id;
      const comps = COMPONENT_KEYS.map((k) => pad(r.components[k].toFixed(2), 5));
      const why = r.reasons ? [...r.reasons.fits.map((x) => `✓${x}`), ...r.reasons.gaps.map((x) => `✗${x}`)].join('；') : '';
      const fit = 'fit' in r ? [pad(r.fit.employer.toFixed(3), 6), pad(r.fit.seeker.toFixed(3), 7)] : [];
      console.log('  ' + [pad(String(r.rank), 5), pad(id, 12), pad(r.score.toFixed(3), 7), ...fit, ...comps, why].join(''));
    }
  }
}

async function main(): Promise<number> {
  let o;
  try {
    o = options();
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    const refs = o.private ? readRefs(o.private) : null;
    const { data, missing } = await loadMatchData(o.data);
    const needed = o.job !== undefined ? ['talent_pool', 'skills', 'certificates'] : ['jobs', 'skills', 'certificates'];
    const absent = needed.filter((d) => missing.includes(d));
    if (absent.length) throw new DataError(`${o.data} 未发布 ${absent.join('、')}，无法匹配`);
    const index = buildMatchIndex(data, pinyinReadings);
    const lines = withPersons(o.job !== undefined ? runJobs(index, o.job, o.top) : runSeekers(index, o.seeker!, o.top), refs);
    if (o.json) for (const l of lines) process.stdout.write(JSON.stringify(l) + '\n');
    else printTable(index, lines);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof MatchInputError) {
      console.error(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof DataError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main();
