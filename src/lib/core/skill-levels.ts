/**
 * The 职业技能等级 ladder (新八级工), stored as a small integer everywhere.
 * This is the one place that knows level numbers, names and the high-skill threshold.
 */
import { toHalfWidth } from './normalize';
export interface SkillLevel {
  level: number;
  name: string;
  /** The national grade (五级…一级) where the level has one. */
  grade?: string;
  short: string;
}

export const SKILL_LEVELS: readonly SkillLevel[] = [
  { level: 0, name: '无等级', short: '无等级' },
  { level: 1, name: '学徒工', short: '学徒' },
  { level: 2, name: '初级工', grade: '五级', short: '初级' },
  { level: 3, name: '中级工', grade: '四级', short: '中级' },
  { level: 4, name: '高级工', grade: '三级', short: '高级' },
  { level: 5, name: '技师', grade: '二级', short: '技师' },
  { level: 6, name: '高级技师', grade: '一级', short: '高级技师' },
  { level: 7, name: '特级技师', short: '特级技师' },
  { level: 8, name: '首席技师', short: '首席技师' }
];

export const MIN_LEVEL = 0;
export const MAX_LEVEL = 8;
/** 高技能人才 = 高级工 (三级) and above. */
export const HIGH_SKILL_MIN_LEVEL = 4;
/** 技能人才 = anyone holding a skill level (学徒工 and above are counted by the bureau). */
export const SKILLED_MIN_LEVEL = 1;

export const isHighSkill = (level: number): boolean => level >= HIGH_SKILL_MIN_LEVEL;

export function skillLevelName(level: number | null | undefined): string {
  if (level == null) return '全部等级';
  return SKILL_LEVELS[level]?.name ?? `等级${level}`;
}

/** "高级工（三级）" where a grade exists, the bare name otherwise. */
export function skillLevelLabel(level: number | null | undefined): string {
  if (level == null) return '全部等级';
  const l = SKILL_LEVELS[level];
  if (!l) return `等级${level}`;
  return l.grade ? `${l.name}（${l.grade}）` : l.name;
}

const ALIASES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const l of SKILL_LEVELS) {
    m.set(l.name, l.level);
    m.set(l.short, l.level);
    if (l.grade) {
      m.set(l.grade, l.level);
      m.set(`${l.grade}/${l.name}`, l.level);
      m.set(`${l.name}/${l.grade}`, l.level);
      m.set(`${l.name}(${l.grade})`, l.level);
      m.set(`${l.grade}(${l.name})`, l.level);
      m.set(`国家职业资格${l.grade}`, l.level);
      m.set(`职业技能等级${l.grade}`, l.level);
    }
  }
  const extra: [string, number][] = [
    ['无', 0], ['未定级', 0], ['普工', 0],
    ['学徒', 1], ['初级', 2], ['中级', 3], ['高级', 4],
    ['5级', 2], ['4级', 3], ['3级', 4], ['2级', 5], ['1级', 6],
    ['初级技工', 2], ['中级技工', 3], ['高级技工', 4], ['特级', 7], ['首席', 8]
  ];
  for (const [k, v] of extra) m.set(k, v);
  return m;
})();

/**
 * Parses a skill level written as a number (0–8) or any common Chinese name:
 * 高级工, 三级, 高级工（三级）, 三级/高级工, 4. Returns null when it is not a level.
 */
export function parseSkillLevel(raw: string): number | null {
  const s = toHalfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')');
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n >= MIN_LEVEL && n <= MAX_LEVEL ? n : null;
  }
  return ALIASES.get(s) ?? null;
}
