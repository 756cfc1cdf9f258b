/**
 * The reference tables the matcher needs, prepared once at load: skill and certificate
 * vocabularies (the normaliser of core/terms: the bureau's words, the thesaurus, typos), which certificates
 * are legal preconditions for which occupation, the skill-level certificate ladder, and names.
 */
import { toHalfWidth } from '../normalize';
import { parseSkillLevel } from '../skill-levels';
import { certificateVocabulary, skillVocabulary, type PinyinReader, type Vocabulary } from '../terms';
import type { CertificateRow, MatchData, OccupationRow } from './types';
import { GATES } from './weights';

export interface Catalogue {
  skills: Vocabulary;
  certificates: Vocabulary;
  /** Canonical id → dense index (bit position in the columnar sets). */
  skillIndex: ReadonlyMap<string, number>;
  certIndex: ReadonlyMap<string, number>;
  skillIds: readonly string[];
  certIds: readonly string[];
  certKind: ReadonlyMap<string, string>;
  /** Skill-level certificates (职业技能等级证书) → the level they attest. */
  certLevel: ReadonlyMap<string, number>;
  /** Occupation → legally mandatory certificates (GATES.mandatoryCertificateKinds only). */
  mandatoryFor: ReadonlyMap<string, readonly string[]>;
  occupationNames: ReadonlyMap<string, string>;
  regionNames: ReadonlyMap<string, string>;
}

/** The level a skill-level certificate attests, read from its name or aliases (…(三级/高级工), 特级技师证书). */
export function certificateLevel(c: CertificateRow): number | null {
  if (c.kind !== 'skill_level') return null;
  for (const raw of [c.name, ...(c.aliases ?? [])]) {
    const s = toHalfWidth(raw).replace(/\s+/g, '');
    const inner = /\(([^)]*)\)/.exec(s)?.[1];
    const tries = [inner, ...(inner?.split('/') ?? []), s.replace(/\(.*\)/, '').replace(/(证书|证)$/, '')];
    for (const t of tries) {
      const level = t ? parseSkillLevel(t) : null;
      if (level !== null) return level;
    }
  }
  return null;
}

const nameMap = (rows: readonly OccupationRow[]) => new Map(rows.map((r) => [r.code, r.name]));

/** `pinyin` lets typed terms be read through same-pinyin typos (see core/terms); it can also be given later. */
export function buildCatalogue(data: Pick<MatchData, 'skills' | 'certificates' | 'occupations' | 'occupationGroups' | 'regions'>, pinyin: PinyinReader | null = null): Catalogue {
  const skills = skillVocabulary(
    data.skills.map((s) => ({ id: s.skill_id, name: s.name, synonyms: s.synonyms ?? [], occupations: s.occupation_codes ?? [] })),
    pinyin
  );
  const certificates = certificateVocabulary(data.certificates.map((c) => ({ id: c.cert_id, name: c.name, synonyms: c.aliases ?? [] })));
  const skillIds = data.skills.map((s) => s.skill_id);
  const certIds = data.certificates.map((c) => c.cert_id);
  const certKind = new Map(data.certificates.map((c) => [c.cert_id, c.kind]));
  const certLevel = new Map<string, number>();
  const mandatoryFor = new Map<string, string[]>();
  for (const c of data.certificates) {
    const level = certificateLevel(c);
    if (level !== null) certLevel.set(c.cert_id, level);
    if (!GATES.mandatoryCertificateKinds.includes(c.kind)) continue;
    for (const occ of c.mandatory_for ?? []) mandatoryFor.set(occ, [...(mandatoryFor.get(occ) ?? []), c.cert_id]);
  }
  return {
    skills,
    certificates,
    skillIndex: new Map(skillIds.map((id, i) => [id, i])),
    certIndex: new Map(certIds.map((id, i) => [id, i])),
    skillIds,
    certIds,
    certKind,
    certLevel,
    mandatoryFor,
    occupationNames: new Map([...nameMap(data.occupationGroups ?? []), ...nameMap(data.occupations)]),
    regionNames: new Map(data.regions.map((r) => [r.code, r.name]))
  };
}

/**
 * Certificates a person counts as holding: those listed, plus every lower rung of the skill-level
 * ladder (a 技师 certificate satisfies a job asking for the 高级工 one).
 */
export function heldCertificates(cat: Catalogue, ids: readonly string[]): string[] {
  const out = new Set(ids);
  let top = -1;
  for (const id of ids) top = Math.max(top, cat.certLevel.get(id) ?? -1);
  if (top >= 0) for (const [id, level] of cat.certLevel) if (level <= top) out.add(id);
  return [...out];
}

/** The job's certificates split into legal preconditions (gated) and the rest (scored). */
export function jobCertificates(cat: Catalogue, occupationCode: string, required: readonly string[]): { gated: string[]; scored: string[] } {
  const gated = new Set(cat.mandatoryFor.get(occupationCode) ?? []);
  const scored: string[] = [];
  for (const id of required) {
    if (GATES.mandatoryCertificateKinds.includes(cat.certKind.get(id) ?? '')) gated.add(id);
    else scored.push(id);
  }
  return { gated: [...gated].sort(), scored: [...new Set(scored)].sort() };
}
