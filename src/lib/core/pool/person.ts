/**
 * How a person of the consented pool is worded, wherever they appear: an entry on /pool/, a
 * candidate on /match/. What an entry may contain is decided by the pipeline (`pipeline/talent.ts`);
 * this file only labels it. People's phones are never published: contact goes through the bureau.
 */
import { AWARDS } from '../awards';
import { EXPERIENCE_BANDS } from '../bands';
import { AVAILABILITY, COMPETITION_TIERS, enumLabel } from '../enums';
import { formatMoneyRange } from '../format';
import type { PoolRow } from '../match/types';
import { skillLevelLabel } from '../skill-levels';

/** How an employer reaches a person: through the bureau, by reference. */
export const POOL_CONTACT_ROUTE = '通过人社局人才服务窗口联系，提供编号';
export const poolContact = (ref: string): string => `${POOL_CONTACT_ROUTE} ${ref}`;

/** What the entry says where it holds nothing. */
export const NOT_GIVEN = '未填写';
const NONE_REGISTERED = '未登记';
/** A skill the publisher inferred from what the person wrote (a same-pinyin typo, ambiguous slang). */
export const INFERRED_NOTE = '据登记内容推断';

/** `2024:provincial:gold` → 2024 年省级竞赛 金牌. */
export function awardLabel(award: string): string {
  const [year, tier, code] = award.split(':');
  if (!code) return award;
  return `${year} 年${enumLabel(COMPETITION_TIERS, tier)}竞赛 ${enumLabel(AWARDS, code)}`;
}

export function experienceLabel(band: string | null): string {
  if (!band) return NOT_GIVEN;
  return EXPERIENCE_BANDS.find((b) => b.id === band)?.label ?? band;
}

/** Expected pay as published: a 1,000 元/月 band, open at the top. */
export const salaryBandLabel = (min: number | null, max: number | null): string => (min == null ? NOT_GIVEN : formatMoneyRange(min, max, '元/月'));

export const availabilityLabel = (code: string | null): string => (code ? enumLabel(AVAILABILITY, code) : NOT_GIVEN);

export const relocateLabel = (v: boolean | null): string => (v == null ? '异地工作未说明' : v ? '愿意异地工作' : '不考虑异地');

/** The published fields of a person: a pool listing's entry and a matcher's row both carry them. */
export type Person = PoolRow;

export interface PersonNames {
  occupation(code: string): string;
  region(code: string): string;
  skill(id: string): string;
  certificate(id: string): string;
}

export interface PersonFact {
  label: string;
  value: string;
}

/** 焊工 · 高级工（三级） · 个旧市: what the person does, at which level, where. */
export const personHeadline = (p: Person, names: PersonNames): { occupation: string; level: string; county: string } => ({
  occupation: names.occupation(p.occupation_code),
  level: skillLevelLabel(p.skill_level),
  county: names.region(p.region_code)
});

/** A lookup from code to name that falls back to the code (a name the release lacks still reads as something). */
export const nameLookup = (entries: Iterable<readonly [string, string]>): ((code: string) => string) => {
  const m = new Map(entries);
  return (code) => m.get(code) ?? code;
};

/** Names from the vocabularies a page holds (the release's occupations, regions, skills and certificates). */
export const personNames = (v: {
  occupations: readonly { code: string; name: string }[];
  regions: readonly { code: string; name: string }[];
  skills: Iterable<readonly [string, string]>;
  certificates: Iterable<readonly [string, string]>;
}): PersonNames => ({
  occupation: nameLookup(v.occupations.map((o) => [o.code, o.name])),
  region: nameLookup(v.regions.map((r) => [r.code, r.name])),
  skill: nameLookup(v.skills),
  certificate: nameLookup(v.certificates)
});

/**
 * The person's facts, in the order an employer reads them. Honours and awards only when there are
 * any; a list with nothing in it says 未登记, a field left blank 未填写 — never an empty line.
 */
export function personFacts(p: Person, names: PersonNames): PersonFact[] {
  const sure = (p.skills ?? []).map(names.skill);
  const inferred = (p.skills_inferred ?? []).map((id) => `${names.skill(id)}（${INFERRED_NOTE}）`);
  const skills = [...sure, ...inferred];
  const facts: PersonFact[] = [
    { label: '技能', value: skills.length ? skills.join('、') : NONE_REGISTERED },
    { label: '证书', value: p.certificates?.length ? p.certificates.map(names.certificate).join('、') : NONE_REGISTERED }
  ];
  if (p.honors?.length) facts.push({ label: '荣誉', value: p.honors.join('、') });
  if (p.competition_awards?.length) facts.push({ label: '竞赛获奖', value: p.competition_awards.map(awardLabel).join('；') });
  facts.push(
    { label: '从业年限', value: experienceLabel(p.experience_band) },
    { label: '期望月薪', value: salaryBandLabel(p.expected_salary_min, p.expected_salary_max) },
    { label: '求职状态', value: `${availabilityLabel(p.availability)}，${relocateLabel(p.willing_to_relocate)}` }
  );
  return facts;
}
