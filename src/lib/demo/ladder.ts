/**
 * How one climbs the ladder here: 申报条件 for about 20 occupations (years at the level below,
 * alternatives, the standard they come from), three local rules for whole groups, and two local
 * equivalences that override the national default. Most occupations have no rows, so the
 * pipeline's built-in default applies to them. Rows never go above the occupation's max_level.
 * Standard editions and the local documents are illustrative.
 */
import { OCCUPATION_BY_CODE } from './catalogue';
import type { Cell } from './csv';
import type { Random } from './random';

const EIGHT_LEVEL_BASIS = '人社部《关于健全完善新时代技能人才职业技能等级制度的意见（试行）》（2022年）';

/** Occupations with requirement rows: [code, standard edition year, with 特级/首席 rows]. */
const STANDARDS: readonly [string, number, boolean][] = [
  ['6-18-02-04', 2021, true],
  ['6-31-01-03', 2020, true],
  ['6-31-01-02', 2020, false],
  ['6-18-01-01', 2019, false],
  ['6-18-01-07', 2022, true],
  ['4-03-02-01', 2021, true],
  ['4-12-01-01', 2022, false],
  ['4-10-01-05', 2019, false],
  ['4-10-01-01', 2021, false],
  ['4-04-05-05', 2024, false],
  ['4-02-02-02', 2020, false],
  ['4-01-02-07', 2023, false],
  ['6-17-03-01', 2020, true],
  ['6-16-01-01', 2019, false],
  ['6-02-06-05', 2021, false],
  ['6-14-04-02', 2022, false],
  ['6-31-01-09', 2020, false],
  ['4-02-07-02', 2019, false],
  ['4-10-01-06', 2021, false],
  ['6-28-02-01', 2022, true]
];

interface Step {
  years: number;
  /** Alternative years some standards use. */
  otherYears?: number;
  alternatives: readonly string[];
}

const STEPS: Readonly<Record<number, Step>> = {
  2: { years: 1, alternatives: ['学历：技工院校或中等职业学校本专业学生', '企业自主评价：本职业学徒期满'] },
  3: { years: 4, otherYears: 3, alternatives: ['学历：技工院校或中等职业学校本专业毕业', '竞赛名次：县级职业技能竞赛前三名'] },
  4: { years: 5, otherYears: 4, alternatives: ['学历：高级技工学校、技师学院本专业高级工班毕业', '竞赛名次：州级职业技能大赛前三名'] },
  5: { years: 4, alternatives: ['学历：技师学院预备技师班毕业并取得三级证书', '竞赛名次：省级职业技能大赛前五名', '破格：获州技术能手称号者可提前1年申报'] },
  6: { years: 4, otherYears: 3, alternatives: ['竞赛名次：省级一类职业技能大赛前三名', '破格：获省技术能手称号或重大技术革新成果者可提前2年申报'] },
  7: { years: 3, alternatives: ['企业自主评价：企业特级技师评聘'] },
  8: { years: 3, alternatives: ['企业自主评价：企业首席技师评聘', '破格：获中华技能大奖或全国技术能手称号者可直接申报'] }
};

/** Local rules for whole groups (apply to every 细类 below without rows of its own). */
const GROUP_RULES: readonly Record<string, Cell>[] = [
  { occupation_code: '6-29', to_level: 3, min_years: 3, from_level: 2, alternatives: ['企业自主评价：建筑业企业自主评价'], basis: '红河州建筑业技能人才评价工作指引（2023年）' },
  { occupation_code: '4-10-01', to_level: 3, min_years: 2, from_level: 2, alternatives: ['学历：中等职业学校相关专业毕业'], basis: '红河州家政和养老服务技能人才评价补充规定（2024年）' },
  { occupation_code: '6-16', to_level: 4, min_years: 4, from_level: 3, alternatives: ['企业自主评价：矿山企业特设岗位', '竞赛名次：州级矿山行业职业技能竞赛前三名'], basis: '红河州矿山企业技能人才自主评价实施细则（2023年）' }
];

export function levelRequirementRows(rng: Random): Record<string, Cell>[] {
  const rows: Record<string, Cell>[] = [];
  for (const [code, edition, eightLevels] of STANDARDS) {
    const o = OCCUPATION_BY_CODE.get(code);
    if (!o) throw new Error(`level requirement for an unknown occupation ${code}`);
    const basis = `国家职业技能标准《${o.name}》（${edition}年版）`;
    const top = Math.min(o.maxLevel, eightLevels ? 8 : 6);
    for (let level = 2; level <= top; level++) {
      const step = STEPS[level];
      const years = step.otherYears != null && rng.chance(0.3) ? step.otherYears : step.years;
      rows.push({
        occupation_code: code,
        to_level: level,
        min_years: years,
        from_level: level === 2 ? null : level - 1,
        alternatives: step.alternatives.filter((_, k) => k === 0 || rng.chance(0.8)),
        basis: level >= 7 ? EIGHT_LEVEL_BASIS : basis
      });
    }
  }
  return [...GROUP_RULES, ...rows];
}

const LOCAL_EQUIVALENCE_BASIS = '红河州高技能人才与专业技术人才职业发展贯通实施细则（2023年）';

/** Two local overrides of the national default (高级工 and 技师). */
export const levelEquivalenceRows = (): Record<string, Cell>[] => [
  { skill_level: 4, title_equivalent: '助理工程师', education_equivalent: '大专', uses: ['职称评审', '事业单位招聘', '落户'], basis: LOCAL_EQUIVALENCE_BASIS },
  { skill_level: 5, title_equivalent: '工程师', education_equivalent: '本科', uses: ['职称评审', '事业单位招聘', '落户', '待遇'], basis: LOCAL_EQUIVALENCE_BASIS }
];
