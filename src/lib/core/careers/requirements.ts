/**
 * How one reaches each rung (申报条件): the bureau's rules where it gave them, for a 细类 or for a
 * group above it, and the built-in generic default everywhere else. The pipeline resolves every
 * 细类 × level once with `resolveRequirements`; pages read the published rows and never apply a
 * rule of their own.
 */
import { occupationDepth } from '../occupation-codes';
import { REQUIREMENT_ALTERNATIVE_KINDS } from '../contract/career-enums';
import { parseEnum } from '../enums';
import { skillLevelName } from '../skill-levels';

/** The lowest level one certifies into (学徒工 and 无等级 are not assessed). */
export const FIRST_CERTIFIED_LEVEL = 2;

/** Where a published requirement comes from. */
export type RuleSource = 'bureau' | 'default';

export interface RequirementRule {
  /** The 细类 or group the rule was written for (null for the built-in default). */
  occupation_code: string | null;
  to_level: number;
  from_level: number | null;
  min_years: number;
  alternatives: readonly string[];
  basis: string | null;
}

export interface ResolvedRequirement {
  occupation_code: string;
  to_level: number;
  from_level: number | null;
  min_years: number;
  alternatives: string[];
  basis: string;
  source: RuleSource;
  /** The code the bureau's rule was written for (a group for a group rule); null for the default. */
  rule_code: string | null;
}

/**
 * The generic default, after the 申报条件 that the national occupational skill standards share
 * (years after the certificate below; 技工院校 and competition routes). Not checked against every
 * standard: the basis says so, and a bureau rule replaces it level by level.
 */
export const DEFAULT_REQUIREMENT_BASIS =
  '通用默认：依据国家职业技能标准常见申报条件整理，未逐一核对本职业标准，以本职业国家职业技能标准和本地文件为准';

export const DEFAULT_REQUIREMENTS: readonly RequirementRule[] = [
  { occupation_code: null, to_level: 2, from_level: null, min_years: 1, alternatives: ['学历：技工院校、中等职业学校本专业（相关专业）学生', '企业自主评价：本职业学徒期满'], basis: DEFAULT_REQUIREMENT_BASIS },
  { occupation_code: null, to_level: 3, from_level: 2, min_years: 4, alternatives: ['学历：技工院校、中等职业学校本专业毕业', '竞赛名次：县级以上职业技能竞赛获奖'], basis: DEFAULT_REQUIREMENT_BASIS },
  { occupation_code: null, to_level: 4, from_level: 3, min_years: 5, alternatives: ['学历：高级技工学校、技师学院高级工班本专业毕业', '竞赛名次：州级以上职业技能竞赛前列'], basis: DEFAULT_REQUIREMENT_BASIS },
  { occupation_code: null, to_level: 5, from_level: 4, min_years: 4, alternatives: ['学历：技师学院预备技师（技师）班毕业并取得三级证书', '竞赛名次：省级以上职业技能竞赛前列', '破格：业绩突出者可破格申报'], basis: DEFAULT_REQUIREMENT_BASIS },
  { occupation_code: null, to_level: 6, from_level: 5, min_years: 4, alternatives: ['竞赛名次：省级一类以上职业技能竞赛前列', '破格：获省级以上技术能手称号或重大技术革新成果者可破格申报'], basis: DEFAULT_REQUIREMENT_BASIS },
  { occupation_code: null, to_level: 7, from_level: 6, min_years: 3, alternatives: ['企业自主评价：由企业按特级技师岗位评聘'], basis: DEFAULT_REQUIREMENT_BASIS },
  { occupation_code: null, to_level: 8, from_level: 7, min_years: 3, alternatives: ['企业自主评价：由企业按首席技师岗位评聘'], basis: DEFAULT_REQUIREMENT_BASIS }
];

/** The level held before `to_level` when the rule does not say: the one below (none below 五级). */
export const impliedFromLevel = (toLevel: number): number | null => (toLevel > FIRST_CERTIFIED_LEVEL ? toLevel - 1 : null);

const covers = (ruleCode: string, code: string) => code === ruleCode || code.startsWith(`${ruleCode}-`);

/**
 * Every certified level of one 细类 up to its standard's top (`maxLevel`, 8 when unknown): the
 * bureau's rule for the 细类 itself, else the bureau's rule for the nearest group above it, else
 * the default. Levels the standard does not define get no row.
 */
export function resolveRequirements(code: string, maxLevel: number | null, bureau: readonly RequirementRule[]): ResolvedRequirement[] {
  const out: ResolvedRequirement[] = [];
  for (let level = FIRST_CERTIFIED_LEVEL; level <= (maxLevel ?? 8); level++) {
    const own = bureau
      .filter((r) => r.to_level === level && r.occupation_code !== null && covers(r.occupation_code, code))
      .sort((a, b) => occupationDepth(b.occupation_code!) - occupationDepth(a.occupation_code!))[0];
    const rule = own ?? DEFAULT_REQUIREMENTS.find((r) => r.to_level === level);
    if (!rule) continue;
    out.push({
      occupation_code: code,
      to_level: level,
      from_level: rule.from_level ?? impliedFromLevel(level),
      min_years: rule.min_years,
      alternatives: [...rule.alternatives],
      basis: rule.basis ?? (own ? '人社部门提供（未注明依据）' : DEFAULT_REQUIREMENT_BASIS),
      source: own ? 'bureau' : 'default',
      rule_code: own ? own.occupation_code : null
    });
  }
  return out;
}

export interface Alternative {
  /** 学历 / 竞赛名次 / 破格 / 企业自主评价, or null when the text names none. */
  kind: string | null;
  text: string;
}

/** `学历：技工院校本专业毕业` → its category and text (the category through the vocabulary's aliases). */
export function parseAlternative(raw: string): Alternative {
  const m = /^([^：:]{1,8})[：:]\s*(.+)$/.exec(raw.trim());
  const kind = m ? parseEnum(REQUIREMENT_ALTERNATIVE_KINDS, m[1]) : null;
  return kind && m ? { kind, text: m[2] } : { kind: null, text: raw.trim() };
}

/** "取得中级工（四级）后满 5 年" — the years condition in one phrase. */
export function yearsCondition(r: Pick<ResolvedRequirement, 'from_level' | 'min_years'>): string {
  const years = `${Number.isInteger(r.min_years) ? r.min_years : r.min_years.toFixed(1)} 年`;
  return r.from_level === null ? `从事本职业满 ${years}` : `取得${skillLevelName(r.from_level)}证书后从事本职业满 ${years}`;
}
