import { describe, expect, it } from 'vitest';
import { HIGH_SKILL_MIN_LEVEL, isHighSkill, parseSkillLevel, skillLevelLabel } from '../../src/lib/core/skill-levels';

describe('parseSkillLevel', () => {
  it('reads numbers 0–8 and rejects others', () => {
    expect(parseSkillLevel('0')).toBe(0);
    expect(parseSkillLevel('8')).toBe(8);
    expect(parseSkillLevel('9')).toBeNull();
    expect(parseSkillLevel('-1')).toBeNull();
  });
  it('reads full-width digits', () => expect(parseSkillLevel('４')).toBe(4));
  it('reads level names, grades and their combinations', () => {
    expect(parseSkillLevel('高级工')).toBe(4);
    expect(parseSkillLevel('三级')).toBe(4);
    expect(parseSkillLevel('高级工（三级）')).toBe(4);
    expect(parseSkillLevel('三级/高级工')).toBe(4);
    expect(parseSkillLevel('技师')).toBe(5);
    expect(parseSkillLevel('一级')).toBe(6);
    expect(parseSkillLevel('首席技师')).toBe(8);
    expect(parseSkillLevel('学徒工')).toBe(1);
    expect(parseSkillLevel('初级工 ')).toBe(2);
  });
  it('rejects text that is not a level', () => {
    expect(parseSkillLevel('高高级')).toBeNull();
    expect(parseSkillLevel('')).toBeNull();
  });
});

describe('high-skill threshold', () => {
  it('starts at 高级工', () => {
    expect(HIGH_SKILL_MIN_LEVEL).toBe(4);
    expect(isHighSkill(3)).toBe(false);
    expect(isHighSkill(4)).toBe(true);
  });
  it('labels with the national grade', () => {
    expect(skillLevelLabel(4)).toBe('高级工（三级）');
    expect(skillLevelLabel(7)).toBe('特级技师');
    expect(skillLevelLabel(null)).toBe('全部等级');
  });
});
