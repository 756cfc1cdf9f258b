/**
 * THE one place for the matcher's gates, weights, caps and curves. docs/matching.md explains each
 * value. They were first set before any evaluation set existed; the weights, the location and the
 * salary curves were then adjusted on the tuning part of the registry set only
 * (tests/match-eval/registry/), never on its held-out part nor on the development set.
 * Every component is a number in [0, 1]; a score is Σ weight × component.
 */

/** Components of how well a person fits a job, from the employer's side. */
export const COMPONENT_KEYS = [
  'occupation',
  'level',
  'required_skills',
  'preferred_skills',
  'certificates',
  'location',
  'salary',
  'experience',
  'merit'
] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/**
 * Weights of the employer-side components; they sum to 1. A shortfall a recruiter counts against a
 * person (a level short, a required skill or certificate missing, a county out of reach, pay above
 * the range) costs about 0.1; what only orders people who fit equally (preferred skills,
 * experience, honours) weighs 0.07 in all, so it cannot outweigh a shortfall.
 */
export const WEIGHTS: Readonly<Record<ComponentKey, number>> = {
  occupation: 0.2,
  level: 0.19,
  required_skills: 0.24,
  preferred_skills: 0.03,
  certificates: 0.08,
  location: 0.12,
  salary: 0.1,
  experience: 0.02,
  merit: 0.02
};

/** Chinese names of the components, for score bars and tables. */
export const COMPONENT_LABELS: Readonly<Record<ComponentKey | SeekerComponentKey, string>> = {
  occupation: '职业相近',
  level: '技能等级',
  required_skills: '必备技能',
  preferred_skills: '优先技能',
  certificates: '证书',
  location: '地点',
  salary: '薪资匹配',
  experience: '从业经验',
  merit: '荣誉与竞赛',
  seeker_pay: '岗位薪资（求职者）',
  seeker_level: '等级适配（求职者）'
};

/** Hard gates: a person outside any of them is not a candidate at all. */
export const GATES = {
  /**
   * The occupations must share at least this depth of the 大典 code (3 = same 小类), unless
   * the job's code is an ancestor of the person's, or the pair is in the related-occupations table.
   */
  minSharedOccupationDepth: 3,
  /** A person may be at most this many levels below the job's minimum (高级工 job → 中级工 still shown). */
  maxLevelShortfall: 1,
  /**
   * Certificate kinds that are legal preconditions for the work (特种作业操作证 under the 安全生产法,
   * 特种设备作业人员证 and 准入类 qualifications): required ones, and those the certificates table
   * marks `mandatory_for` the job's occupation, must be held. Other kinds are scored, not gated.
   */
  mandatoryCertificateKinds: ['special_operation', 'qualification'] as readonly string[]
} as const;

/**
 * How a skill read from free text counts (core/terms): a sure reading (SURE or more: the name, a
 * synonym, a thesaurus word, an abbreviation, unambiguous slang) as the skill itself; an inferred
 * one (a same-pinyin typo, slang the occupation decided, a guess) partially, since it may be wrong.
 */
export const READ_CREDIT = { sure: 1, inferred: 0.7 } as const;

/** Occupation proximity through the code hierarchy. */
export const OCCUPATION_PROXIMITY = {
  /** Same 细类, or the job names a group the person's 细类 belongs to. */
  same: 1,
  /** A pair in the related-occupations table (transferable skills across groups). */
  related: 0.75,
  /** Same 小类, different 细类. */
  sameUnitGroup: 0.5
} as const;

/** Level vs. the job's minimum. Above the minimum rises a little, so a higher level never scores lower. */
export const LEVEL_FIT = {
  /** One level below the minimum (the most the gate lets through). */
  oneBelow: 0.35,
  atMinimum: 0.85,
  /** Added per level above the minimum, up to `aboveCap` levels. */
  perLevelAbove: 0.075,
  aboveCap: 2
} as const;

/**
 * Location: the job's county vs. the person's, with county adjacency from the boundaries. A
 * neighbouring county is within reach unless the person said they would not move.
 */
export const LOCATION_FIT = {
  sameCounty: 1,
  adjacentWilling: 0.9,
  adjacentUnknown: 0.8,
  adjacentUnwilling: 0.5,
  elsewhereWilling: 0.7,
  elsewhereUnknown: 0.3,
  elsewhereUnwilling: 0
} as const;

/**
 * Salary fit in 元/月. Jobs publish salary_min/salary_max in 元/月; the pool publishes expected pay
 * as a 1,000 元/月 band [expected_salary_min, expected_salary_max), open above 20,000.
 * Flat (1) where the expected band overlaps the job's range; outside it decays linearly with the
 * gap relative to the nearer end of the range.
 */
export const SALARY_FIT = {
  /** Expectation above the job's maximum: 0 once the gap reaches this share of the maximum. */
  aboveZeroAt: 0.25,
  /** Expectation below the job's minimum: falls gently to `belowFloor` at this share of the minimum. */
  belowFloorAt: 0.5,
  belowFloor: 0.5,
  /** Either side unknown. */
  unknown: 0.75
} as const;

/** Experience counts up to a cap, so it cannot stand in for age (就业促进法; see FACTS.md). */
export const EXPERIENCE = {
  capYears: 10,
  /** Band not published. */
  unknown: 0.3
} as const;

/** Honours and competition awards: the stronger of the best honour title and the best award. */
export const MERIT = {
  /** Award points (AWARD_POINTS, gold = 4) are divided by this. */
  maxAwardPoints: 4,
  tierFactor: { national: 1, provincial: 0.8, prefecture: 0.6, industry: 0.6, county: 0.4 } as Readonly<Record<string, number>>
} as const;

/** Seeker → jobs: the seeker's side of the fit, combined with the employer's. */
export const SEEKER_COMPONENT_KEYS = ['seeker_pay', 'seeker_level'] as const;
export type SeekerComponentKey = (typeof SEEKER_COMPONENT_KEYS)[number];

export const SEEKER = {
  /** score = (1 − share) × employer fit + share × seeker fit. */
  share: 0.4,
  weights: { seeker_pay: 0.7, seeker_level: 0.3 } as Readonly<Record<SeekerComponentKey, number>>,
  /** A job whose maximum pay is below the seeker's expectation: 0 once the gap reaches this share. */
  payZeroAt: 0.25,
  /** Levels above the job's minimum before the job under-uses the seeker, and the fit there. */
  levelUse: { freeLevels: 1, twoAbove: 0.6, threeOrMoreAbove: 0.3 }
} as const;

/** Results carry explanations for this many by default (building reasons for every row would waste time). */
export const DEFAULT_TOP = 10;
