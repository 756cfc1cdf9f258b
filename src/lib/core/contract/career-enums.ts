/**
 * Closed vocabularies of the career, training and education sources (DESIGN §3b). Unlike the
 * English-coded enums of §3, these values are stored in Chinese exactly as the contract lists
 * them (`code` = `label`); `aliases` are other wordings a bureau spreadsheet may use. The demo
 * generator writes the codes; the pipeline and the pages reuse these very lists.
 */
import type { EnumDef, EnumValue } from '../enums';

const value = (code: string, ...aliases: string[]): EnumValue => (aliases.length ? { code, label: code, aliases } : { code, label: code });

/** training_providers.kind */
export const TRAINING_PROVIDER_KINDS: EnumDef = [
  value('技工院校', '技师学院', '高级技工学校', '技工学校'),
  value('职业院校', '中等职业学校', '高等职业院校', '职业学校'),
  value('民办培训机构', '民办职业培训学校', '职业培训学校', '培训机构'),
  value('企业培训中心', '企业培训机构', '职工培训中心'),
  value('公共实训基地', '实训基地', '公共实训中心'),
  value('高技能人才培训基地', '高技能人才基地'),
  value('技能大师工作室', '大师工作室')
];

/** training_providers.status and evaluation_bodies.status */
export const ORGANISATION_STATUSES: EnumDef = [
  value('正常', '有效', '存续', '在册'),
  value('暂停', '暂停资格', '整改中'),
  value('撤销', '取消资格', '注销', '已撤销')
];

/** training_programmes.type */
export const TRAINING_TYPES: EnumDef = [
  value('就业技能培训', '就业技能'),
  value('岗位技能提升培训', '岗位技能提升', '岗位提升培训'),
  value('创业培训', 'SYB创业培训', '创业'),
  value('学徒制', '企业新型学徒制', '新型学徒制', '学徒制培训'),
  value('订单式', '订单式培训', '订单培训'),
  value('套餐制', '套餐制培训'),
  value('项目制', '项目制培训'),
  value('乡村工匠', '乡村工匠培训')
];

/** training_programmes.mode */
export const TRAINING_MODES: EnumDef = [
  value('线下', '面授', '线下集中'),
  value('线上', '网络培训', '在线'),
  value('线上线下混合', '混合式', '线上线下结合'),
  value('工学交替', '工学结合', '半工半读')
];

/** training_programmes.eligible_groups (a list) */
export const TRAINING_ELIGIBLE_GROUPS: EnumDef = [
  value('登记失业人员', '失业人员'),
  value('农村转移劳动力', '农村劳动力转移就业人员'),
  value('脱贫劳动力', '脱贫人口', '建档立卡脱贫劳动力'),
  value('城乡未继续升学初高中毕业生', '两后生'),
  value('高校毕业生', '离校未就业高校毕业生'),
  value('退役军人'),
  value('残疾人'),
  value('企业在职职工', '在职职工', '企业职工'),
  value('企业新录用职工', '新录用职工'),
  value('技工院校在校生', '在校生'),
  value('返乡入乡创业人员', '返乡创业人员'),
  value('农村劳动力', '农民')
];

/** certifications.route (职业技能等级认定 routes) */
export const CERTIFICATION_ROUTES: EnumDef = [
  value('院校评价', '院校认定', '学校评价'),
  value('企业自主评价', '企业评价', '用人单位评价', '企业技能人才自主评价'),
  value('社会培训评价组织', '社会评价', '社会培训评价组织评价'),
  value('专项职业能力考核', '专项能力考核', '专项职业能力'),
  value('破格晋升', '破格', '破格评价'),
  value('竞赛晋升', '竞赛', '以赛代评', '技能竞赛晋升')
];

/** evaluation_bodies.kind */
export const EVALUATION_BODY_KINDS: EnumDef = [
  value('用人单位', '企业', '企业评价机构'),
  value('社会培训评价组织', '社会评价组织'),
  value('技工院校', '技师学院', '高级技工学校', '技工学校'),
  value('职业院校', '中等职业学校', '高等职业院校'),
  value('职业技能鉴定中心', '鉴定中心', '职业技能鉴定所', '鉴定站')
];

/** schools.kind */
export const SCHOOL_KINDS: EnumDef = [
  value('技师学院'),
  value('高级技工学校'),
  value('技工学校'),
  value('中职', '中等职业学校', '职业高级中学', '职业高中', '中专'),
  value('高职', '高等职业院校', '职业技术学院', '高职院校', '高专')
];

/** shortage_list.status, most urgent first */
export const SHORTAGE_STATUSES: EnumDef = [value('紧缺', '急需紧缺', '严重紧缺'), value('较紧缺', '比较紧缺'), value('关注', '观察', '需关注')];

/** shortage_list.cause: the likely reason, after Australia's shortage tags. */
export const SHORTAGE_CAUSES: EnumDef = [
  value('培训周期长', '培养周期长'),
  value('培训周期短', '培养周期短'),
  value('岗位吸引力', '岗位吸引力不足', '工作条件差'),
  value('留人难', '流失率高', '人才流失'),
  value('新兴职业', '新职业', '新兴职业供给不足')
];

/** shortage_list.benefits (a list): what the listing unlocks. */
export const SHORTAGE_BENEFITS: EnumDef = [value('培训补贴上浮', '补贴上浮'), value('人才引进待遇', '人才引进')];

/** shortage_list.period: a calendar quarter, `2025Q4`. */
export const SHORTAGE_PERIOD = /^(\d{4})Q([1-4])$/;

export const shortagePeriod = (year: number, quarter: number): string => `${year}Q${quarter}`;

/** honours.honour: the titles of the roll, highest first (other titles may follow `…` in the contract). */
export const HONOURS: EnumDef = [
  value('中华技能大奖'),
  value('全国技术能手'),
  value('政府特殊津贴', '国务院政府特殊津贴', '享受国务院政府特殊津贴'),
  value('省技术能手', '云南省技术能手', '省级技术能手'),
  value('首席技师', '云岭首席技师', '红河州首席技师', '州首席技师'),
  value('州技术能手', '红河州技术能手', '州级技术能手'),
  value('技能大师工作室', '技能大师工作室领办人', '国家级技能大师工作室', '省级技能大师工作室')
];

/** level_requirements.alternatives: each item is written `类别：说明`, the category one of these. */
export const REQUIREMENT_ALTERNATIVE_KINDS: EnumDef = [value('学历'), value('竞赛名次', '竞赛晋升', '竞赛'), value('破格', '破格晋升'), value('企业自主评价', '企业评价')];

/** level_equivalence.uses (a list): what an equivalence unlocks. */
export const EQUIVALENCE_USES: EnumDef = [value('职称评审'), value('事业单位招聘', '事业单位公开招聘'), value('落户'), value('待遇', '人才待遇', '工资待遇')];
