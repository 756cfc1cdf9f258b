/**
 * National policy targets the pages measure against (2022 意见 on high-skill talent, for the end
 * of the 14th five-year plan).
 */
/** 高技能人才 should be one third of 技能人才. */
export const HIGH_SKILL_SHARE_TARGET = 1 / 3;
/** The same target as the policy words it: 三分之一. */
export const HIGH_SKILL_SHARE_TARGET_WORDS = '三分之一';
/** 技能人才 should be at least 30 % of the employed. */
export const SKILLED_SHARE_OF_EMPLOYED_TARGET = 0.3;
export const TARGET_YEAR = 2025;
