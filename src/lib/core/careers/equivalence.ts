/**
 * What a skill level counts as (职称, 学历) and what that unlocks: a built-in national default,
 * replaced level by level by the bureau's `level_equivalence` rows. Each published row carries
 * its basis and whether it is the bureau's or the default, so a page never states the default
 * as local law.
 */
import type { RuleSource } from './requirements';

export interface EquivalenceRule {
  skill_level: number;
  /** Null: the level has no title equivalent (only an education one). */
  title_equivalent: string | null;
  education_equivalent: string | null;
  uses: readonly string[];
  basis: string | null;
}

export interface ResolvedEquivalence extends EquivalenceRule {
  uses: string[];
  basis: string;
  source: RuleSource;
}

/**
 * The national default after the 2020 人社部 opinion on 高技能人才与专业技术人才职业发展贯通
 * (高级工 ↔ 助理工程师, 技师 ↔ 工程师, 高级技师 ↔ 高级工程师; 技工院校 中级工班 / 高级工班 / 预备技师班
 * graduates treated as 中专 / 大专 / 本科). Not verified against the document's final text: the
 * basis says so, and the bureau's table overrides it.
 */
export const DEFAULT_EQUIVALENCE_BASIS =
  '全国通用默认：参照人社部关于高技能人才与专业技术人才职业发展贯通的意见（2020年）整理，未经核实，以本地文件为准';

export const DEFAULT_EQUIVALENCES: readonly EquivalenceRule[] = [
  { skill_level: 3, title_equivalent: null, education_equivalent: '中专（技工院校中级工班毕业生）', uses: ['事业单位招聘'], basis: DEFAULT_EQUIVALENCE_BASIS },
  { skill_level: 4, title_equivalent: '助理工程师', education_equivalent: '大专（技工院校高级工班毕业生）', uses: ['职称评审', '事业单位招聘'], basis: DEFAULT_EQUIVALENCE_BASIS },
  { skill_level: 5, title_equivalent: '工程师', education_equivalent: '本科（技工院校预备技师班毕业生）', uses: ['职称评审', '事业单位招聘'], basis: DEFAULT_EQUIVALENCE_BASIS },
  { skill_level: 6, title_equivalent: '高级工程师', education_equivalent: null, uses: ['职称评审'], basis: DEFAULT_EQUIVALENCE_BASIS }
];

/** The default with the bureau's rows in place of its levels (and levels the default lacks added). */
export function resolveEquivalences(bureau: readonly EquivalenceRule[]): ResolvedEquivalence[] {
  const levels = [...new Set([...DEFAULT_EQUIVALENCES, ...bureau].map((r) => r.skill_level))].sort((a, b) => a - b);
  return levels.map((level) => {
    const own = bureau.find((r) => r.skill_level === level);
    const rule = own ?? DEFAULT_EQUIVALENCES.find((r) => r.skill_level === level)!;
    return {
      skill_level: level,
      title_equivalent: rule.title_equivalent,
      education_equivalent: rule.education_equivalent,
      uses: [...rule.uses],
      basis: rule.basis ?? (own ? '人社部门提供（未注明依据）' : DEFAULT_EQUIVALENCE_BASIS),
      source: own ? 'bureau' : 'default'
    };
  });
}

/** What a reader is told the row rests on. */
export const ruleSourceLabel = (s: RuleSource): string => (s === 'bureau' ? '本地规定' : '通用默认');
