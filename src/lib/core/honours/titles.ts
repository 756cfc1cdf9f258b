/**
 * The honours of the roll (`HONOURS`, highest first): the tier that confers each, and what it
 * unlocks for the holder. The tiers use the competitions' codes, so one tier filter serves
 * 竞赛与荣誉. 首席技师 and 技能大师工作室 are conferred at several tiers and the roll does not say
 * which, so they are `other`. The unlocks are illustrative wording: the policy documents decide.
 */
import { HONOURS } from '../contract/career-enums';

export const HONOUR_TIER: Readonly<Record<string, string>> = {
  中华技能大奖: 'national',
  全国技术能手: 'national',
  政府特殊津贴: 'national',
  省技术能手: 'provincial',
  首席技师: 'other',
  州技术能手: 'prefecture',
  技能大师工作室: 'other'
};

/** The tier labels a roll shows (the competitions' labels, and one for titles of several tiers). */
export const HONOUR_TIER_LABEL: Readonly<Record<string, string>> = { national: '国家级', provincial: '省级', prefecture: '州（市）级', other: '多级评定' };

export const honourTier = (honour: string): string => HONOUR_TIER[honour] ?? 'other';

/** The titles conferred at a tier (a competition tier no honour has, such as 县级, gives none). */
export const honoursOfTier = (tier: string | null): string[] => HONOURS.map((h) => h.code).filter((h) => tier === null || honourTier(h) === tier);

export const HONOUR_UNLOCKS: Readonly<Record<string, string>> = {
  中华技能大奖: '技能人才的最高荣誉；可按规定直接认定为相应最高技能等级，优先推荐享受政府特殊津贴，纳入高层次人才服务',
  全国技术能手: '可按规定晋升一级职业技能等级（已是高级技师的可参加特级技师评聘），优先推荐更高层级荣誉',
  政府特殊津贴: '享受国务院政府特殊津贴（一次性发放），纳入高层次人才服务',
  省技术能手: '可按规定晋升一级职业技能等级，优先推荐全国技术能手',
  首席技师: '按聘期享受首席技师津贴，领衔带徒传技和技术攻关',
  州技术能手: '可按规定晋升一级职业技能等级（最高至技师），优先推荐省技术能手',
  技能大师工作室: '获得工作室建设资助，开展带徒传技、技能攻关和培训（工作室可作为培训机构开展培训）'
};

/** What the roll says an honour unlocks (a title without an entry unlocks nothing the site knows of). */
export const honourUnlocks = (honour: string): string | null => HONOUR_UNLOCKS[honour] ?? null;
