/**
 * What a listing unlocks, in words an employer reads (the benefits of `SHORTAGE_BENEFITS`). A
 * benefit the bureau writes in other words is shown as written. Illustrative wording: the
 * bureau's own policy document decides the amounts.
 */
export const BENEFIT_EXPLAINED: Readonly<Record<string, string>> = {
  培训补贴上浮: '开展该职业（工种）的职业技能培训，培训补贴在标准之上上浮（各培训项目标明上浮比例）',
  人才引进待遇: '引进该职业（工种）的技能人才，可按人才引进政策申请相应待遇（安家、生活补贴等）'
};

export const benefitExplained = (benefit: string): string => BENEFIT_EXPLAINED[benefit] ?? benefit;

/** What each status means on the list, most urgent first. */
export const STATUS_EXPLAINED: Readonly<Record<string, string>> = {
  紧缺: '供给明显不足，目录中最急需',
  较紧缺: '供给不足',
  关注: '接近紧缺，列入观察'
};
