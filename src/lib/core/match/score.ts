/**
 * Both directions of the matcher. Job → candidates scores the pool's columns: per query the
 * components that depend only on a candidate's occupation, level, county or pay band are
 * tabulated once, the occupation gate selects whole blocks of rows, and a top-k heap keeps the
 * best. Seeker → jobs scores the (few thousand) open jobs whose occupation passes the gate, with
 * the object definition in fit.ts.
 */
import { levelFit, locationFit, locationRelation, occupationProximity, salaryFit } from './components';
import { explainCandidate, explainJob } from './explain';
import { combinedFit, employerFit, personFromSeeker, prepareJob, seekerFit, type Person, type PreparedJob } from './fit';
import { NO_REGION, personAt, RELOCATE_UNKNOWN, type MatchIndex } from './match-index';
import { normalizeJob, normalizeSeeker } from './normalize-query';
import { TopK } from './topk';
import type { CandidateResult, JobInput, JobQuery, JobResult, MatchOptions, SeekerInput, SeekerQuery } from './types';
import { DEFAULT_TOP, READ_CREDIT, WEIGHTS as W } from './weights';

const bitsOf = (index: Map<string, number> | ReadonlyMap<string, number>, ids: readonly string[]) =>
  ids.flatMap((id) => {
    const b = index.get(id);
    return b === undefined ? [] : [b];
  });

/** Certificates required as bit masks per word (a gate passes when every masked bit is set). */
function masks(bits: number[]): { word: Int32Array; mask: Int32Array } {
  const m = new Map<number, number>();
  for (const b of bits) m.set(b >> 5, (m.get(b >> 5) ?? 0) | (1 << (b & 31)));
  return { word: Int32Array.from(m.keys()), mask: Int32Array.from(m.values()) };
}

/** Columnar job → candidates. Returns row numbers and scores, best first. */
export function rankCandidates(index: MatchIndex, job: PreparedJob, top: number, availableOnly = false): { id: number; score: number }[] {
  const c = index.candidates;
  const cat = index.catalogue;
  const q = job.query;
  const heap = new TopK(top);

  const levelTable = new Float64Array(256).fill(-1);
  for (let l = 0; l < 256; l++) levelTable[l] = levelFit(l, q.min_level) ?? -1;
  const locTable = new Float64Array((c.regionCodes.length + 1) * 3);
  for (let r = 0; r <= c.regionCodes.length; r++) {
    const rel = locationRelation(q.region_code, r < c.regionCodes.length ? c.regionCodes[r] : null, index.adjacency);
    for (let w = 0; w < 3; w++) locTable[r * 3 + w] = locationFit(rel, w === RELOCATE_UNKNOWN ? null : w === 1);
  }
  const noRegion = c.regionCodes.length;
  const salTable = Float64Array.from(c.salaryBands, (b) => salaryFit(b.min, b.max, q.salary_min, q.salary_max));

  const req = Int32Array.from(bitsOf(cat.skillIndex, q.required_skills));
  const pref = Int32Array.from(bitsOf(cat.skillIndex, q.preferred_skills));
  const scored = Int32Array.from(bitsOf(cat.certIndex, job.scoredCertificates));
  const gateBits = bitsOf(cat.certIndex, job.gatedCertificates);
  // A gated certificate missing from the vocabulary can be held by nobody.
  if (gateBits.length < job.gatedCertificates.length) return [];
  const gate = masks(gateBits);
  const nReq = q.required_skills.length;
  const nPref = q.preferred_skills.length;
  const nScored = job.scoredCertificates.length;
  const sw = c.skillWords;
  const cw = c.certWords;
  const inferred = c.anyInferred;
  const credit = READ_CREDIT.inferred;

  for (let o = 0; o < c.occupationCodes.length; o++) {
    const proximity = occupationProximity(q.occupation_code, c.occupationCodes[o]);
    if (proximity === 0) continue;
    const occPart = W.occupation * proximity;
    const end = c.occupationStart[o + 1];
    rows: for (let i = c.occupationStart[o]; i < end; i++) {
      const lv = levelTable[c.level[i]];
      if (lv < 0) continue;
      if (availableOnly && c.available[i] === 0) continue;
      const cb = i * cw;
      for (let g = 0; g < gate.word.length; g++) if ((c.certs[cb + gate.word[g]] & gate.mask[g]) !== gate.mask[g]) continue rows;
      const sb = i * sw;
      let r = 0;
      let p = 0;
      for (let k = 0; k < req.length; k++) r += (c.skills[sb + (req[k] >> 5)] >>> (req[k] & 31)) & 1;
      for (let k = 0; k < pref.length; k++) p += (c.skills[sb + (pref[k] >> 5)] >>> (pref[k] & 31)) & 1;
      // an inferred skill counts partially: the same expression as coverage() in components.ts
      let ri = 0;
      let pi = 0;
      if (inferred) {
        for (let k = 0; k < req.length; k++) ri += (c.skillsInferred[sb + (req[k] >> 5)] >>> (req[k] & 31)) & 1;
        for (let k = 0; k < pref.length; k++) pi += (c.skillsInferred[sb + (pref[k] >> 5)] >>> (pref[k] & 31)) & 1;
      }
      let h = 0;
      for (let k = 0; k < scored.length; k++) h += (c.certs[cb + (scored[k] >> 5)] >>> (scored[k] & 31)) & 1;
      const region = c.region[i] === NO_REGION ? noRegion : c.region[i];
      const score =
        occPart +
        W.level * lv +
        W.required_skills * (nReq === 0 ? 1 : (r + credit * ri) / nReq) +
        W.preferred_skills * (nPref === 0 ? 1 : (p + credit * pi) / nPref) +
        W.certificates * (nScored === 0 ? 1 : h / nScored) +
        W.location * locTable[region * 3 + c.relocate[i]] +
        W.salary * salTable[c.salaryBand[i]] +
        (W.experience * c.experience[i] + W.merit * c.merit[i]);
      if (score >= heap.threshold) heap.push(score, i, c.refOrder[i]);
    }
  }
  return heap.sorted();
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function roundAll<T extends Record<string, number>>(o: T): T {
  const out = {} as Record<string, number>;
  for (const k of Object.keys(o)) out[k] = round(o[k]);
  return out as T;
}

/** Job → candidates from a normalised query (see normalizeJob / jobFromRow). */
export function matchJobQuery(index: MatchIndex, query: JobQuery, opts: MatchOptions = {}): CandidateResult[] {
  const top = opts.top ?? DEFAULT_TOP;
  const explainUpTo = opts.explain ?? top;
  const job = prepareJob(index.catalogue, query);
  return rankCandidates(index, job, top, opts.availableOnly).map(({ id, score }, k) => {
    const person = personAt(index, id);
    const fit = employerFit(job, person, index.adjacency)!;
    return {
      rank: k + 1,
      ref: person.ref,
      score: round(score),
      components: roundAll(fit.components),
      ...(k < explainUpTo ? { reasons: explainCandidate(index, job, person, fit.components) } : {})
    };
  });
}

/** Job → candidates for a job typed in (free-text skills and certificates are normalised here). */
export const matchJob = (index: MatchIndex, job: JobInput, opts?: MatchOptions): CandidateResult[] =>
  matchJobQuery(index, normalizeJob(index.catalogue, job), opts);

/** Job → candidates for a published job; null when the id is unknown. */
export function matchJobId(index: MatchIndex, jobId: string, opts?: MatchOptions): CandidateResult[] | null {
  const job = index.jobById.get(jobId);
  return job ? matchJobQuery(index, job.query, opts) : null;
}

/** Seeker → jobs for a person as the scorer sees them: both sides' fit combined. */
function matchPerson(index: MatchIndex, person: Person, opts: MatchOptions): JobResult[] {
  const top = opts.top ?? DEFAULT_TOP;
  const explainUpTo = opts.explain ?? top;
  const heap = new TopK(top);
  const fits: { e: NonNullable<ReturnType<typeof employerFit>>; s: ReturnType<typeof seekerFit> }[] = [];
  for (const [code, positions] of index.jobsByOccupation) {
    if (occupationProximity(code, person.occupation_code) === 0) continue;
    for (const j of positions) {
      const job = index.jobs[j];
      const e = employerFit(job, person, index.adjacency);
      if (!e) continue;
      const s = seekerFit(job, person);
      fits[j] = { e, s };
      heap.push(combinedFit(e.score, s.score), j, j);
    }
  }
  return heap.sorted().map(({ id, score }, k) => {
    const job = index.jobs[id];
    const { e, s } = fits[id];
    return {
      rank: k + 1,
      job_id: job.query.job_id!,
      score: round(score),
      components: roundAll({ ...e.components, ...s.components }),
      fit: { employer: round(e.score), seeker: round(s.score) },
      missing_skills: job.query.required_skills.filter((id) => !person.skills.has(id) && !person.inferredSkills.has(id)),
      ...(k < explainUpTo ? { reasons: explainJob(index, job, person, e.components, s.components) } : {})
    };
  });
}

/** Seeker → jobs from a normalised seeker (see normalizeSeeker). */
export const matchSeekerQuery = (index: MatchIndex, seeker: SeekerQuery, opts: MatchOptions = {}): JobResult[] =>
  matchPerson(index, personFromSeeker(index.catalogue, seeker), opts);

/** Seeker → jobs for someone describing themselves (nothing leaves the browser). */
export const matchSeeker = (index: MatchIndex, seeker: SeekerInput, opts?: MatchOptions): JobResult[] =>
  matchSeekerQuery(index, normalizeSeeker(index.catalogue, seeker), opts);

/** Seeker → jobs for a pool entry; null when the reference is unknown. */
export function matchSeekerRef(index: MatchIndex, ref: string, opts: MatchOptions = {}): JobResult[] | null {
  const row = index.rowOfRef.get(ref);
  return row === undefined ? null : matchPerson(index, personAt(index, row), opts);
}
