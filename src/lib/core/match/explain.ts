/**
 * 符合 / 欠缺: a short Chinese reason list per result, read off the components (个人信息保护法
 * art. 24: people may ask how an automated decision was reached). Built for the top results only.
 */
import { formatChineseNumeral, formatMoneyRange, formatWithUnit } from '../format';
import { skillLevelName } from '../skill-levels';
import { foldTerm } from '../terms/fold';
import { occupationRelation, locationRelation } from './components';
import type { Person, PreparedJob } from './fit';
import type { MatchIndex } from './match-index';
import { relatedPair } from './related-occupations';
import type { Components, Reasons } from './types';
import { EXPERIENCE, type SeekerComponentKey } from './weights';

const list = (names: string[]) => names.join('、');

/** Pay as every page says it (core/format.ts): an expected-pay band, a job's range. */
const band = (min: number | null, max: number | null): string => (min === null ? '未填写' : formatMoneyRange(min, max, '元/月'));
const range = (min: number | null, max: number | null): string => formatMoneyRange(min, max, '元/月');

/** Reasons shared by both directions: how the person meets the job's asks. */
function employerReasons(index: MatchIndex, job: PreparedJob, p: Person, c: Components, salary = true): Reasons {
  const cat = index.catalogue;
  const q = job.query;
  const fits: string[] = [];
  const gaps: string[] = [];
  const occName = (code: string) => cat.occupationNames.get(code) ?? code;
  const skillName = (id: string) => cat.skills.names.get(id) ?? id;
  const certName = (id: string) => cat.certificates.names.get(id) ?? id;
  const region = (code: string | null) => (code ? (cat.regionNames.get(code) ?? code) : '未知地区');

  const rel = occupationRelation(q.occupation_code, p.occupation_code);
  if (rel === 'same') fits.push(`职业对口：${occName(p.occupation_code)}`);
  else if (rel === 'related') fits.push(`相关职业：${occName(p.occupation_code)}（${relatedPair(q.occupation_code, p.occupation_code)!.why}）`);
  else gaps.push(`非本职业：${occName(p.occupation_code)}（同属${occName(p.occupation_code.split('-').slice(0, 3).join('-'))}）`);

  if (p.skill_level >= q.min_level) fits.push(`技能等级${skillLevelName(p.skill_level)}，达到要求（${skillLevelName(q.min_level)}）`);
  else gaps.push(`技能等级${skillLevelName(p.skill_level)}，低于要求（${skillLevelName(q.min_level)}）${formatChineseNumeral(q.min_level - p.skill_level)}级`);

  // a skill read from what the person wrote says how (按“电悍”理解为“电焊”), and whether it counts only partially
  const held = (s: string) => p.skills.has(s) || p.inferredSkills.has(s);
  const heldName = (id: string) => {
    const note = p.notes?.find((n) => n.kind === 'skill' && n.id === id);
    const partial = p.inferredSkills.has(id) ? '，部分计分' : '';
    if (note) return `${skillName(id)}（按“${note.text}”理解${note.via !== skillName(id) && foldTerm(note.via) !== foldTerm(note.text) ? `为“${note.via}”` : ''}${partial}）`;
    return partial ? `${skillName(id)}（据登记内容推断${partial}）` : skillName(id);
  };
  const heldReq = q.required_skills.filter(held);
  const missReq = q.required_skills.filter((s) => !held(s));
  if (heldReq.length) fits.push(`必备技能 ${heldReq.length}/${q.required_skills.length}：${list(heldReq.map(heldName))}`);
  if (missReq.length) gaps.push(`缺必备技能：${list(missReq.map(skillName))}`);
  const heldPref = q.preferred_skills.filter(held);
  const missPref = q.preferred_skills.filter((s) => !held(s));
  if (heldPref.length) fits.push(`优先技能：${list(heldPref.map(heldName))}`);
  if (missPref.length) gaps.push(`无优先技能：${list(missPref.map(skillName))}`);

  if (job.gatedCertificates.length) fits.push(`持有必备证书：${list(job.gatedCertificates.map(certName))}`);
  const heldCert = job.scoredCertificates.filter((x) => p.certificates.has(x));
  const missCert = job.scoredCertificates.filter((x) => !p.certificates.has(x));
  if (heldCert.length) fits.push(`持有证书：${list(heldCert.map(certName))}`);
  if (missCert.length) gaps.push(`缺证书：${list(missCert.map(certName))}`);

  const where = locationRelation(q.region_code, p.region_code, index.adjacency);
  const willing = p.willing_to_relocate === true ? '，愿意异地工作' : p.willing_to_relocate === false ? '，不愿异地工作' : '';
  if (where === 'same') fits.push(`同在${region(q.region_code)}`);
  else if (where === 'adjacent') (c.location >= 0.8 ? fits : gaps).push(`在相邻的${region(p.region_code)}${willing}`);
  else if (where === 'elsewhere') {
    if (p.willing_to_relocate === true) fits.push(`在${region(p.region_code)}，愿意异地工作`);
    else gaps.push(`在${region(p.region_code)}${willing || '，未说明是否愿意异地工作'}`);
  }

  if (salary && p.expected_salary_min !== null && (q.salary_min !== null || q.salary_max !== null)) {
    const expected = `期望月薪 ${band(p.expected_salary_min, p.expected_salary_max)}`;
    if (c.salary >= 1) fits.push(`${expected}，在岗位范围（${range(q.salary_min, q.salary_max)}）内`);
    else if ((p.expected_salary_max ?? p.expected_salary_min) > (q.salary_max ?? q.salary_min!)) gaps.push(`${expected}，高于岗位上限 ${formatWithUnit(q.salary_max ?? q.salary_min, '元/月')}`);
    else gaps.push(`${expected}，低于岗位下限 ${formatWithUnit(q.salary_min ?? q.salary_max, '元/月')}`);
  }
  if (c.experience >= 1) fits.push(`从业 ${EXPERIENCE.capYears} 年以上（经验按 ${EXPERIENCE.capYears} 年封顶计分）`);
  else if (c.experience >= 0.6) fits.push('从业 6 年以上');
  if (c.merit > 0) fits.push('有荣誉称号或竞赛获奖');
  return { fits, gaps };
}

export const explainCandidate = (index: MatchIndex, job: PreparedJob, p: Person, c: Components): Reasons => employerReasons(index, job, p, c);

export function explainJob(index: MatchIndex, job: PreparedJob, p: Person, c: Components, s: Record<SeekerComponentKey, number>): Reasons {
  // The seeker's own pay line replaces the employer's, which states the same gap the other way round.
  const r = employerReasons(index, job, p, c, false);
  const q = job.query;
  if (q.salary_min !== null || q.salary_max !== null) {
    if (s.seeker_pay >= 1 && p.expected_salary_min !== null) r.fits.push(`岗位月薪 ${range(q.salary_min, q.salary_max)}，达到期望`);
    else if (s.seeker_pay < 1 && p.expected_salary_min !== null)
      r.gaps.push(`岗位月薪最高 ${formatWithUnit(q.salary_max ?? q.salary_min, '元/月')}，低于期望 ${formatWithUnit(p.expected_salary_min, '元/月')}`);
  }
  if (s.seeker_level < 1) r.gaps.push(`岗位只要求${skillLevelName(q.min_level)}，低于您的等级（${skillLevelName(p.skill_level)}）`);
  return r;
}
