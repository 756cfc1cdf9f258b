/**
 * The honours roll, 2012–2025. Every recognised honour a registry person holds is on it under
 * their registry name, occupation, county and employer, with their person_id (an extra column:
 * the contract has none). Others on the roll are people outside the registry (retired masters,
 * teachers, people who never registered). Most names were officially announced; a 技能大师工作室
 * is named after its holder and is always announced.
 */
import { HONOURS as HONOUR_VALUES } from '../core/contract/career-enums';
import { COUNTIES, OCCUPATIONS, SURVEY_YEARS } from './catalogue';
import { compareText } from './compare';
import type { Cell } from './csv';
import type { EnterpriseUniverse } from './enterprises';
import { chineseName } from './people';
import { cumulative, drawIndex, type Random } from './random';
import type { School } from './schools';
import type { RegistryIndex } from './talent';

/** Registry titles (catalogue HONORS) as the roll writes them; 五一劳动奖章 are trade-union honours, not on it. */
const ROLL_TITLE: Readonly<Record<string, string>> = {
  中华技能大奖: '中华技能大奖',
  全国技术能手: '全国技术能手',
  云南省技术能手: '省技术能手',
  云岭首席技师: '首席技师',
  红河州首席技师: '首席技师',
  红河州技术能手: '州技术能手',
  技能大师工作室领办人: '技能大师工作室'
};

/** People outside the registry added to the roll per year at scale 1, and in which years. */
const OUTSIDE_PER_YEAR: readonly { honour: string; perYear: number; evenYearsOnly?: boolean; minLevel: number }[] = [
  { honour: '州技术能手', perYear: 6, minLevel: 4 },
  { honour: '省技术能手', perYear: 1.5, minLevel: 5 },
  { honour: '首席技师', perYear: 1.5, minLevel: 5 },
  { honour: '全国技术能手', perYear: 0.6, evenYearsOnly: true, minLevel: 6 },
  { honour: '政府特殊津贴', perYear: 0.8, evenYearsOnly: true, minLevel: 6 },
  { honour: '技能大师工作室', perYear: 0.8, minLevel: 6 },
  { honour: '中华技能大奖', perYear: 0.05, evenYearsOnly: true, minLevel: 8 }
];

const ANNOUNCED: Readonly<Record<string, number>> = {
  中华技能大奖: 1, 全国技术能手: 0.97, 政府特殊津贴: 0.97, 省技术能手: 0.95, 首席技师: 0.9, 州技术能手: 0.8, 技能大师工作室: 1
};

export const HONOUR_YEARS = { first: 2012, last: 2025 } as const;

export interface Studio {
  name: string;
  year: number;
  county: number;
  occupation: number;
  /** Registry index of the holder, −1 outside the registry. */
  person: number;
  unit: string;
}

export interface HonoursRoll {
  rows: Record<string, Cell>[];
  studios: readonly Studio[];
}

interface Entry {
  honour: string;
  year: number;
  name: string;
  occupation: number;
  unit: string;
  county: number;
  person: number;
}

export function generateHonours(rng: Random, index: RegistryIndex, universe: EnterpriseUniverse, schools: readonly School[], scale: number): HonoursRoll {
  const entries: Entry[] = [];
  for (const h of index.honours) {
    const honour = ROLL_TITLE[h.title];
    if (!honour) continue;
    const p = index.registry.person(h.person);
    const t = Math.max(0, Math.min(SURVEY_YEARS.length - 1, h.year - SURVEY_YEARS[0]));
    entries.push({ honour, year: h.year, name: p.name, occupation: p.occupation, unit: p.employers[t], county: p.county, person: h.person });
  }

  const outside = rng.fork('outside');
  const countyCum = cumulative(COUNTIES.map((c) => c.population2021));
  const occupationCum = cumulative(OCCUPATIONS.map((_, o) => index.byOccupation.get(o)?.length ?? 0));
  const addOutside = (honour: string, year: number, minLevel: number) => {
    let occupation = drawIndex(occupationCum, outside());
    for (let tries = 0; OCCUPATIONS[occupation].maxLevel < minLevel && tries < 50; tries++) occupation = drawIndex(occupationCum, outside());
    const county = drawIndex(countyCum, outside());
    const o = OCCUPATIONS[occupation];
    const school = schools.find((s) => s.county === county && s.majors.some((m) => m.occupation === occupation));
    const unit = school && outside.chance(0.5) ? school.name : (universe.pickInCounty(outside, county)?.name ?? `${COUNTIES[county].short}个体经营`);
    entries.push({ honour, year, name: chineseName(outside, outside.chance(o.male) ? 'M' : 'F'), occupation, unit, county, person: -1 });
  };
  for (let year = HONOUR_YEARS.first; year <= HONOUR_YEARS.last; year++) {
    for (const spec of OUTSIDE_PER_YEAR) {
      if (spec.evenYearsOnly && year % 2 === 1) continue;
      const n = outside.poisson(spec.perYear * scale * (spec.evenYearsOnly ? 2 : 1));
      for (let k = 0; k < n; k++) addOutside(spec.honour, year, spec.minLevel);
    }
  }
  // Every title of the roll appears at least once, whatever the scale.
  for (const spec of OUTSIDE_PER_YEAR) {
    if (!entries.some((e) => e.honour === spec.honour)) addOutside(spec.honour, 2018, spec.minLevel);
  }

  const usedStudios = new Set<string>();
  const studios: Studio[] = [];
  const announce = rng.fork('announced');
  const rank = new Map(HONOUR_VALUES.map((v, i) => [v.code, i]));
  entries.sort((a, b) => a.year - b.year || rank.get(a.honour)! - rank.get(b.honour)! || a.county - b.county || compareText(a.name, b.name) || a.person - b.person);
  const rows = entries.map((e) => {
    let studio: string | null = null;
    if (e.honour === '技能大师工作室') {
      studio = `${e.name}技能大师工作室`;
      if (usedStudios.has(studio)) studio = `${COUNTIES[e.county].short}${e.name}技能大师工作室`;
      for (let k = 2; usedStudios.has(studio); k++) studio = `${COUNTIES[e.county].short}${e.name}技能大师工作室（${k}）`;
      usedStudios.add(studio);
      studios.push({ name: studio, year: e.year, county: e.county, occupation: e.occupation, person: e.person, unit: e.unit });
    }
    return {
      honour: e.honour,
      year: e.year,
      name: e.name,
      occupation_code: OCCUPATIONS[e.occupation].code,
      unit: e.unit,
      region_code: COUNTIES[e.county].code,
      announced: studio != null || announce.chance(ANNOUNCED[e.honour]),
      studio,
      person_id: e.person >= 0 ? index.registry.personId(e.person) : null
    };
  });
  return { rows, studios };
}
