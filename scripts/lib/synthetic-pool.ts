/**
 * Deterministic synthetic talent-pool rows in the published shape, for the speed bench and the
 * scorer-equivalence tests: occupations, skills and certificates are drawn from the given
 * reference tables so jobs find realistic candidate blocks.
 */
import { EXPERIENCE_BANDS, salaryBand } from '../../src/lib/core/bands';
import type { CertificateRow, JobRow, PoolRow } from '../../src/lib/core/match/types';

/** mulberry32: small, fast, good enough for fixtures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCatalogue {
  occupations: readonly string[];
  counties: readonly string[];
  skills: readonly { skill_id: string; occupation_codes?: readonly string[] | null }[];
  certificates: readonly CertificateRow[];
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function skillsByOccupation(cat: SyntheticCatalogue): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const s of cat.skills) for (const o of s.occupation_codes ?? []) m.set(o, [...(m.get(o) ?? []), s.skill_id]);
  return m;
}

const LEVEL_WEIGHTS = [0.04, 0.06, 0.2, 0.27, 0.24, 0.12, 0.05, 0.01, 0.01];

function level(r: () => number): number {
  let x = r();
  for (let l = 0; l < LEVEL_WEIGHTS.length; l++) if ((x -= LEVEL_WEIGHTS[l]) < 0) return l;
  return 3;
}

export function syntheticPool(cat: SyntheticCatalogue, n: number, seed = 1): PoolRow[] {
  const r = rng(seed);
  const own = skillsByOccupation(cat);
  const allSkills = cat.skills.map((s) => s.skill_id);
  const mandatory = (occ: string) => cat.certificates.filter((c) => c.mandatory_for?.includes(occ)).map((c) => c.cert_id);
  const levelCerts = cat.certificates.filter((c) => c.kind === 'skill_level').map((c) => c.cert_id);
  const out: PoolRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const occ = pick(r, cat.occupations);
    const lv = level(r);
    const mine = own.get(occ) ?? allSkills;
    const skills = new Set<string>();
    const k = 1 + Math.floor(r() * Math.min(5, mine.length));
    while (skills.size < k) skills.add(pick(r, mine));
    if (r() < 0.15) skills.add(pick(r, allSkills));
    const certs = mandatory(occ).filter(() => r() < 0.85);
    if (lv >= 2 && r() < 0.6 && levelCerts.length) certs.push(levelCerts[Math.min(lv - 2, levelCerts.length - 1)]);
    const salary = salaryBand(2500 + lv * 900 + r() * 5000);
    out[i] = {
      ref: `S${String(i).padStart(8, '0')}`,
      occupation_code: occ,
      skill_level: lv,
      region_code: pick(r, cat.counties),
      skills: [...skills],
      certificates: certs,
      honors: r() < 0.02 ? ['红河州技术能手'] : [],
      competition_awards: r() < 0.05 ? [`2024:${pick(r, ['county', 'prefecture', 'provincial'])}:${pick(r, ['first', 'second', 'third', 'excellence'])}`] : [],
      experience_band: pick(r, EXPERIENCE_BANDS).id,
      availability: pick(r, ['available', 'open', 'unavailable']),
      willing_to_relocate: r() < 0.1 ? null : r() < 0.4,
      expected_salary_min: salary?.min ?? null,
      expected_salary_max: salary?.max ?? null
    };
  }
  return out;
}

/** Jobs drawn like the pool: an occupation's own skills, its mandatory certificates, a pay range. */
export function syntheticJobs(cat: SyntheticCatalogue, n: number, seed = 2): JobRow[] {
  const r = rng(seed);
  const own = skillsByOccupation(cat);
  const out: JobRow[] = [];
  for (let i = 0; i < n; i++) {
    const occ = pick(r, cat.occupations);
    const mine = own.get(occ) ?? cat.skills.map((s) => s.skill_id);
    const req = [...new Set([pick(r, mine), pick(r, mine)])];
    const pref = [pick(r, mine)].filter((s) => !req.includes(s));
    const lv = 2 + Math.floor(r() * 4);
    const lo = Math.round((3000 + lv * 800 + r() * 2000) / 100) * 100;
    out.push({
      job_id: `SJ${String(i).padStart(5, '0')}`,
      region_code: pick(r, cat.counties),
      occupation_code: occ,
      min_level: lv,
      required_skills: req,
      preferred_skills: pref,
      required_certificates: cat.certificates.filter((c) => c.mandatory_for?.includes(occ)).map((c) => c.cert_id),
      salary_min: lo,
      salary_max: lo + 1000 + Math.round(r() * 30) * 100
    });
  }
  return out;
}
