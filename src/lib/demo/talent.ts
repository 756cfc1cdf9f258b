/**
 * The skilled-talent registry (人才库) as five yearly snapshots 2021–2025 of a growing population.
 * A person is a pure function of (seed, index), so competitions can look people up again; the
 * writer makes one pass and streams each year's rows to its own part file, then joins them.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import {
  COUNTIES,
  HONORS,
  MANDATORY_CERTIFICATES,
  OCCUPATIONS,
  OPTIONAL_CERTIFICATES,
  SKILLS_BY_OCCUPATION,
  SKILL_LEVEL_CERTIFICATE,
  CERTIFICATES,
  SURVEY_YEARS,
  type DemoCertificate
} from './catalogue';
import { CsvFileWriter } from './csv';
import { enterpriseName, type EnterpriseUniverse } from './enterprises';
import { certificateStyle, certificateText, skillTexts } from './free-text';
import { chineseName, dayOfYear, idNumber, isoDate, mobileNumber } from './people';
import { cumulative, drawIndex, hashSeed, type Random } from './random';
import { monthlyWage, wageFloor, wageMedian } from './wages';

export const REGISTRY_AT_SCALE_1 = 100_000;
/** The registry grows about 6 % a year. */
const YEARLY_GROWTH = 1.06;
const YEARS = SURVEY_YEARS;
const LAST = YEARS[YEARS.length - 1];

export interface Person {
  index: number;
  personId: string;
  name: string;
  gender: 'M' | 'F';
  birthYear: number;
  idNumber: string;
  phone: string;
  county: number;
  occupation: number;
  industry: string;
  /** Index of the current employer in the enterprise universe; −1 for the self-employed. */
  employerIndex: number;
  entryYear: number;
  /** Level per snapshot year (index year − 2021); 0 before entry. */
  levels: number[];
  experience2025: number;
  employers: string[];
  certificates: string[][];
  skills: string[];
  honors: { title: string; year: number }[];
  achievements: string;
  availability: string[];
  willingToRelocate: boolean;
  expectedSalary: number[];
  consentYear: number;
  updatedAt: string[];
}

const HIGH_LEVELS = [4, 5, 6, 7, 8];
const HIGH_WEIGHTS = [0.62, 0.26, 0.1, 0.013, 0.007];
const LOW_LEVELS = [1, 2, 3];
const LOW_WEIGHTS = [0.06, 0.44, 0.5];
/** Chance that someone at a level reached it during the past year (drives the rising share). */
const PROMOTED_INTO = [0, 0, 0.1, 0.1, 0.075, 0.06, 0.05, 0.04, 0.04];
const MIN_EXPERIENCE = [0, 0, 1, 3, 6, 10, 14, 18, 20];
const AVAILABILITY = ['available', 'open', 'unavailable'];
const AVAILABILITY_WEIGHTS = [0.25, 0.45, 0.3];

/**
 * How registries write availability and relocation: each office in its own words. The state drawn
 * above is refined and worded from a hash of the person and year (not the main random stream, so
 * every other figure of the demo stays as it was); about 1 in 400 is wording no scale knows.
 */
const READY_SOON = ['available', 'within_1w', 'within_2w', 'within_1m', 'within_3m', 'negotiable'];
const AVAILABILITY_WORDING: Readonly<Record<string, readonly string[]>> = {
  available: ['随时到岗', '随时到岗', 'available', '离职-随时到岗', '立即到岗', '随时'],
  within_1w: ['一周内到岗', '1周内到岗', '7天内到岗'],
  within_2w: ['两周内到岗', '半个月内到岗', '2周内到岗'],
  within_1m: ['一个月内到岗', '1个月内到岗', '月内到岗', '在职-月内到岗'],
  within_3m: ['三个月内到岗', '3个月内到岗', '两个月内到岗'],
  negotiable: ['到岗时间另议', '面议'],
  open: ['在职看机会', '在职看机会', 'open', '在职-考虑机会', '在职，看机会', '考虑机会'],
  unavailable: ['暂不考虑', '暂不考虑', 'unavailable', '在职-暂不考虑', '暂不求职']
};
const UNKNOWN_AVAILABILITY = ['待沟通', '看待遇', '视情况而定'];
const RELOCATE_WORDING: Readonly<Record<string, readonly string[]>> = {
  true: ['true', '是', '是', '愿意', '可以', '接受'],
  false: ['false', '否', '否', '不愿意', '不接受', '仅限本地']
};

const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  return (Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12)) >>> 0;
};
const wordOf = (words: readonly string[], h: number): string => words[h % words.length];

export function availabilityWording(state: string, person: number, year: number): string {
  const h = mix(person, year);
  if (h % 400 === 0) return wordOf(UNKNOWN_AVAILABILITY, h >>> 9);
  const code = state === 'available' ? READY_SOON[(h >>> 3) % READY_SOON.length] : state;
  return wordOf(AVAILABILITY_WORDING[code], h >>> 6);
}

export const relocationWording = (willing: boolean, person: number): string => wordOf(RELOCATE_WORDING[String(willing)], mix(person, 7));

const INDEPENDENT_INDUSTRIES = ['A', 'O', 'H', 'E', 'F'];
const INDEPENDENT_WEIGHTS = [0.5, 0.15, 0.15, 0.1, 0.1];

const ACHIEVEMENT_PARTS: readonly ((rng: Random, short: string) => string)[] = [
  (r) => `主持技术攻关项目${r.int(1, 6)}项，解决${r.pick(['设备故障频发', '产品合格率偏低', '能耗偏高', '关键工序返工率高', '回收率不稳定'])}问题`,
  (r) => `获国家实用新型专利${r.int(1, 4)}项`,
  (r) => `带徒${r.int(3, 30)}名，其中${r.int(1, 3)}人取得高级工及以上证书`,
  (r) => `参与${r.pick(['生产线技术改造', '节能降耗改造', '智能化改造', '新产品试制'])}，年节约成本约${r.int(5, 120)}万元`,
  (r) => `提出合理化建议${r.int(2, 25)}条，被采纳${r.int(1, 10)}条`,
  (_, short) => `被评为"${short}工匠"`,
  (r) => `编写岗位操作规程和培训教材${r.int(1, 5)}部`
];

const PID_FACTOR = 7_654_321;
const PID_MODULUS = 100_000_000;

/** a × b mod m without leaving the safe-integer range (a, b, m < 2^27). */
function mulMod(a: number, b: number, m: number): number {
  const high = Math.floor(b / 16_384);
  const low = b % 16_384;
  return (((a * high) % m) * 16_384 + a * low) % m;
}

/** PID_FACTOR⁻¹ mod PID_MODULUS (extended Euclid), so ids map back to indexes. */
const PID_INVERSE = (() => {
  let [r0, r1, s0, s1] = [PID_MODULUS, PID_FACTOR, 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % PID_MODULUS) + PID_MODULUS) % PID_MODULUS;
})();

export class TalentRegistry {
  readonly size: number;
  private readonly entryBounds: number[];
  private readonly countyCum: Float64Array;
  private readonly pidOffset: number;

  constructor(
    private readonly rng: Random,
    private readonly universe: EnterpriseUniverse,
    scale: number,
    seed: number
  ) {
    this.size = Math.max(20, Math.round(REGISTRY_AT_SCALE_1 * scale));
    this.entryBounds = YEARS.map((y) => Math.round(this.size / Math.pow(YEARLY_GROWTH, LAST - y)));
    this.countyCum = cumulative(COUNTIES.map((c) => c.population2021 * c.employedRate * c.registry));
    this.pidOffset = hashSeed(seed, 'person_id') % 100_000_000;
  }

  /** Registry size in each snapshot year. */
  sizeIn(year: number): number {
    return this.entryBounds[year - YEARS[0]];
  }

  entryYearOf(index: number): number {
    return YEARS[this.entryBounds.findIndex((bound) => index < bound)];
  }

  /** Person ids are a fixed permutation of the index: unique, not sorted. */
  personId(index: number): string {
    return 'P' + String((index * PID_FACTOR + this.pidOffset) % PID_MODULUS).padStart(8, '0');
  }

  /** The index behind a person id; undefined when it is no registry id. */
  indexOf(personId: string): number | undefined {
    if (!/^P\d{8}$/.test(personId)) return undefined;
    const shifted = (Number(personId.slice(1)) - this.pidOffset + PID_MODULUS) % PID_MODULUS;
    const index = mulMod(shifted, PID_INVERSE, PID_MODULUS);
    return index < this.size ? index : undefined;
  }

  person(index: number): Person {
    const rng = this.rng.fork('person', index);
    const entryYear = this.entryYearOf(index);
    const county = drawIndex(this.countyCum, rng());
    const employer = rng.chance(0.85) ? this.universe.pickInCounty(rng, county) : null;
    let industry: string;
    let occupation: number;
    let employerName: string;
    if (employer) {
      industry = employer.industry;
      occupation = employer.occupations[drawIndex(employer.occupationCum, rng())];
      employerName = employer.name;
    } else {
      industry = rng.weightedPick(INDEPENDENT_INDUSTRIES, INDEPENDENT_WEIGHTS);
      const weights = OCCUPATIONS.map((o) => o.industries[industry] ?? 0);
      occupation = drawIndex(cumulative(weights), rng());
      employerName = rng.chance(0.3) ? '个体经营' : enterpriseName(rng, county, industry, occupation, false);
    }
    const o = OCCUPATIONS[occupation];
    const gender: 'M' | 'F' = rng.chance(o.male) ? 'M' : 'F';
    const name = chineseName(rng, gender);

    const topLevel = Math.min(o.maxLevel, employer?.large ? 8 : 6);
    let level = rng.chance(COUNTIES[county].highSkill)
      ? rng.weightedPick(HIGH_LEVELS, HIGH_WEIGHTS)
      : rng.weightedPick(LOW_LEVELS, LOW_WEIGHTS);
    level = Math.min(level, topLevel);
    const levels = new Array<number>(YEARS.length).fill(0);
    for (let t = YEARS.length - 1; t >= 0; t--) {
      if (YEARS[t] < entryYear) break;
      levels[t] = level;
      if (level > 1 && rng.chance(PROMOTED_INTO[level])) level--;
    }
    const finalLevel = levels[YEARS.length - 1];

    let experience2025 = MIN_EXPERIENCE[finalLevel] + Math.floor(-6 * Math.log(1 - rng()));
    const startAge = rng.int(17, 24);
    experience2025 = Math.min(experience2025, 40, 60 - startAge);
    const birthYear = LAST - experience2025 - startAge;
    const birth = dayOfYear(rng, birthYear);
    const idNo = idNumber(COUNTIES[county].code, birth, rng.int(0, 999), gender);

    // A minority changed employer during the period; earlier snapshots show the former one.
    const employers = YEARS.map(() => employerName);
    if (employer && rng.chance(0.15)) {
      const changedIn = rng.int(2022, 2025);
      const former = this.universe.pickEmployer(rng, county, industry);
      if (former && former !== employer) for (let t = 0; YEARS[t] < changedIn; t++) employers[t] = former.name;
    }

    const fixedCerts: string[] = [];
    for (const c of MANDATORY_CERTIFICATES.get(o.code) ?? []) {
      if (rng.chance(c.kind === 'special_operation' ? 0.85 : 0.9)) fixedCerts.push(certificateText(rng, c, certificateStyle(rng)));
    }
    for (const id of OPTIONAL_CERTIFICATES[o.code] ?? []) {
      const c = CERTIFICATES.find((x) => x.id === id) as DemoCertificate;
      if (rng.chance(0.25)) fixedCerts.push(certificateText(rng, c, certificateStyle(rng)));
    }
    const holdsLevelCert = rng.chance(0.7);
    const levelCertStyle = certificateStyle(rng);
    const certificates = levels.map((l) => {
      const levelCert = SKILL_LEVEL_CERTIFICATE.get(l);
      return holdsLevelCert && levelCert ? [...fixedCerts, certificateText(rng, levelCert, levelCertStyle)] : fixedCerts;
    });

    const skillPool = SKILLS_BY_OCCUPATION.get(o.code) ?? [];
    const skills = skillTexts(rng, skillPool, 1 + Math.floor(finalLevel / 2) + rng.int(0, 1));

    const honors: { title: string; year: number }[] = [];
    for (const h of HONORS) {
      if (finalLevel >= h.minLevel && rng.chance(h.chance * (1 + finalLevel - h.minLevel))) {
        honors.push({ title: h.title, year: rng.int(2012, 2025) });
      }
    }
    const achievementChance = [0, 0.02, 0.03, 0.1, 0.35, 0.6, 0.8, 0.9, 0.95][finalLevel];
    let achievements = '';
    if (rng.chance(achievementChance)) {
      const parts = rng.shuffle([...ACHIEVEMENT_PARTS]).slice(0, rng.int(1, 3));
      achievements = parts.map((p) => p(rng, COUNTIES[county].short)).join(rng.chance(0.05) ? '\n' : '；');
    }

    const availability: string[] = [];
    let current = rng.weightedPick(AVAILABILITY, AVAILABILITY_WEIGHTS);
    for (let t = 0; t < YEARS.length; t++) {
      if (rng.chance(0.35)) current = rng.weightedPick(AVAILABILITY, AVAILABILITY_WEIGHTS);
      availability.push(current);
    }
    const taste = rng.logNormal(0.08, 0.12);
    const expectedSalary = YEARS.map((y, t) =>
      levels[t] ? monthlyWage(Math.max(wageFloor(y) * 1.1, wageMedian(o, levels[t], county, industry, y) * taste * rng.logNormal(0, 0.05))) : 0
    );
    // Most who consent do so when they register; the rest later, so the public pool grows.
    const consentYear = rng.chance(0.4) ? (rng.chance(0.6) ? entryYear : rng.int(entryYear, LAST)) : Infinity;
    const updatedAt = YEARS.map((y) => isoDate(dayOfYear(rng, y)));

    return {
      index,
      personId: this.personId(index),
      name,
      gender,
      birthYear,
      idNumber: idNo,
      phone: mobileNumber(rng),
      county,
      occupation,
      industry,
      employerIndex: employer ? employer.index : -1,
      entryYear,
      levels,
      experience2025,
      employers,
      certificates,
      skills,
      honors,
      achievements,
      availability,
      willingToRelocate: rng.chance(0.3),
      expectedSalary,
      consentYear,
      updatedAt
    };
  }

  /** The person's row in a snapshot year, or null before they entered the registry. */
  row(p: Person, year: number, idNumber = p.idNumber): Record<string, string | number | boolean | string[] | null> | null {
    const t = year - YEARS[0];
    if (year < p.entryYear) return null;
    return {
      person_id: p.personId,
      year,
      name: p.name,
      id_number: idNumber,
      phone: p.phone,
      gender: p.gender,
      birth_year: p.birthYear,
      region_code: COUNTIES[p.county].code,
      occupation_code: OCCUPATIONS[p.occupation].code,
      skill_level: p.levels[t],
      certificates: p.certificates[t],
      skills: p.skills,
      years_experience: Math.max(0, p.experience2025 - (LAST - year)),
      employer: p.employers[t],
      industry: p.industry,
      honors: p.honors.filter((h) => h.year <= year).map((h) => h.title),
      achievements: p.achievements,
      availability: availabilityWording(p.availability[t], p.index, year),
      willing_to_relocate: relocationWording(p.willingToRelocate, p.index),
      expected_salary: p.expectedSalary[t],
      consent_public: year >= p.consentYear,
      updated_at: p.updatedAt[t]
    };
  }
}

/** What other tables need to link records to registry people without regenerating everyone. */
export interface RegistryIndex {
  registry: TalentRegistry;
  county: Uint8Array;
  occupation: Uint16Array;
  entryYear: Uint16Array;
  /** levels[i × 5 + (year − 2021)] */
  levels: Uint8Array;
  /** Enterprise index of the current employer, −1 for the self-employed. */
  employer: Int32Array;
  byOccupation: ReadonlyMap<number, Int32Array>;
  /** Every honour someone in the registry holds, in person order. */
  honours: readonly { person: number; title: string; year: number }[];
  /** Every ID number in the registry, so people outside it never share one. */
  idNumbers: ReadonlySet<string>;
}

/**
 * Writes talent.csv (all snapshots, year by year) in one pass over the people, with a part file
 * per year joined at the end. ID numbers that collide get the next free sequence number.
 */
export async function writeTalent(registry: TalentRegistry, dir: string): Promise<{ rows: number; index: RegistryIndex }> {
  const n = registry.size;
  const index: RegistryIndex = {
    registry,
    county: new Uint8Array(n),
    occupation: new Uint16Array(n),
    entryYear: new Uint16Array(n),
    levels: new Uint8Array(n * YEARS.length),
    employer: new Int32Array(n),
    byOccupation: new Map(),
    honours: [],
    idNumbers: new Set()
  };
  const honours: { person: number; title: string; year: number }[] = [];
  const parts = YEARS.map((y, t) => new CsvFileWriter(dir, 'talent', `talent.csv.${y}.part`, t === 0));
  const seenIds = index.idNumbers as Set<string>;
  for (let i = 0; i < n; i++) {
    const p = registry.person(i);
    let id = p.idNumber;
    for (let bump = 2; seenIds.has(id); bump += 2) id = idNumber(id.slice(0, 6), parseBirth(id), Number(id.slice(14, 17)) + bump, p.gender);
    seenIds.add(id);
    index.county[i] = p.county;
    index.occupation[i] = p.occupation;
    index.entryYear[i] = p.entryYear;
    index.employer[i] = p.employerIndex;
    for (const h of p.honors) honours.push({ person: i, title: h.title, year: h.year });
    for (let t = 0; t < YEARS.length; t++) {
      index.levels[i * YEARS.length + t] = p.levels[t];
      const row = registry.row(p, YEARS[t], id);
      if (row && parts[t].addRecord(row)) await parts[t].flush();
    }
  }
  for (const part of parts) await part.close();

  const target = join(dir, 'talent.csv');
  const out = createWriteStream(target);
  let failed: Error | null = null;
  out.on('error', (e) => (failed = e));
  for (const part of parts) {
    for await (const chunk of createReadStream(part.path)) {
      if (failed) throw failed;
      if (!out.write(chunk)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  await Promise.all(parts.map((part) => rm(part.path)));

  const lists = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const list = lists.get(index.occupation[i]) ?? [];
    list.push(i);
    lists.set(index.occupation[i], list);
  }
  index.byOccupation = new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]));
  index.honours = honours;
  return { rows: parts.reduce((a, p) => a + p.rows, 0), index };
}

function parseBirth(id: string): { year: number; month: number; day: number } {
  return { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
}
