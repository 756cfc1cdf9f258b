/**
 * Regenerates the evaluation set: npx tsx tests/match-eval/build.ts [--reference-from DIR]
 * Jobs and people are written out by hand-chosen archetypes (README.md); every job × person pair
 * is then labelled by label.ts. `--reference-from` refreshes reference.json from a demo release.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PoolRow } from '../../src/lib/core/match/types';
import { relevance, type EvalJob } from './label';

const here = dirname(fileURLToPath(import.meta.url));
const arg = process.argv.indexOf('--reference-from');
if (arg > 0) {
  const { loadMatchData } = await import('../../scripts/lib/match-data');
  const { data } = await loadMatchData(process.argv[arg + 1]);
  const reference = {
    skills: data.skills,
    certificates: data.certificates,
    occupations: data.occupations,
    regions: data.regions,
    adjacency: data.adjacency
  };
  writeFileSync(join(here, 'reference.json'), JSON.stringify(reference, null, 1) + '\n');
}
const reference = JSON.parse(readFileSync(join(here, 'reference.json'), 'utf8'));
const adjacency: Record<string, string[]> = reference.adjacency;
const counties: string[] = reference.regions.filter((r: { kind: string }) => r.kind === 'county').map((r: { code: string }) => r.code);

type JobSpec = Omit<EvalJob, 'enterprise' | 'title' | 'preferred_skills' | 'required_certificates'> & {
  preferred_skills: string[];
  required_certificates: string[];
  /** A trade in the same 小类 a recruiter would not accept (for a decoy). */
  sibling: string;
  /** More skills of the trade, to pad decoys and good candidates. */
  more: string[];
};

const JOBS: JobSpec[] = [
  { job_id: 'EJ01', occupation_code: '6-18-02-04', region_code: '532501', min_level: 4, required_skills: ['SK001', 'SK007'], preferred_skills: ['SK011'], required_certificates: ['TZ01'], salary_min: 6500, salary_max: 9000, acceptable_occupations: ['6-29-03-02'], mandatory_certificates: ['TZ01'], sibling: '6-18-02-01', more: ['SK002', 'SK003', 'SK008', 'SK014'] },
  { job_id: 'EJ02', occupation_code: '6-31-01-03', region_code: '532503', min_level: 4, required_skills: ['SK039', 'SK041'], preferred_skills: ['SK038'], required_certificates: ['TZ02'], salary_min: 6000, salary_max: 8500, acceptable_occupations: ['6-29-03-01'], mandatory_certificates: ['TZ02'], sibling: '6-31-01-02', more: ['SK043', 'SK044', 'SK042'] },
  { job_id: 'EJ03', occupation_code: '4-03-02-01', region_code: '532524', min_level: 3, required_skills: ['SK109', 'SK111'], preferred_skills: ['SK113'], required_certificates: ['QT01'], salary_min: 4500, salary_max: 6500, acceptable_occupations: [], mandatory_certificates: [], sibling: '4-03-02-05', more: ['SK110', 'SK112', 'SK117'] },
  { job_id: 'EJ04', occupation_code: '6-18-01-01', region_code: '532502', min_level: 4, required_skills: ['SK016', 'SK014'], preferred_skills: ['SK022'], required_certificates: ['JN4'], salary_min: 6000, salary_max: 8000, acceptable_occupations: ['6-18-01-07'], mandatory_certificates: [], sibling: '6-18-01-04', more: ['SK015', 'SK017', 'SK021'] },
  { job_id: 'EJ05', occupation_code: '4-12-01-01', region_code: '532503', min_level: 3, required_skills: ['SK102', 'SK105'], preferred_skills: ['SK104'], required_certificates: [], salary_min: 5000, salary_max: 7500, acceptable_occupations: ['5-05-02-02'], mandatory_certificates: [], sibling: '4-12-01-02', more: ['SK103', 'SK106'] },
  { job_id: 'EJ06', occupation_code: '4-02-06-01', region_code: '532504', min_level: 3, required_skills: ['SK170', 'SK098'], preferred_skills: ['SK211'], required_certificates: ['ZG01'], salary_min: 4000, salary_max: 6000, acceptable_occupations: [], mandatory_certificates: ['ZG01'], sibling: '4-02-06-03', more: [] },
  { job_id: 'EJ07', occupation_code: '4-01-02-01', region_code: '532532', min_level: 3, required_skills: ['SK124', 'SK160'], preferred_skills: ['SK161'], required_certificates: [], salary_min: 5000, salary_max: 9000, acceptable_occupations: ['4-01-02-07'], mandatory_certificates: [], sibling: '4-01-02-03', more: [] },
  { job_id: 'EJ08', occupation_code: '4-10-01-05', region_code: '532501', min_level: 3, required_skills: ['SK192', 'SK194'], preferred_skills: ['SK196'], required_certificates: [], salary_min: 4000, salary_max: 6000, acceptable_occupations: ['4-14-01-02'], mandatory_certificates: [], sibling: '4-10-01-06', more: ['SK193'] },
  { job_id: 'EJ09', occupation_code: '6-11-01-05', region_code: '532502', min_level: 4, required_skills: ['SK065', 'SK066'], preferred_skills: [], required_certificates: [], salary_min: 7000, salary_max: 10000, acceptable_occupations: ['6-11-02-03'], mandatory_certificates: [], sibling: '6-11-03-01', more: [] },
  { job_id: 'EJ10', occupation_code: '6-16-01-04', region_code: '532501', min_level: 4, required_skills: ['SK075'], preferred_skills: [], required_certificates: ['TZ07'], salary_min: 8000, salary_max: 12000, acceptable_occupations: [], mandatory_certificates: ['TZ07'], sibling: '6-16-01-03', more: [] },
  { job_id: 'EJ11', occupation_code: '6-02-06-05', region_code: '532529', min_level: 3, required_skills: ['SK125', 'SK126'], preferred_skills: ['SK127'], required_certificates: [], salary_min: 4000, salary_max: 6000, acceptable_occupations: ['5-01-02-03'], mandatory_certificates: [], sibling: '6-02-06-03', more: [] },
  { job_id: 'EJ12', occupation_code: '4-04-05-01', region_code: '532503', min_level: 4, required_skills: ['SK175', 'SK180'], preferred_skills: ['SK183'], required_certificates: [], salary_min: 8000, salary_max: 13000, acceptable_occupations: [], mandatory_certificates: [], sibling: '4-04-05-02', more: ['SK176'] }
];

/** FNV-1a → 8 base-32 characters: references that say nothing about the archetype. */
function ref(key: string): string {
  let h = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of key) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ ch.charCodeAt(0), 0x811c9dc5) >>> 0;
  }
  const A = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let s = '';
  for (let i = 0; i < 4; i++) s += A[(h >>> (i * 5)) & 31] + A[(h2 >>> (i * 5)) & 31];
  return 'R' + s;
}

const band = (x: number) => Math.floor(x / 1000) * 1000;
const allSkills: string[] = reference.skills.map((s: { skill_id: string }) => s.skill_id);

function candidatesFor(j: JobSpec, i: number, all: JobSpec[]): PoolRow[] {
  const adjacent = adjacency[j.region_code!][0];
  const far = counties.find((c) => c !== j.region_code && !adjacency[j.region_code!].includes(c))!;
  const inRange = band(j.salary_min! + (j.salary_max! - j.salary_min!) / 3);
  const skills = [...j.required_skills!, ...j.more.slice(0, 1)];
  const certs = [...j.required_certificates];
  const base = (over: Partial<PoolRow>): Omit<PoolRow, 'ref'> => ({
    occupation_code: j.occupation_code,
    skill_level: j.min_level,
    region_code: j.region_code!,
    skills,
    certificates: certs,
    honors: [],
    competition_awards: [],
    experience_band: '6-10',
    availability: 'available',
    willing_to_relocate: false,
    expected_salary_min: inRange,
    expected_salary_max: inRange + 1000,
    ...over
  });
  const pay = (x: number) => ({ expected_salary_min: band(x), expected_salary_max: band(x) + 1000 });
  const noMandatory = certs.filter((c) => !j.mandatory_certificates.includes(c));
  const other = all[(i + 1) % all.length];
  const stuffed = [...new Set([...j.required_skills!, ...j.preferred_skills, ...j.more, ...allSkills.filter((_, k) => (k * 7 + i) % 23 === 0).slice(0, 8)])];
  const archetypes: Record<string, Omit<PoolRow, 'ref'>> = {
    fit_min_level: base({}),
    fit_above_adjacent_willing: base({ skill_level: Math.min(8, j.min_level + 1), region_code: adjacent, willing_to_relocate: true, experience_band: '11-15', honors: ['红河州技术能手'] }),
    fit_two_above_far_willing: base({ skill_level: Math.min(8, j.min_level + 2), region_code: far, willing_to_relocate: true, ...pay(j.salary_max!) }),
    fit_junior_extra_skills: base({ willing_to_relocate: null, experience_band: '0-2', skills: [...skills, ...j.more.slice(1)] }),
    fit_preferred_low_pay: base({ skills: [...skills, ...j.preferred_skills], ...pay(j.salary_min! * 0.6), availability: 'open' }),
    level_one_below: base({ skill_level: j.min_level - 1 }),
    level_two_below: base({ skill_level: j.min_level - 2, skills: [...skills, ...j.preferred_skills] }),
    no_mandatory_cert: j.mandatory_certificates.length
      ? base({ certificates: noMandatory, skill_level: j.min_level + 1 })
      : base({ region_code: far, willing_to_relocate: null }),
    far_unwilling: base({ region_code: far, willing_to_relocate: false, skill_level: Math.min(8, j.min_level + 1) }),
    adjacent_unwilling: base({ region_code: adjacent, willing_to_relocate: false }),
    missing_one_skill: j.required_skills!.length > 1 ? base({ skills: [j.required_skills![0], ...j.more] }) : base({ ...pay(j.salary_max! * 1.1) }),
    missing_all_skills: base({ skills: j.more.length ? j.more : ['SK209'] }),
    neighbour_trade: j.acceptable_occupations.length ? base({ occupation_code: j.acceptable_occupations[0] }) : base({ certificates: certs.filter((c) => j.mandatory_certificates.includes(c)), region_code: adjacent, willing_to_relocate: null }),
    neighbour_trade_level_below: j.acceptable_occupations.length
      ? base({ occupation_code: j.acceptable_occupations[0], skill_level: j.min_level - 1 })
      : base({ skill_level: j.min_level - 1, region_code: adjacent, willing_to_relocate: false }),
    pay_above: base({ ...pay(j.salary_max! * 1.1 + 1000) }),
    pay_far_above: base({ ...pay(j.salary_max! * 1.5 + 1000), skill_level: Math.min(8, j.min_level + 1) }),
    level_below_and_skill_missing: base({ skill_level: j.min_level - 1, skills: j.required_skills!.slice(0, 1) }),
    decoy_other_trade: base({ occupation_code: other.occupation_code, skill_level: 6, skills: stuffed, certificates: [...certs, ...other.required_certificates], willing_to_relocate: true, experience_band: '16+' }),
    decoy_sibling_trade: base({ occupation_code: j.sibling, skill_level: Math.min(8, j.min_level + 2), skills: stuffed, willing_to_relocate: true }),
    decoy_two_below: base({ skill_level: j.min_level - 2, skills: stuffed, honors: ['云南省技术能手'], experience_band: '16+' })
  };
  return Object.entries(archetypes).map(([name, row]) => ({ ref: ref(`${j.job_id}:${name}`), ...row }));
}

const jobs: EvalJob[] = JOBS.map(({ sibling: _s, more: _m, ...j }) => ({ ...j, enterprise: `评测企业${j.job_id.slice(2)}`, title: null }));
const candidates = JOBS.flatMap((j, i) => candidatesFor(j, i, JOBS)).sort((a, b) => (a.ref < b.ref ? -1 : 1));
const labels = jobs.flatMap((j) => candidates.map((c) => `${j.job_id},${c.ref},${relevance(j, c, adjacency)}`));
writeFileSync(join(here, 'jobs.json'), JSON.stringify(jobs, null, 1) + '\n');
writeFileSync(join(here, 'candidates.json'), '[\n' + candidates.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
writeFileSync(join(here, 'labels.csv'), ['job_id,ref,relevance', ...labels].join('\n') + '\n');
const hist = [0, 1, 2, 3].map((g) => labels.filter((l) => l.endsWith(`,${g}`)).length);
console.log(`${jobs.length} jobs, ${candidates.length} candidates, relevance 0/1/2/3: ${hist.join('/')}`);
