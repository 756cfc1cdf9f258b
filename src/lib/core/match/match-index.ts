/**
 * The matcher's index, built once from plain rows: the pool as columns (typed arrays, skill and
 * certificate sets as bitsets), grouped by occupation so a job's occupation gate skips whole
 * blocks; the open jobs prepared for the seeker direction. Terms are canonicalised here, once.
 * display_name is never read: the index holds nothing that could identify or profile a person.
 */
import { isSure, type PinyinReader } from '../terms';
import { buildCatalogue, heldCertificates, type Catalogue } from './catalogue';
import { experienceFit, meritOf } from './components';
import { prepareJob, type Adjacency, type Person, type PreparedJob } from './fit';
import { jobFromRow } from './normalize-query';
import type { MatchData } from './types';

export const NO_REGION = 0xffff;
/** willing_to_relocate: 0 false, 1 true, 2 unknown. */
export const RELOCATE_UNKNOWN = 2;

export interface CandidateColumns {
  n: number;
  /** Rows are sorted by occupation, then reference. */
  refs: string[];
  /** Rank of each row's reference in sorted order: the tie-breaker, independent of input order. */
  refOrder: Uint32Array;
  occupationCodes: string[];
  occupation: Uint16Array;
  /** Rows of occupation o are [occupationStart[o], occupationStart[o + 1]). */
  occupationStart: Uint32Array;
  level: Uint8Array;
  regionCodes: string[];
  region: Uint16Array;
  relocate: Uint8Array;
  available: Uint8Array;
  skillWords: number;
  /** Skills read surely; and skills only inferred (never also sure), counted partially. */
  skills: Uint32Array;
  skillsInferred: Uint32Array;
  /** Whether any row has an inferred skill (otherwise the scan skips counting them). */
  anyInferred: boolean;
  certWords: number;
  certs: Uint32Array;
  /** Distinct expected-pay bands (元/月) and each row's band; a band's max is null when open. */
  salaryBands: { min: number | null; max: number | null }[];
  salaryBand: Uint16Array;
  experience: Float64Array;
  merit: Float64Array;
}

export interface MatchIndex {
  catalogue: Catalogue;
  adjacency: Adjacency | undefined;
  candidates: CandidateColumns;
  rowOfRef: ReadonlyMap<string, number>;
  jobs: PreparedJob[];
  jobById: ReadonlyMap<string, PreparedJob>;
  /** Job positions per job occupation, so a seeker's occupation gate skips whole groups of jobs. */
  jobsByOccupation: ReadonlyMap<string, readonly number[]>;
}

const words = (bits: number) => Math.max(1, Math.ceil(bits / 32));

function intern<T>(map: Map<T, number>, list: T[], v: T): number {
  let i = map.get(v);
  if (i === undefined) {
    i = list.length;
    map.set(v, i);
    list.push(v);
  }
  return i;
}

export function buildCandidateColumns(cat: Catalogue, pool: MatchData['pool']): CandidateColumns {
  const n = pool.length;
  const occupationCodes = [...new Set(pool.map((r) => r.occupation_code))].sort();
  const occId = new Map(occupationCodes.map((c, i) => [c, i]));
  const occOf = Int32Array.from(pool, (r) => occId.get(r.occupation_code)!);
  const byRef = Array.from({ length: n }, (_, i) => i).sort((a, b) => (pool[a].ref < pool[b].ref ? -1 : pool[a].ref > pool[b].ref ? 1 : 0));
  // Rows by occupation, then reference: a counting sort over the reference order (stable).
  const start = new Int32Array(occupationCodes.length + 1);
  for (let i = 0; i < n; i++) start[occOf[i] + 1]++;
  for (let o = 0; o < occupationCodes.length; o++) start[o + 1] += start[o];
  const order = new Int32Array(n);
  const next = start.slice();
  for (const src of byRef) order[next[occOf[src]]++] = src;

  const sw = words(cat.skillIds.length);
  const cw = words(cat.certIds.length);
  const cols: CandidateColumns = {
    n,
    refs: new Array(n),
    refOrder: new Uint32Array(n),
    occupationCodes,
    occupation: new Uint16Array(n),
    occupationStart: new Uint32Array(occupationCodes.length + 1),
    level: new Uint8Array(n),
    regionCodes: [],
    region: new Uint16Array(n),
    relocate: new Uint8Array(n),
    available: new Uint8Array(n),
    skillWords: sw,
    skills: new Uint32Array(n * sw),
    skillsInferred: new Uint32Array(n * sw),
    anyInferred: false,
    certWords: cw,
    certs: new Uint32Array(n * cw),
    salaryBands: [],
    salaryBand: new Uint16Array(n),
    experience: new Float64Array(n),
    merit: new Float64Array(n)
  };
  const rowOf = new Int32Array(n);
  order.forEach((src, i) => (rowOf[src] = i));
  byRef.forEach((src, rank) => (cols.refOrder[rowOf[src]] = rank));

  // Each distinct written term is read once per occupation (which decides ambiguous words); rows
  // then reuse its bits: b ≥ 0 a sure reading of bit b, −(b + 1) an inferred one.
  const bitCache = (v: Catalogue['skills'], index: ReadonlyMap<string, number>) => {
    const byOccupation = new Map<string, Map<string, readonly number[]>>();
    return (t: string, occupation: string): readonly number[] => {
      let m = byOccupation.get(occupation);
      if (!m) byOccupation.set(occupation, (m = new Map()));
      let bits = m.get(t);
      if (bits === undefined) {
        bits = v.read(t, { occupation }).matches.flatMap((x) => {
          const b = index.get(x.id);
          return b === undefined ? [] : [isSure(x) ? b : -(b + 1)];
        });
        m.set(t, bits);
      }
      return bits;
    };
  };
  const skillBits = bitCache(cat.skills, cat.skillIndex);
  const certBits = bitCache(cat.certificates, cat.certIndex);
  // Holding a skill-level certificate of level L implies every rung ≤ L: one mask per level.
  const levelOfBit = new Int8Array(cat.certIds.length).fill(-1);
  const rungsUpTo: Uint32Array[] = [];
  for (const [id, level] of cat.certLevel) levelOfBit[cat.certIndex.get(id)!] = level;
  for (let l = 0; l <= 8; l++) {
    const mask = new Uint32Array(cw);
    for (const id of heldCertificates(cat, [...cat.certLevel].filter(([, x]) => x === l).map(([id]) => id))) {
      const b = cat.certIndex.get(id)!;
      mask[b >> 5] |= 1 << (b & 31);
    }
    rungsUpTo.push(mask);
  }
  const regionId = new Map<string, number>();
  const bandId = new Map<string, number>();
  const experienceOf = new Map<string | null, number>();

  for (let i = 0; i < n; i++) {
    const r = pool[order[i]];
    cols.refs[i] = r.ref;
    const o = occOf[order[i]];
    cols.occupation[i] = o;
    cols.occupationStart[o + 1] = i + 1;
    cols.level[i] = r.skill_level;
    cols.region[i] = r.region_code ? intern(regionId, cols.regionCodes, r.region_code) : NO_REGION;
    cols.relocate[i] = r.willing_to_relocate === null || r.willing_to_relocate === undefined ? RELOCATE_UNKNOWN : r.willing_to_relocate ? 1 : 0;
    cols.available[i] = r.availability === 'unavailable' ? 0 : 1;
    const occ = r.occupation_code;
    for (const t of r.skills ?? [])
      for (const b of skillBits(t, occ)) {
        if (b >= 0) cols.skills[i * sw + (b >> 5)] |= 1 << (b & 31);
        else cols.skillsInferred[i * sw + ((-b - 1) >> 5)] |= 1 << ((-b - 1) & 31);
      }
    for (const t of r.skills_inferred ?? [])
      for (const b0 of skillBits(t, occ)) {
        const b = b0 >= 0 ? b0 : -b0 - 1;
        cols.skillsInferred[i * sw + (b >> 5)] |= 1 << (b & 31);
      }
    for (let w = 0; w < sw; w++) {
      const x = (cols.skillsInferred[i * sw + w] &= ~cols.skills[i * sw + w]);
      if (x) cols.anyInferred = true;
    }
    let top = -1;
    for (const t of r.certificates ?? [])
      for (const b of certBits(t, occ)) {
        if (b < 0) continue;
        cols.certs[i * cw + (b >> 5)] |= 1 << (b & 31);
        top = Math.max(top, levelOfBit[b]);
      }
    if (top >= 0) for (let l = 0; l <= top; l++) for (let w = 0; w < cw; w++) cols.certs[i * cw + w] |= rungsUpTo[l][w];
    const min = r.expected_salary_min ?? null;
    const max = r.expected_salary_max ?? null;
    const key = `${min}|${max}`;
    let b = bandId.get(key);
    if (b === undefined) {
      bandId.set(key, (b = cols.salaryBands.length));
      cols.salaryBands.push({ min, max });
    }
    cols.salaryBand[i] = b;
    let e = experienceOf.get(r.experience_band);
    if (e === undefined) experienceOf.set(r.experience_band, (e = experienceFit(r.experience_band)));
    cols.experience[i] = e;
    cols.merit[i] = r.honors?.length || r.competition_awards?.length ? meritOf(r.honors, r.competition_awards) : 0;
  }
  return cols;
}

const bitIds = (ids: readonly string[], bits: Uint32Array, base: number, w: number): string[] => {
  const out: string[] = [];
  for (let b = 0; b < w * 32 && b < ids.length; b++) if ((bits[base + (b >> 5)] >>> (b & 31)) & 1) out.push(ids[b]);
  return out;
};

/** Row i of the columns as a Person (for explanations and the seeker direction). */
export function personAt(index: MatchIndex, i: number): Person {
  const c = index.candidates;
  const band = c.salaryBands[c.salaryBand[i]];
  return {
    ref: c.refs[i],
    occupation_code: c.occupationCodes[c.occupation[i]],
    skill_level: c.level[i],
    region_code: c.region[i] === NO_REGION ? null : c.regionCodes[c.region[i]],
    skills: new Set(bitIds(index.catalogue.skillIds, c.skills, i * c.skillWords, c.skillWords)),
    inferredSkills: new Set(bitIds(index.catalogue.skillIds, c.skillsInferred, i * c.skillWords, c.skillWords)),
    certificates: new Set(bitIds(index.catalogue.certIds, c.certs, i * c.certWords, c.certWords)),
    experience: c.experience[i],
    merit: c.merit[i],
    willing_to_relocate: c.relocate[i] === RELOCATE_UNKNOWN ? null : c.relocate[i] === 1,
    expected_salary_min: band.min,
    expected_salary_max: band.max,
    available: c.available[i] === 1
  };
}

function groupJobs(jobs: readonly PreparedJob[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  jobs.forEach((j, i) => {
    const list = m.get(j.query.occupation_code);
    if (list) list.push(i);
    else m.set(j.query.occupation_code, [i]);
  });
  return m;
}

/**
 * Builds the index from the rows of the published datasets (see core/queries/match.ts). `pinyin`
 * lets typed terms be read through same-pinyin typos (core/terms); the browser gives it later.
 */
export function buildMatchIndex(data: MatchData, pinyin: PinyinReader | null = null): MatchIndex {
  const catalogue = buildCatalogue(data, pinyin);
  const candidates = buildCandidateColumns(catalogue, data.pool);
  // Sorted by id, so ties among jobs never depend on the order the rows arrived in.
  const jobs = [...data.jobs].sort((a, b) => (a.job_id < b.job_id ? -1 : a.job_id > b.job_id ? 1 : 0)).map((r) => prepareJob(catalogue, jobFromRow(catalogue, r)));
  return {
    catalogue,
    adjacency: data.adjacency,
    candidates,
    rowOfRef: new Map(candidates.refs.map((r, i) => [r, i])),
    jobs,
    jobById: new Map(jobs.map((j) => [j.query.job_id!, j])),
    jobsByOccupation: groupJobs(jobs)
  };
}
