/**
 * Turns one raw cell into a typed value per the data dictionary, or a Chinese error message.
 */
import type { ColumnType } from '../core/dictionary';
import { parseEnum } from '../core/enums';
import { parseIndustry } from '../core/industries';
import { normalizeCell, parseBoolean, parseDate, parseNumber, parseQuarter, splitList } from '../core/normalize';
import { isOccupationCode, normalizeOccupationCode } from '../core/occupation-codes';
import { parseSkillLevel } from '../core/skill-levels';

export type CellValue = string | number | boolean | string[] | null;
export type CellResult = { ok: true; value: CellValue } | { ok: false; message: string };

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

function inRange(n: number, min: number | undefined, max: number | undefined, raw: string): CellResult {
  if (min !== undefined && n < min) return fail(`「${raw}」小于允许的最小值 ${min}`);
  if (max !== undefined && n > max) return fail(`「${raw}」大于允许的最大值 ${max}`);
  return ok(n);
}

/** Empty cells are null here; whether null is allowed is the caller's business. */
export function parseCell(type: ColumnType, raw: string): CellResult {
  const s = normalizeCell(raw);
  if (s === '') return ok(type.kind === 'list' ? [] : null);
  switch (type.kind) {
    case 'text':
      return type.maxLength && s.length > type.maxLength ? fail(`超过 ${type.maxLength} 个字符`) : ok(s);
    case 'int': {
      const n = parseNumber(s);
      if (n === null || !Number.isInteger(n)) return fail(`「${raw}」不是整数`);
      return inRange(n, type.min, type.max, raw);
    }
    case 'number': {
      const n = parseNumber(s);
      if (n === null) return fail(`「${raw}」不是有效数字`);
      return inRange(n, type.min, type.max, raw);
    }
    case 'year': {
      const n = parseNumber(s.replace(/年$/, ''));
      if (n === null || !Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR)
        return fail(`「${raw}」不是有效年份（${MIN_YEAR}–${MAX_YEAR}）`);
      return ok(n);
    }
    case 'skill_level': {
      const l = parseSkillLevel(s);
      return l === null ? fail(`「${raw}」不是有效的技能等级（0–8，或 初级工、高级工、三级、技师 等）`) : ok(l);
    }
    case 'boolean': {
      const b = parseBoolean(s);
      return b === null ? fail(`「${raw}」不是是/否值（是、否、true、false、1、0）`) : ok(b);
    }
    case 'date': {
      const d = parseDate(s);
      return d === null ? fail(`「${raw}」不是有效日期（如 2025-06-30）`) : ok(d);
    }
    case 'quarter': {
      const q = parseQuarter(s);
      return q === null ? fail(`「${raw}」不是有效季度（如 2025Q4 或 2025年第四季度）`) : ok(q);
    }
    case 'list':
      return ok(splitList(s));
    case 'occupation_code': {
      const c = normalizeOccupationCode(s);
      return isOccupationCode(c) ? ok(c) : fail(`「${raw}」不是职业分类大典编码（如 6、6-18、6-18-02、6-18-02-04）`);
    }
    case 'region_code':
      return /^\d{6}$/.test(s) ? ok(s) : fail(`「${raw}」不是 6 位行政区划代码`);
    case 'industry': {
      const i = parseIndustry(s);
      return i === null ? fail(`「${raw}」不是国民经济行业门类（A–T 或门类名称）`) : ok(i);
    }
    case 'enum': {
      const v = parseEnum(type.values, s);
      return v === null ? fail(`「${raw}」不是有效取值（可选：${type.values.map((x) => x.label).join('、')}）`) : ok(v);
    }
  }
}
