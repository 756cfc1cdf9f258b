/**
 * Column builders shared by the dictionary's tables: the columns that recur (region, occupation,
 * industry, skill level) are written once, with their accepted Chinese headers.
 */
import type { ColumnDef, ColumnType, Reference } from '../dictionary';

export const YEAR: ColumnType = { kind: 'year' };
export const TEXT: ColumnType = { kind: 'text' };
export const LIST: ColumnType = { kind: 'list' };

export const regionCode = (description: string, ref: Reference = 'region'): ColumnDef => ({
  name: 'region_code',
  label: '行政区划代码',
  aliases: ['区划代码', '地区代码', '地区编码', '所在地区代码'],
  type: { kind: 'region_code' },
  required: true,
  ref,
  description
});

export const occupationCode = (description: string, ref: Reference = 'occupation', required = true): ColumnDef => ({
  name: 'occupation_code',
  label: '职业编码',
  aliases: ['职业代码', '职业（工种）编码', '职业分类代码'],
  type: { kind: 'occupation_code' },
  required,
  ref,
  description
});

export const industry = (required = false): ColumnDef => ({
  name: 'industry',
  label: '行业',
  aliases: ['行业门类', '所属行业', '行业代码'],
  type: { kind: 'industry' },
  required,
  description: 'GB/T 4754-2017 门类 letter A–T or its name'
});

export const skillLevel = (required = true, name = 'skill_level', label = '技能等级', description = 'skill level 0–8 as a number or a Chinese name (高级工, 三级, …)'): ColumnDef => ({
  name,
  label,
  aliases: name === 'skill_level' ? ['职业技能等级', '等级', '技能等级（级别）'] : [],
  type: { kind: 'skill_level' },
  required,
  description
});
