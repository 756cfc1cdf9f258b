/**
 * Rows of the reference tables, straight from the catalogue: occupation_groups, occupations,
 * regions, region_stats, skills, certificates.
 */
import {
  CERTIFICATES,
  COUNTIES,
  OCCUPATIONS,
  OCCUPATION_GROUPS,
  PREFECTURE,
  SKILLS,
  SURVEY_YEARS
} from './catalogue';
import type { Cell } from './csv';

type Row = Record<string, Cell>;

export const occupationGroupRows = (): Row[] => OCCUPATION_GROUPS.map((g) => ({ code: g.code, name: g.name }));

export const occupationRows = (): Row[] =>
  OCCUPATIONS.map((o) => ({ code: o.code, name: o.name, aliases: o.aliases, marks: o.marks ?? null, max_level: o.maxLevel }));

export const regionRows = (): Row[] => [
  { code: PREFECTURE.code, name: PREFECTURE.name, parent_code: PREFECTURE.parent, kind: 'prefecture' },
  ...COUNTIES.map((c) => ({ code: c.code, name: c.name, parent_code: PREFECTURE.code, kind: 'county' }))
];

/** Residents and employed per county and year (slight drift), and the prefecture as their sum. */
export function regionStatRows(): Row[] {
  const rows: Row[] = [];
  for (const year of SURVEY_YEARS) {
    const t = year - SURVEY_YEARS[0];
    let population = 0;
    let employed = 0;
    const counties = COUNTIES.map((c) => {
      const p = Math.round((c.population2021 * Math.pow(1 + c.growth, t)) / 100) * 100;
      const e = Math.round((p * (c.employedRate + 0.002 * t)) / 100) * 100;
      population += p;
      employed += e;
      return { region_code: c.code, year, population: p, employed: e };
    });
    rows.push({ region_code: PREFECTURE.code, year, population, employed }, ...counties);
  }
  return rows;
}

export const skillRows = (): Row[] =>
  SKILLS.map((s) => ({ skill_id: s.id, name: s.name, synonyms: s.synonyms, occupation_codes: s.occupations }));

export const certificateRows = (): Row[] =>
  CERTIFICATES.map((c) => ({ cert_id: c.id, name: c.name, kind: c.kind, mandatory_for: c.mandatoryFor, aliases: c.aliases }));
