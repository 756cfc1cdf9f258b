/**
 * Closed vocabularies of the source contract. Each value has an English code (stored) and the
 * Chinese labels a spreadsheet may use instead; the publisher accepts either.
 */
import { toHalfWidth } from './normalize';
export interface EnumValue {
  code: string;
  label: string;
  aliases?: readonly string[];
}

export type EnumDef = readonly EnumValue[];

export const REGION_KINDS: EnumDef = [
  { code: 'prefecture', label: '州（市）', aliases: ['州', '地级', '地级市', '自治州', '市州'] },
  { code: 'county', label: '县（市、区）', aliases: ['县', '县级', '县级市', '区', '市辖区', '自治县'] }
];

export const CERTIFICATE_KINDS: EnumDef = [
  { code: 'special_operation', label: '特种作业操作证', aliases: ['特种作业', '特种作业证'] },
  { code: 'skill_level', label: '职业技能等级证书', aliases: ['技能等级', '技能等级证书', '职业资格证书'] },
  { code: 'qualification', label: '准入类职业资格', aliases: ['职业资格', '准入类'] },
  { code: 'other', label: '其他', aliases: ['其它'] }
];

export const COMPETITION_TIERS: EnumDef = [
  { code: 'national', label: '国家级', aliases: ['全国', '国家'] },
  { code: 'provincial', label: '省级', aliases: ['省', '全省'] },
  { code: 'prefecture', label: '州（市）级', aliases: ['州级', '市级', '全州'] },
  { code: 'county', label: '县级', aliases: ['县（市、区）级', '县'] },
  { code: 'industry', label: '行业', aliases: ['行业级', '行业赛'] }
];

/** The code a forgiving column publishes for a value it does not recognise (dictionary `lenient`). */
export const UNSTATED = { code: 'unknown', label: '未注明' } as const;

export const UNIT_KINDS: EnumDef = [
  { code: 'enterprise', label: '企业', aliases: ['公司', '企业单位', '国有企业', '国企', '民营企业', '民企', '私营企业', '外资企业', '有限公司', '集团'] },
  { code: 'school', label: '院校', aliases: ['学校', '技工院校', '职业院校', '技工学校', '技师学院', '高级技工学校', '职业学校', '中职', '高职', '职业技术学院', '大学', '学院'] },
  { code: 'other', label: '其他', aliases: ['其它', '个人', '社会人员', '自由职业', '事业单位', '机关', '机关事业单位'] }
];

/**
 * When a registered person can start, from soonest to not at all. Registries write this in their
 * own words; the aliases are the phrasings seen in bureau and job-board exports. A value none of
 * them matches is published as 未注明 (a warning, not an error: the column only describes).
 * Everything except `unavailable` counts as available to the matcher's 只看可到岗 filter.
 */
export const AVAILABILITY: EnumDef = [
  { code: 'available', label: '随时到岗', aliases: ['求职中', '可到岗', '随时', '立即到岗', '马上到岗', '即刻到岗', '随时可到岗', '离职-随时到岗', '离职随时到岗', '已离职', '目前离职', '待业'] },
  { code: 'within_1w', label: '一周内到岗', aliases: ['一周内', '1周内到岗', '1周内', '7天内到岗', '一星期内到岗', '本周到岗'] },
  { code: 'within_2w', label: '两周内到岗', aliases: ['两周内', '2周内到岗', '2周内', '二周内到岗', '半个月内到岗', '半月内到岗', '10天内到岗', '15天内到岗'] },
  { code: 'within_1m', label: '一个月内到岗', aliases: ['一个月内', '1个月内到岗', '1个月内', '一月内到岗', '月内到岗', '30天内到岗', '在职-月内到岗', '在职月内到岗'] },
  { code: 'within_3m', label: '三个月内到岗', aliases: ['三个月内', '3个月内到岗', '3个月内', '两个月内到岗', '2个月内到岗', '1-3个月到岗', '1到3个月内到岗'] },
  { code: 'open', label: '在职看机会', aliases: ['在职', '考虑机会', '在职-考虑机会', '在职考虑机会', '在职-看机会', '在职，看机会', '看机会', '观望'] },
  { code: 'negotiable', label: '到岗时间另议', aliases: ['另议', '面议', '到岗时间面议', '时间另议', '到岗时间待定', '待定', '协商'] },
  { code: 'unavailable', label: '暂不考虑', aliases: ['不求职', '暂不', '暂不求职', '暂不考虑机会', '在职-暂不考虑', '在职暂不考虑', '不考虑', '暂无意向'] },
  UNSTATED
];

export const OCCUPATION_MARKS: EnumDef = [
  { code: 'S', label: '数字职业' },
  { code: 'L', label: '绿色职业' },
  { code: 'L/S', label: '绿色数字职业', aliases: ['S/L', 'LS', 'SL'] }
];

export const GENDERS: EnumDef = [
  { code: 'M', label: '男', aliases: ['male', '男性'] },
  { code: 'F', label: '女', aliases: ['female', '女性'] }
];

/** Units a published wage table may carry; only 万元/年 → 元/年 is an exact conversion. */
export const WAGE_UNITS: EnumDef = [
  { code: '元/年', label: '元/年', aliases: ['元每年', 'yuan/year'] },
  { code: '万元/年', label: '万元/年', aliases: ['万元每年'] },
  { code: '元/月', label: '元/月', aliases: ['元每月', 'yuan/month'] },
  { code: '元/小时', label: '元/小时', aliases: ['元/时', '元每小时'] },
  { code: '元/次', label: '元/次', aliases: ['元每次'] }
];

/** Case, width, spaces and punctuation folded away: `在职 - 看机会` and `在职，看机会` read alike. */
const foldPhrase = (s: string): string => toHalfWidth(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

export function parseEnum(def: EnumDef, raw: string): string | null {
  const s = toHalfWidth(raw).trim();
  const lower = s.toLowerCase();
  for (const v of def) {
    if (v.code.toLowerCase() === lower || v.label === s || v.aliases?.some((a) => a.toLowerCase() === lower)) return v.code;
  }
  const folded = foldPhrase(s);
  if (!folded) return null;
  for (const v of def) if ([v.code, v.label, ...(v.aliases ?? [])].some((a) => foldPhrase(a) === folded)) return v.code;
  return null;
}

export const enumLabel = (def: EnumDef, code: string | null | undefined): string =>
  def.find((v) => v.code === code)?.label ?? code ?? '';
