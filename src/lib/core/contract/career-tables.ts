/**
 * The career, training and education source tables (DESIGN §3b), part of the data dictionary
 * (`TABLES` in core/dictionary.ts). Every table is optional; the two marked `confidential` are
 * microdata that are only ever published aggregated, with cells under the thresholds of
 * core/disclosure.ts withheld.
 */
import type { ColumnDef, TableDef } from '../dictionary';
import {
  CERTIFICATION_ROUTES,
  EVALUATION_BODY_KINDS,
  HONOURS,
  ORGANISATION_STATUSES,
  SCHOOL_KINDS,
  SHORTAGE_CAUSES,
  SHORTAGE_STATUSES,
  TRAINING_MODES,
  TRAINING_PROVIDER_KINDS,
  TRAINING_TYPES
} from './career-enums';
import { LIST, TEXT, YEAR, occupationCode, regionCode, skillLevel } from './columns';

const BOOLEAN = { kind: 'boolean' } as const;
const DATE = { kind: 'date' } as const;
const count = (max = 1_000_000) => ({ kind: 'int', min: 0, max }) as const;
const money = { kind: 'number', min: 0, max: 1_000_000 } as const;
const score = { kind: 'number', min: 0, max: 100 } as const;
const optionalRegion = (description: string): ColumnDef => ({ ...regionCode(description), required: false });
const status = (description: string): ColumnDef => ({
  name: 'status',
  label: '状态',
  aliases: ['资格状态', '机构状态'],
  type: { kind: 'enum', values: ORGANISATION_STATUSES },
  description
});

export const CAREER_SOURCE_TABLES: readonly TableDef[] = [
  {
    name: 'training_providers',
    label: '培训机构',
    description: 'Training providers: 技工院校, 职业院校, private schools, enterprise centres, public training bases, 技能大师工作室 …',
    key: ['provider_id'],
    columns: [
      { name: 'provider_id', label: '机构编号', aliases: ['机构代码', '编号'], type: TEXT, required: true, description: 'stable id' },
      { name: 'name', label: '机构名称', aliases: ['名称', '培训机构'], type: TEXT, required: true, description: 'official name' },
      { name: 'kind', label: '机构类型', aliases: ['类型', '类别'], type: { kind: 'enum', values: TRAINING_PROVIDER_KINDS }, required: true, description: '技工院校 / 职业院校 / 民办培训机构 / 企业培训中心 / 公共实训基地 / 高技能人才培训基地 / 技能大师工作室' },
      optionalRegion('county (or the prefecture) where the provider is'),
      { name: 'credit_code', label: '统一社会信用代码', aliases: ['信用代码', '社会信用代码'], type: { kind: 'text', maxLength: 18 }, description: '18-character 统一社会信用代码' },
      status('正常 / 暂停 / 撤销; programmes of a suspended or revoked provider are shown as such, with the note'),
      { name: 'status_note', label: '状态说明', aliases: ['备注', '说明'], type: TEXT, description: 'why a provider is suspended or revoked, as published' }
    ]
  },
  {
    name: 'training_programmes',
    label: '培训项目',
    description: 'Courses offered (the 培训目录): occupation, target level, type, hours, dates, fee and subsidy per person.',
    key: ['programme_id'],
    rules: [
      { kind: 'ascending', columns: ['practical_hours', 'hours'], message: '实操课时不能多于总课时' },
      { kind: 'date_order', from: 'start_date', to: 'end_date' },
      { kind: 'level_defined', column: 'target_level' }
    ],
    columns: [
      { name: 'programme_id', label: '项目编号', aliases: ['培训项目编号', '班级编号', '编号'], type: TEXT, required: true, description: 'stable id' },
      { name: 'provider_id', label: '机构编号', aliases: ['培训机构编号'], type: TEXT, required: true, ref: { table: 'training_providers', column: 'provider_id' }, description: 'the provider' },
      { name: 'name', label: '项目名称', aliases: ['培训项目', '班级名称', '名称'], type: TEXT, required: true, description: 'course name' },
      occupationCode('细类 the course trains for'),
      skillLevel(false, 'target_level', '培训等级', 'skill level the course leads to'),
      { name: 'type', label: '培训类型', aliases: ['类型', '培训形式'], type: { kind: 'enum', values: TRAINING_TYPES }, required: true, description: '就业技能培训 / 岗位技能提升培训 / 创业培训 / 学徒制 / 订单式 / 套餐制 / 项目制 / 乡村工匠' },
      { name: 'skills', label: '培训技能', aliases: ['培训内容', '技能'], type: LIST, description: 'skills taught: ids or names, mapped onto the skill vocabulary' },
      { name: 'hours', label: '总课时', aliases: ['课时', '学时'], type: { kind: 'int', min: 1, max: 10_000 }, description: 'class hours' },
      { name: 'practical_hours', label: '实操课时', aliases: ['实训课时', '实操学时'], type: { kind: 'int', min: 0, max: 10_000 }, description: 'practical hours (≤ hours)' },
      { name: 'mode', label: '培训方式', aliases: ['授课方式', '方式'], type: { kind: 'enum', values: TRAINING_MODES }, lenient: true, description: '线下 / 线上 / 线上线下混合 / 工学交替; common phrasings accepted' },
      { name: 'start_date', label: '开班日期', aliases: ['开始日期', '开课日期'], type: DATE, description: 'first day' },
      { name: 'end_date', label: '结业日期', aliases: ['结束日期'], type: DATE, description: 'last day' },
      { name: 'capacity', label: '计划人数', aliases: ['招生人数', '名额'], type: { kind: 'int', min: 1, max: 10_000 }, description: 'places' },
      { name: 'fee', label: '培训费', aliases: ['收费标准', '费用'], type: money, description: '元 per person' },
      { name: 'subsidy', label: '补贴标准', aliases: ['培训补贴', '补贴'], type: money, description: '元 per person, before the shortage uplift' },
      { name: 'shortage_uplift', label: '紧缺上浮比例', aliases: ['上浮比例'], type: { kind: 'number', min: 0, max: 1 }, description: 'share added to the subsidy (0.2 = +20 %) when the occupation (and level, and county, where the list says) is 紧缺 or 较紧缺 on the shortage list in force at the start; the publisher checks the list' },
      { name: 'eligible_groups', label: '补贴对象', aliases: ['培训对象', '适用人群'], type: LIST, description: 'who may claim the subsidy (登记失业人员, 农村转移劳动力 …)' },
      optionalRegion('county where the course is held'),
      { name: 'year', label: '年度', aliases: ['年份', '计划年度'], type: YEAR, required: true, plannedYear: true, description: 'year of the course (its cohort year); next year’s catalogue is allowed' }
    ]
  },
  {
    name: 'training_enrolments',
    label: '培训学员记录（明细）',
    description: 'Confidential: one row per person and course (the 终身职业技能培训电子档案). Published only as outcomes per programme and per provider × cohort year.',
    key: ['person_id', 'programme_id', 'enrolled_at'],
    confidential: true,
    rules: [{ kind: 'date_order', from: 'enrolled_at', to: 'completed_at' }],
    columns: [
      { name: 'person_id', label: '人员编号', aliases: ['身份证号', '学员编号'], type: TEXT, required: true, private: true, asWritten: true, description: 'any stable person id (counted, never published)' },
      { name: 'programme_id', label: '项目编号', aliases: ['培训项目编号', '班级编号'], type: TEXT, required: true, ref: { table: 'training_programmes', column: 'programme_id' }, description: 'the course' },
      { name: 'enrolled_at', label: '报名日期', aliases: ['入学日期', '报到日期'], type: DATE, required: true, notAfterAsOf: true, description: 'enrolment date' },
      { name: 'completed', label: '是否结业', aliases: ['结业', '完成培训'], type: BOOLEAN, description: 'finished the course (empty = unknown)' },
      { name: 'completed_at', label: '结业日期', aliases: ['完成日期'], type: DATE, notAfterAsOf: true, description: 'date finished' },
      skillLevel(false, 'level_gained', '取得等级', 'skill level certified after the course (empty or 0: none)'),
      { name: 'employed_6m', label: '6个月就业', aliases: ['半年内就业', '六个月内就业'], type: BOOLEAN, description: 'employed 6 months after the course (empty = unknown)' },
      { name: 'monthly_wage_after', label: '培训后月工资', aliases: ['就业月工资', '月工资'], type: money, private: true, description: '元/月 after the course (empty or 0: unknown)' },
      { name: 'subsidy_paid', label: '已发补贴', aliases: ['补贴金额'], type: money, private: true, description: '元 paid' }
    ]
  },
  {
    name: 'certifications',
    label: '职业技能等级认定记录（明细）',
    description: 'Confidential: one row per assessment (职业技能等级认定). Published only as candidates, passes and pass rates per cell, small cells withheld.',
    confidential: true,
    rules: [{ kind: 'level_defined', column: 'skill_level' }],
    columns: [
      { name: 'person_id', label: '人员编号', aliases: ['身份证号', '考生编号'], type: TEXT, required: true, private: true, asWritten: true, description: 'any stable person id (counted, never published)' },
      occupationCode('细类 assessed'),
      skillLevel(true, 'skill_level', '认定等级', 'level assessed (0 for 专项职业能力, which certifies no level)'),
      { name: 'body_id', label: '评价机构编号', aliases: ['机构编号', '评价机构'], type: TEXT, required: true, ref: { table: 'evaluation_bodies', column: 'body_id', ifPresent: true }, description: 'the evaluation body; its county is the record’s county' },
      { name: 'route', label: '评价方式', aliases: ['认定方式', '评价途径'], type: { kind: 'enum', values: CERTIFICATION_ROUTES }, required: true, description: '院校评价 / 企业自主评价 / 社会培训评价组织 / 专项职业能力考核 / 破格晋升 / 竞赛晋升' },
      { name: 'exam_date', label: '考核日期', aliases: ['认定日期', '考试日期'], type: DATE, required: true, notAfterAsOf: true, description: 'date of the assessment' },
      { name: 'passed', label: '是否通过', aliases: ['通过', '合格'], type: BOOLEAN, required: true, description: 'passed' },
      { name: 'certificate_no', label: '证书编号', aliases: ['证书号'], type: TEXT, private: true, asWritten: true, description: 'certificate number (never published)' },
      { name: 'theory_score', label: '理论成绩', aliases: ['理论知识成绩'], type: score, private: true, description: 'score out of 100' },
      { name: 'practical_score', label: '实操成绩', aliases: ['技能操作成绩', '操作成绩'], type: score, private: true, description: 'score out of 100' }
    ]
  },
  {
    name: 'evaluation_bodies',
    label: '评价机构',
    description: 'The public register of 职业技能等级认定 bodies and what they may certify.',
    key: ['body_id'],
    columns: [
      { name: 'body_id', label: '评价机构编号', aliases: ['机构编号', '编号'], type: TEXT, required: true, description: 'stable id' },
      { name: 'name', label: '机构名称', aliases: ['名称'], type: TEXT, required: true, description: 'official name' },
      { name: 'kind', label: '机构类型', aliases: ['类型'], type: { kind: 'enum', values: EVALUATION_BODY_KINDS }, required: true, description: '用人单位 / 社会培训评价组织 / 技工院校 / 职业院校 / 职业技能鉴定中心' },
      optionalRegion('county (or the prefecture) of the body'),
      { name: 'scope', label: '认定范围', aliases: ['评价范围', '职业范围'], type: LIST, ref: 'occupation_any', description: 'occupation codes at any depth (大类 … 细类) the body may certify' },
      status('正常 / 暂停 / 撤销')
    ]
  },
  {
    name: 'level_requirements',
    label: '申报条件',
    description: 'How one reaches a level: years at the level below, alternatives, the standard it comes from. A group code applies to the occupations below it; a built-in generic default applies where the bureau gives none.',
    key: ['occupation_code', 'to_level'],
    rules: [{ kind: 'ascending', columns: ['from_level', 'to_level'], strict: true, message: '原等级须低于申报等级' }],
    columns: [
      occupationCode('细类, or a group whose occupations the rule covers', 'occupation_any'),
      skillLevel(true, 'to_level', '申报等级', 'the level applied for'),
      { name: 'min_years', label: '最低年限', aliases: ['工作年限', '年限要求'], type: { kind: 'number', min: 0, max: 40 }, required: true, description: 'years at `from_level` (or in the trade) before applying' },
      skillLevel(false, 'from_level', '原等级', 'the level held before (default: the one below `to_level`)'),
      { name: 'alternatives', label: '其他条件', aliases: ['替代条件', '破格条件'], type: LIST, description: 'other ways in, each `类别：说明` with 类别 one of 学历 / 竞赛名次 / 破格 / 企业自主评价' },
      { name: 'basis', label: '依据', aliases: ['政策依据', '标准依据'], type: TEXT, description: 'the standard or document the rule comes from' }
    ]
  },
  {
    name: 'level_equivalence',
    label: '等级与职称学历贯通',
    description: 'What a skill level counts as (职称, 学历) and what that unlocks; overrides the built-in national default level by level.',
    key: ['skill_level'],
    columns: [
      skillLevel(true),
      { name: 'title_equivalent', label: '对应职称', aliases: ['职称', '可比照职称'], type: TEXT, required: true, description: 'professional title it is treated as (助理工程师 …)' },
      { name: 'education_equivalent', label: '对应学历', aliases: ['学历', '比照学历'], type: TEXT, description: 'education it is treated as (大专 …)' },
      { name: 'uses', label: '适用范围', aliases: ['用途', '享受待遇'], type: LIST, description: '职称评审 / 事业单位招聘 / 落户 / 待遇 …' },
      { name: 'basis', label: '依据', aliases: ['政策依据'], type: TEXT, description: 'the policy document' }
    ]
  },
  {
    name: 'schools',
    label: '职业院校',
    description: '技师学院, 高级技工学校, 技工学校, 中职 and 高职 of the prefecture.',
    key: ['school_id'],
    columns: [
      { name: 'school_id', label: '学校编号', aliases: ['院校编号', '编号'], type: TEXT, required: true, description: 'stable id' },
      { name: 'name', label: '学校名称', aliases: ['院校名称', '名称'], type: TEXT, required: true, description: 'official name' },
      { name: 'kind', label: '学校类型', aliases: ['类型', '办学类型'], type: { kind: 'enum', values: SCHOOL_KINDS }, required: true, description: '技师学院 / 高级技工学校 / 技工学校 / 中职 / 高职' },
      optionalRegion('county of the school')
    ]
  },
  {
    name: 'school_outcomes',
    label: '院校毕业生去向',
    description: 'One row per school × major × graduating cohort, as counts the schools report. Rates are derived by the pipeline and withheld under the school threshold.',
    key: ['school_id', 'major', 'cohort'],
    rules: [
      { kind: 'ascending', columns: ['employed_relevant', 'employed_6m', 'graduates'], message: '对口就业人数 ≤ 就业人数 ≤ 毕业生人数' },
      { kind: 'ascending', columns: ['further_study', 'graduates'], message: '升学人数不能多于毕业生人数' },
      { kind: 'ascending', columns: ['certified_level4plus', 'certified_any', 'graduates'], message: '高级工及以上证书人数 ≤ 取得证书人数 ≤ 毕业生人数' }
    ],
    columns: [
      { name: 'school_id', label: '学校编号', aliases: ['院校编号'], type: TEXT, required: true, ref: { table: 'schools', column: 'school_id' }, description: 'the school' },
      { name: 'major', label: '专业', aliases: ['专业名称'], type: TEXT, required: true, description: 'major as the school names it' },
      { name: 'cohort', label: '毕业年份', aliases: ['届别', '毕业届'], type: YEAR, required: true, description: 'graduating year' },
      { name: 'graduates', label: '毕业生人数', aliases: ['毕业人数'], type: count(), required: true, description: 'graduates' },
      occupationCode('细类 the major trains for', 'occupation', false),
      { name: 'employed_6m', label: '6个月就业人数', aliases: ['就业人数', '半年就业人数'], type: count(), description: 'employed 6 months after graduating (those in further study not counted)' },
      { name: 'employed_relevant', label: '对口就业人数', aliases: ['专业对口就业人数'], type: count(), description: 'employed in a job related to the major' },
      { name: 'further_study', label: '升学人数', aliases: ['继续升学人数'], type: count(), description: 'in further study' },
      { name: 'certified_level4plus', label: '高级工及以上证书人数', aliases: ['高级工以上证书人数'], type: count(), description: 'graduates holding a 高级工 or higher certificate' },
      { name: 'certified_any', label: '取得职业技能等级证书人数', aliases: ['取得证书人数', '双证人数'], type: count(), description: 'graduates holding any skill-level certificate' },
      { name: 'median_monthly_wage', label: '月收入中位数', aliases: ['就业月收入中位数', '月薪中位数'], type: money, description: '元/月 of the employed graduates' },
      { name: 'order_class_students', label: '订单班人数', aliases: ['订单培养人数'], type: count(), description: 'students in 订单班' },
      { name: 'apprentices', label: '学徒人数', aliases: ['现代学徒制人数'], type: count(), description: 'apprentices' },
      { name: 'partner_enterprises', label: '合作企业', aliases: ['校企合作企业'], type: LIST, description: 'partner enterprises (校企合作)' }
    ]
  },
  {
    name: 'shortage_list',
    label: '急需紧缺职业（工种）目录',
    description: 'The 急需紧缺 list per period: status, score, the likely cause and what a listing unlocks.',
    key: ['period', 'occupation_code', 'skill_level', 'region_code'],
    columns: [
      { name: 'period', label: '期别', aliases: ['发布期', '季度', '时期'], type: { kind: 'quarter' }, required: true, description: 'the quarter the list is for, `2025Q4`' },
      occupationCode('细类 on the list'),
      { name: 'status', label: '紧缺程度', aliases: ['紧缺状态', '状态', '类别'], type: { kind: 'enum', values: SHORTAGE_STATUSES }, required: true, description: '紧缺 / 较紧缺 / 关注' },
      skillLevel(false, 'skill_level', '技能等级', 'the level that is short; empty = all levels'),
      optionalRegion('county, or the prefecture for a prefecture-wide listing (empty = the prefecture)'),
      { name: 'score', label: '紧缺指数', aliases: ['紧缺度', '评分'], type: { kind: 'number', min: 0, max: 100 }, description: 'the shortage score the list is ranked by' },
      { name: 'vacancies', label: '岗位空缺数', aliases: ['需求人数', '空缺'], type: count(), description: 'vacancies in the period' },
      { name: 'applicants', label: '求职人数', aliases: ['求职人数（人）'], type: count(), description: 'applicants in the period' },
      { name: 'cause', label: '紧缺原因', aliases: ['原因'], type: { kind: 'enum', values: SHORTAGE_CAUSES }, lenient: true, description: '培训周期长 / 培训周期短 / 岗位吸引力 / 留人难 / 新兴职业' },
      { name: 'benefits', label: '支持政策', aliases: ['享受政策', '配套政策'], type: LIST, description: 'what the listing unlocks (培训补贴上浮, 人才引进待遇 …); their other wordings (补贴上浮, 人才引进) are published as these, anything else as written' }
    ]
  },
  {
    name: 'honours',
    label: '技能人才荣誉',
    description: 'The honours roll (中华技能大奖, 全国技术能手, 首席技师, 技能大师工作室 …). Names are published only where officially announced.',
    columns: [
      { name: 'honour', label: '荣誉', aliases: ['荣誉称号', '奖项'], type: { kind: 'enum', values: HONOURS }, required: true, description: 'the honour' },
      { name: 'year', label: '年份', aliases: ['授予年份', '年度'], type: YEAR, required: true, description: 'year awarded' },
      { name: 'name', label: '姓名', aliases: ['获得者'], type: TEXT, required: true, private: true, description: 'published only when `announced`, otherwise masked to surname + 某 (王某)' },
      occupationCode('细类 of the holder', 'occupation', false),
      { name: 'unit', label: '工作单位', aliases: ['单位'], type: TEXT, description: 'enterprise or school' },
      optionalRegion('county of the unit'),
      { name: 'announced', label: '已公示', aliases: ['是否公示', '公示'], type: BOOLEAN, description: 'the name was in an official public announcement' },
      { name: 'studio', label: '工作室名称', aliases: ['技能大师工作室'], type: TEXT, private: true, description: 'a 技能大师工作室’s name (it carries the holder’s name: when not announced the name in it is masked like the name, and a name without it is not published)' },
      { name: 'person_id', label: '人员编号', aliases: ['人才编号'], type: TEXT, ref: { table: 'talent', column: 'person_id', ifPresent: true }, private: true, description: 'link to the registry (never published; a consenting person gets a pool link)' }
    ]
  }
];
