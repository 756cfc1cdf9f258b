/**
 * The parsed source folder and the lookups every later stage needs (codes that exist,
 * vocabularies), built once.
 */
import { publisherVocabularies, type Vocabulary } from '../core/vocabulary';
import type { CellValue } from './parse-cell';
import type { ParsedTable } from './parse-table';

export type Sources = Partial<Record<string, ParsedTable>>;

export interface Lookups {
  prefecture: { code: string; name: string } | null;
  regions: Map<string, { name: string; kind: string; parent: string }>;
  counties: Set<string>;
  occupations: Map<string, { name: string; maxLevel: number | null }>;
  groups: Map<string, string>;
  skills: Vocabulary;
  certificates: Vocabulary;
  /** 细类 → certificates required by law to work in it (特种作业 and 准入类). */
  mandatoryCertificates: Map<string, string[]>;
  competitions: Set<string>;
  persons: Set<string> | null;
}

export const col = <T extends CellValue>(t: ParsedTable, name: string): T[] => t.columns[name] as T[];

export function buildLookups(src: Sources): Lookups {
  const regions = new Map<string, { name: string; kind: string; parent: string }>();
  let prefecture: Lookups['prefecture'] = null;
  if (src.regions) {
    const t = src.regions;
    for (let i = 0; i < t.length; i++) {
      const code = col<string>(t, 'code')[i];
      const kind = col<string>(t, 'kind')[i];
      if (code == null) continue;
      regions.set(code, { name: col<string>(t, 'name')[i], kind, parent: col<string>(t, 'parent_code')[i] });
      if (kind === 'prefecture' && !prefecture) prefecture = { code, name: col<string>(t, 'name')[i] };
    }
  }
  const counties = new Set([...regions].filter(([, r]) => r.kind === 'county').map(([c]) => c));

  const groups = new Map<string, string>();
  if (src.occupation_groups) {
    const t = src.occupation_groups;
    for (let i = 0; i < t.length; i++) {
      const code = col<string>(t, 'code')[i];
      if (code != null) groups.set(code, col<string>(t, 'name')[i]);
    }
  }
  const occupations = new Map<string, { name: string; maxLevel: number | null }>();
  if (src.occupations) {
    const t = src.occupations;
    for (let i = 0; i < t.length; i++) {
      const code = col<string>(t, 'code')[i];
      if (code != null) occupations.set(code, { name: col<string>(t, 'name')[i], maxLevel: col<number>(t, 'max_level')[i] });
    }
  }

  const skillTerms = [];
  if (src.skills) {
    const t = src.skills;
    for (let i = 0; i < t.length; i++)
      skillTerms.push({ id: col<string>(t, 'skill_id')[i], name: col<string>(t, 'name')[i], synonyms: col<string[]>(t, 'synonyms')[i], occupations: col<string[]>(t, 'occupation_codes')[i] });
  }
  const certTerms = [];
  const mandatoryCertificates = new Map<string, string[]>();
  if (src.certificates) {
    const t = src.certificates;
    for (let i = 0; i < t.length; i++) {
      const id = col<string>(t, 'cert_id')[i];
      certTerms.push({ id, name: col<string>(t, 'name')[i], synonyms: col<string[]>(t, 'aliases')[i] });
      for (const occ of col<string[]>(t, 'mandatory_for')[i]) {
        mandatoryCertificates.set(occ, [...(mandatoryCertificates.get(occ) ?? []), id]);
      }
    }
  }
  const competitions = new Set(src.competitions ? col<string>(src.competitions, 'competition_id') : []);
  const persons = src.talent ? new Set(col<string>(src.talent, 'person_id')) : null;
  const vocabularies = publisherVocabularies(skillTerms.filter((x) => x.id), certTerms.filter((x) => x.id));
  return {
    prefecture,
    regions,
    counties,
    occupations,
    groups,
    skills: vocabularies.skills,
    certificates: vocabularies.certificates,
    mandatoryCertificates,
    competitions,
    persons
  };
}

/** An occupation code at any level of the hierarchy, or null for one not in the sources. */
export function occupationName(l: Lookups, code: string): string | null {
  return l.occupations.get(code)?.name ?? l.groups.get(code) ?? null;
}
