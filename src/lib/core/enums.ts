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

export const UNIT_KINDS: EnumDef = [
  { code: 'enterprise', label: '企业', aliases: ['公司'] },
  { code: 'school', label: '院校', aliases: ['学校', '技工院校', '职业院校'] },
  { code: 'other', label: '其他', aliases: ['其它', '个人'] }
];

export const AVAILABILITY: EnumDef = [
  { code: 'available', label: '随时到岗', aliases: ['求职中', '可到岗'] },
  { code: 'open', label: '在职看机会', aliases: ['在职', '考虑机会'] },
  { code: 'unavailable', label: '暂不考虑', aliases: ['不求职', '暂不'] }
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

export function parseEnum(def: EnumDef, raw: string): string | null {
  const s = toHalfWidth(raw).trim();
  const lower = s.toLowerCase();
  for (const v of def) {
    if (v.code.toLowerCase() === lower || v.label === s || v.aliases?.some((a) => a.toLowerCase() === lower)) return v.code;
  }
  return null;
}

export const enumLabel = (def: EnumDef, code: string | null | undefined): string =>
  def.find((v) => v.code === code)?.label ?? code ?? '';
