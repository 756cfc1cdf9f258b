/**
 * The data dictionary: every source table, its columns, their types, the Chinese labels a
 * spreadsheet may use as headers, and what each means. The publisher validates against it and
 * `npm run docs:dictionary` renders it to docs/data-dictionary.md; nothing else restates it.
 */
import { AWARDS } from './awards';
import {
  AVAILABILITY,
  CERTIFICATE_KINDS,
  COMPETITION_TIERS,
  GENDERS,
  OCCUPATION_MARKS,
  REGION_KINDS,
  UNIT_KINDS,
  WAGE_UNITS,
  type EnumDef
} from './enums';
import { CAREER_SOURCE_TABLES } from './contract/career-tables';
import { LIST, TEXT, YEAR, industry, occupationCode, regionCode, skillLevel } from './contract/columns';

export type ColumnType =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'year' }
  | { kind: 'skill_level' }
  | { kind: 'boolean' }
  | { kind: 'date' }
  /** A calendar quarter, stored as `2025Q4` (2025年第四季度, 2025-Q4 … accepted). */
  | { kind: 'quarter' }
  | { kind: 'list' }
  | { kind: 'occupation_code' }
  | { kind: 'region_code' }
  | { kind: 'industry' }
  | { kind: 'enum'; values: EnumDef };

/**
 * What a column's value (or each element of a list column) must exist in, checked in SQL once
 * every table is loaded. The named ones carry a domain rule (a county is a region whose kind is
 * county; a certificate may be written by id, name or short name). Anything else is a key of
 * another table: `{ table, column }`, e.g. `{ table: 'training_providers', column: 'provider_id' }`.
 */
export type Reference = 'region' | 'county' | 'occupation' | 'occupation_any' | 'certificate' | KeyReference;

export interface KeyReference {
  table: string;
  column: string;
  /** Only checked when the other table is given (a link into an optional registry). */
  ifPresent?: boolean;
}

export interface ColumnDef {
  name: string;
  label: string;
  /** Other headers accepted for this column (Chinese variants seen in bureau spreadsheets). */
  aliases?: readonly string[];
  type: ColumnType;
  required?: boolean;
  /** Each element of a list column, or the value, must resolve to this. */
  ref?: Reference;
  description: string;
  /** Personal or confidential: never published as such. */
  private?: boolean;
  /**
   * A descriptive column, forgiving: a value it cannot read is a warning, not an error, and is
   * published as 未注明 (an enum's `unknown` code, else empty). Never for keys, codes, levels that
   * gate anything, money, dates or consent.
   */
  lenient?: boolean;
  /** A date of something that has happened: one after the release's as-of date is an error. */
  notAfterAsOf?: boolean;
  /**
   * A year of something planned (a course in next year's catalogue): it may be after the as-of
   * date. Every other year column is of something that has happened, and a later one is an error.
   */
  plannedYear?: boolean;
  /**
   * Private free text that nothing reads (ID numbers, phones, employers, achievements): kept as
   * written, only trimmed, so a million-row registry does not pay for normalising it.
   */
  asWritten?: boolean;
}

/** A rule across the columns of one row, checked in SQL for every row. */
export type TableRule =
  /** Non-null values must not decrease from left to right (p10 ≤ … ≤ p90). */
  /** Each column ≥ the nearest non-null one to its left (> with `strict`). */
  | { kind: 'ascending'; columns: readonly string[]; message: string; strict?: boolean }
  /** `to` may not be before `from` (both dates). */
  | { kind: 'date_order'; from: string; to: string }
  /** The level may not exceed the `max_level` of the row's `occupation_code`. */
  | { kind: 'level_defined'; column: string };

export interface TableDef {
  name: string;
  label: string;
  description: string;
  /** Columns whose combination must be unique. */
  key?: readonly string[];
  /** Microdata: never published row by row, only aggregated with small cells withheld. */
  confidential?: boolean;
  rules?: readonly TableRule[];
  columns: readonly ColumnDef[];
}

export const TABLES: readonly TableDef[] = [
  {
    name: 'occupation_groups',
    label: '职业分类（大类、中类、小类）',
    description: 'The 职业分类大典 (2022) hierarchy above 细类: 大类 `6`, 中类 `6-18`, 小类 `6-18-02`.',
    key: ['code'],
    columns: [
      { name: 'code', label: '职业编码', aliases: ['编码', '代码'], type: { kind: 'occupation_code' }, required: true, description: '大类, 中类 or 小类 code' },
      { name: 'name', label: '名称', aliases: ['职业名称', '类别名称'], type: TEXT, required: true, description: 'official name' }
    ]
  },
  {
    name: 'occupations',
    label: '职业（细类）',
    description: 'Occupations at 细类 level, the unit of every wage price and talent record.',
    key: ['code'],
    columns: [
      { name: 'code', label: '职业编码', aliases: ['细类编码', '编码', '代码'], type: { kind: 'occupation_code' }, required: true, description: '细类 code `6-18-02-04`; its 小类 must exist in occupation_groups' },
      { name: 'name', label: '职业名称', aliases: ['名称', '细类名称'], type: TEXT, required: true, description: 'official name' },
      { name: 'aliases', label: '工种及别名', aliases: ['工种', '别名', '常用名'], type: LIST, description: '工种 and common names, `;`-separated; searched by the site' },
      { name: 'marks', label: '标识', aliases: ['职业标识'], type: { kind: 'enum', values: OCCUPATION_MARKS }, description: '`S` digital, `L` green, `L/S` both' },
      skillLevel(false, 'max_level', '最高等级', 'highest level the occupation standard defines (some stop at 技师); higher levels are rejected, and "not defined" is shown as such')
    ]
  },
  {
    name: 'regions',
    label: '行政区划',
    description: 'The prefecture and its counties, 6-digit administrative codes.',
    key: ['code'],
    columns: [
      { name: 'code', label: '行政区划代码', aliases: ['区划代码', '代码', '编码'], type: { kind: 'region_code' }, required: true, description: '6-digit code' },
      { name: 'name', label: '名称', aliases: ['地区名称', '区划名称'], type: TEXT, required: true, description: 'official name' },
      { name: 'parent_code', label: '上级区划代码', aliases: ['上级代码', '所属州市代码'], type: { kind: 'region_code' }, required: true, description: "the parent's code (for the prefecture: its province, e.g. 530000)" },
      { name: 'kind', label: '层级', aliases: ['类型', '区划类型'], type: { kind: 'enum', values: REGION_KINDS }, required: true, description: '`prefecture` (exactly one) or `county`' }
    ]
  },
  {
    name: 'region_stats',
    label: '人口与就业',
    description: 'Residents and employed persons per region and year, for per-capita figures and the 技能人才 ≥ 30 % target.',
    key: ['region_code', 'year'],
    rules: [{ kind: 'ascending', columns: ['employed', 'population'], message: '就业人员不能多于常住人口' }],
    columns: [
      regionCode('county or prefecture'),
      { name: 'year', label: '年份', aliases: ['年度', '统计年度'], type: YEAR, required: true, description: 'calendar year' },
      { name: 'population', label: '常住人口', aliases: ['人口', '年末常住人口'], type: { kind: 'int', min: 0 }, description: 'residents at year end (persons)' },
      { name: 'employed', label: '就业人员', aliases: ['从业人员', '就业人数', '从业人数'], type: { kind: 'int', min: 0 }, description: 'employed persons at year end' }
    ]
  },
  {
    name: 'skills',
    label: '技能词表',
    description: 'The canonical skill vocabulary; synonyms map free text in talent and job records onto it.',
    key: ['skill_id'],
    columns: [
      { name: 'skill_id', label: '技能编码', aliases: ['技能代码', '编码'], type: TEXT, required: true, description: 'stable id' },
      { name: 'name', label: '技能名称', aliases: ['名称'], type: TEXT, required: true, description: 'canonical name' },
      { name: 'synonyms', label: '同义词', aliases: ['别名', '近义词'], type: LIST, description: 'other ways the skill is written' },
      { name: 'occupation_codes', label: '相关职业', aliases: ['适用职业', '职业编码'], type: LIST, ref: 'occupation', description: '细类 codes the skill belongs to' }
    ]
  },
  {
    name: 'certificates',
    label: '证书目录',
    description: 'Certificates, including 特种作业操作证 that the law makes mandatory for some occupations.',
    key: ['cert_id'],
    columns: [
      { name: 'cert_id', label: '证书编码', aliases: ['证书代码', '编码'], type: TEXT, required: true, description: 'stable id' },
      { name: 'name', label: '证书名称', aliases: ['名称'], type: TEXT, required: true, description: 'official name' },
      { name: 'kind', label: '证书类别', aliases: ['类别', '类型'], type: { kind: 'enum', values: CERTIFICATE_KINDS }, required: true, description: '`special_operation` 特种作业 / `skill_level` / `qualification` / `other`' },
      { name: 'mandatory_for', label: '必备职业', aliases: ['持证上岗职业', '适用职业'], type: LIST, ref: 'occupation', description: '细类 codes that legally require this certificate' },
      { name: 'aliases', label: '简称', aliases: ['别名', '俗称'], type: LIST, description: 'common names (焊工证 …) accepted in talent and job records' }
    ]
  },
  {
    name: 'wage_survey',
    label: '企业薪酬调查（明细）',
    description: 'Confidential microdata of the 企业薪酬调查: one row per surveyed worker employed the full year. Never published; wage prices are computed from it.',
    confidential: true,
    rules: [{ kind: 'level_defined', column: 'skill_level' }],
    columns: [
      { name: 'year', label: '调查年份', aliases: ['年份', '年度', '统计年度'], type: YEAR, required: true, description: 'the year the wages were paid (survey year)' },
      regionCode('county of the enterprise', 'county'),
      industry(true),
      { name: 'enterprise_id', label: '企业编码', aliases: ['企业代码', '单位代码', '统一社会信用代码'], type: TEXT, required: true, private: true, description: 'any stable enterprise identifier (counted, never published)' },
      occupationCode('细类 of the worker'),
      skillLevel(),
      { name: 'annual_wage', label: '年工资', aliases: ['应发工资', '年应发工资', '全年工资', '年度工资'], type: { kind: 'number', min: 1, max: 10_000_000 }, required: true, private: true, description: '元/年 gross (应发: 基本工资、奖金、津贴和补贴、加班加点工资)' }
    ]
  },
  {
    name: 'wage_prices',
    label: '工资价位（已发布）',
    description: 'An already-published official wage-price table, the other way in; validated and published as given, with its unit.',
    key: ['year', 'region_code', 'occupation_code', 'skill_level', 'industry'],
    rules: [
      { kind: 'ascending', columns: ['p10', 'p25', 'p50', 'p75', 'p90'], message: '分位数须满足 p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90' },
      { kind: 'level_defined', column: 'skill_level' }
    ],
    columns: [
      { name: 'year', label: '调查年份', aliases: ['年份', '年度'], type: YEAR, required: true, description: 'survey year' },
      regionCode('county or the prefecture'),
      occupationCode('any level of the hierarchy (大类 … 细类)', 'occupation_any'),
      skillLevel(false),
      industry(false),
      { name: 'unit', label: '单位', aliases: ['计量单位', '计量单位（元）'], type: { kind: 'enum', values: WAGE_UNITS }, required: true, description: '元/年, 万元/年 (converted to 元/年), 元/月, 元/小时 or 元/次' },
      { name: 'p10', label: '低位数', aliases: ['10%分位值', '10%分位数', 'P10'], type: { kind: 'number', min: 0 }, required: true, description: '10th percentile' },
      { name: 'p25', label: '下四分位数', aliases: ['25%分位值', '25%分位数', 'P25'], type: { kind: 'number', min: 0 }, description: '25th percentile' },
      { name: 'p50', label: '中位数', aliases: ['50%分位值', '50%分位数', 'P50'], type: { kind: 'number', min: 0 }, required: true, description: 'median' },
      { name: 'p75', label: '上四分位数', aliases: ['75%分位值', '75%分位数', 'P75'], type: { kind: 'number', min: 0 }, description: '75th percentile' },
      { name: 'p90', label: '高位数', aliases: ['90%分位值', '90%分位数', 'P90'], type: { kind: 'number', min: 0 }, required: true, description: '90th percentile' },
      { name: 'mean', label: '平均数', aliases: ['平均值', '均值'], type: { kind: 'number', min: 0 }, description: 'mean' },
      { name: 'n_workers', label: '样本人数', aliases: ['调查人数', '人数'], type: { kind: 'int', min: 0 }, description: 'workers behind the cell, if stated' }
    ]
  },
  {
    name: 'talent',
    label: '技能人才库',
    description: 'The confidential registry (人才库), optionally one snapshot per statistical year. Only consenting people reach the published pool, minimised.',
    key: ['person_id', 'year'],
    confidential: true,
    rules: [{ kind: 'level_defined', column: 'skill_level' }],
    columns: [
      { name: 'person_id', label: '人员编号', aliases: ['人才编号', '编号'], type: TEXT, required: true, private: true, description: 'stable registry id; published only through an opaque per-release reference' },
      { name: 'year', label: '统计年度', aliases: ['年度', '快照年度'], type: YEAR, description: 'snapshot year; the pool is built from the latest; without it the file is one snapshot of the year of the latest updated_at' },
      { name: 'name', label: '姓名', type: TEXT, required: true, private: true, description: 'full name (never published)' },
      { name: 'id_number', label: '身份证号', aliases: ['公民身份号码', '身份证号码', '证件号码'], type: TEXT, private: true, asWritten: true, description: '18-digit ID (never published)' },
      { name: 'phone', label: '手机号', aliases: ['联系电话', '手机号码', '电话'], type: TEXT, private: true, asWritten: true, description: 'mobile number (never published)' },
      { name: 'gender', label: '性别', type: { kind: 'enum', values: GENDERS }, private: true, lenient: true, description: 'only in aggregate statistics; never in the pool or the matcher' },
      { name: 'birth_year', label: '出生年份', aliases: ['出生年'], type: { kind: 'int', min: 1930, max: 2015 }, private: true, description: 'only as age bands in aggregate statistics' },
      regionCode('county where the person works', 'county'),
      occupationCode('细类'),
      skillLevel(),
      { name: 'certificates', label: '证书', aliases: ['持有证书', '证书名称'], type: LIST, ref: 'certificate', description: 'certificate ids, names or short names' },
      { name: 'skills', label: '技能', aliases: ['技能特长', '专长'], type: LIST, description: 'free text, mapped onto the skill vocabulary' },
      { name: 'years_experience', label: '从业年限', aliases: ['工作年限', '工龄'], type: { kind: 'int', min: 0, max: 60 }, description: 'years; published as a capped band' },
      { name: 'employer', label: '工作单位', aliases: ['单位', '所在单位'], type: TEXT, private: true, asWritten: true, description: 'never published' },
      industry(false),
      { name: 'honors', label: '荣誉', aliases: ['荣誉称号', '获奖情况'], type: LIST, description: 'titles such as 全国技术能手; only recognised titles are published' },
      { name: 'achievements', label: '主要业绩', aliases: ['业绩', '业绩成果'], type: TEXT, private: true, asWritten: true, description: 'free text (never published)' },
      { name: 'availability', label: '求职状态', aliases: ['到岗状态', '到岗时间', '求职意向'], type: { kind: 'enum', values: AVAILABILITY }, lenient: true, description: 'when the person can start, on the scale below (随时到岗 … 暂不考虑); common phrasings accepted' },
      { name: 'willing_to_relocate', label: '愿意异地工作', aliases: ['可异地', '接受异地', '是否接受异地', '是否愿意异地工作'], type: { kind: 'boolean' }, lenient: true, description: '是/否, or 愿意/不愿意, 接受/不接受 …' },
      { name: 'expected_salary', label: '期望月薪', aliases: ['期望薪资', '期望工资'], type: { kind: 'number', min: 0, max: 1_000_000 }, description: '元/月; published as a band' },
      { name: 'consent_public', label: '同意公开', aliases: ['是否同意公开', '公开授权'], type: { kind: 'boolean' }, required: true, description: 'separate consent to publication in the pool (个人信息保护法 art. 25)' },
      { name: 'updated_at', label: '更新日期', aliases: ['更新时间', '登记日期'], type: { kind: 'date' }, notAfterAsOf: true, description: 'last update' }
    ]
  },
  {
    name: 'competitions',
    label: '技能竞赛',
    description: 'Skill competitions at national, provincial, prefecture, county and industry tiers.',
    key: ['competition_id'],
    columns: [
      { name: 'competition_id', label: '竞赛编号', aliases: ['赛事编号', '编号'], type: TEXT, required: true, description: 'stable id' },
      { name: 'name', label: '竞赛名称', aliases: ['赛事名称', '名称'], type: TEXT, required: true, description: 'official name' },
      { name: 'year', label: '年份', aliases: ['年度', '举办年份'], type: YEAR, required: true, description: 'year held' },
      { name: 'tier', label: '级别', aliases: ['竞赛级别', '赛事级别'], type: { kind: 'enum', values: COMPETITION_TIERS }, required: true, description: '`national` / `provincial` / `prefecture` / `county` / `industry`' },
      { name: 'organizer', label: '主办单位', aliases: ['主办方'], type: TEXT, description: 'organiser' },
      { name: 'date', label: '举办日期', aliases: ['日期', '比赛日期'], type: { kind: 'date' }, description: 'date held' }
    ]
  },
  {
    name: 'competition_results',
    label: '竞赛成绩',
    description: 'Results per event (赛项). Names are published only where the source marks them as officially announced.',
    columns: [
      { name: 'competition_id', label: '竞赛编号', aliases: ['赛事编号'], type: TEXT, required: true, ref: { table: 'competitions', column: 'competition_id' }, description: 'the competition' },
      { name: 'event', label: '赛项', aliases: ['比赛项目', '项目'], type: TEXT, required: true, description: 'event name' },
      occupationCode("the event's 细类", 'occupation', false),
      { name: 'contestant_name', label: '选手姓名', aliases: ['姓名', '选手'], type: TEXT, required: true, private: true, description: 'published only when `announced`, otherwise masked to surname + 某 (王某)' },
      { name: 'person_id', label: '人员编号', aliases: ['人才编号'], type: TEXT, ref: { table: 'talent', column: 'person_id', ifPresent: true }, private: true, description: 'link to the registry (never published; a consenting person gets a pool link)' },
      { name: 'unit', label: '参赛单位', aliases: ['单位', '选送单位'], type: TEXT, description: 'enterprise or school' },
      { name: 'unit_kind', label: '单位类型', aliases: ['单位性质'], type: { kind: 'enum', values: UNIT_KINDS }, lenient: true, description: '`enterprise` / `school` / `other`; common phrasings (国企, 技师学院, 个人 …) accepted' },
      { ...regionCode('county of the unit', 'county'), required: false },
      { name: 'rank', label: '名次', aliases: ['排名'], type: { kind: 'int', min: 1 }, description: 'rank in the event' },
      { name: 'award', label: '奖项', aliases: ['获奖等次', '奖次', '奖牌'], type: { kind: 'enum', values: AWARDS }, required: true, description: 'gold / silver / bronze / excellence / first / second / third / none, or 金牌, 一等奖, 优胜奖 …' },
      { name: 'score', label: '成绩', aliases: ['得分', '分数'], type: { kind: 'number', min: 0 }, description: 'score' },
      { ...skillLevel(false, 'level_promotion', '晋升等级', 'skill level granted through the result (e.g. 技师)'), lenient: true },
      { name: 'announced', label: '已公示', aliases: ['是否公示', '公示'], type: { kind: 'boolean' }, description: 'the name was in an official public announcement' }
    ]
  },
  {
    name: 'jobs',
    label: '岗位需求',
    description: 'Enterprise job needs; the open ones are published for the matcher.',
    key: ['job_id'],
    rules: [
      { kind: 'ascending', columns: ['salary_min', 'salary_max'], message: '月薪下限不能高于上限' },
      { kind: 'date_order', from: 'posted_at', to: 'expires_at' },
      { kind: 'level_defined', column: 'min_level' }
    ],
    columns: [
      { name: 'job_id', label: '岗位编号', aliases: ['需求编号', '编号'], type: TEXT, required: true, description: 'stable id' },
      { name: 'enterprise', label: '用人单位', aliases: ['企业名称', '单位名称'], type: TEXT, required: true, description: 'enterprise name' },
      industry(false),
      regionCode('county of the workplace', 'county'),
      occupationCode('细类'),
      { name: 'title', label: '岗位名称', aliases: ['岗位', '职位'], type: TEXT, description: 'job title' },
      skillLevel(true, 'min_level', '最低技能等级', 'minimum skill level'),
      { name: 'required_skills', label: '必备技能', aliases: ['技能要求'], type: LIST, description: 'free text, mapped onto the skill vocabulary' },
      { name: 'preferred_skills', label: '优先技能', aliases: ['加分技能'], type: LIST, description: 'free text, mapped onto the skill vocabulary' },
      { name: 'required_certificates', label: '必备证书', aliases: ['证书要求'], type: LIST, ref: 'certificate', description: 'certificate ids, names or short names' },
      { name: 'salary_min', label: '月薪下限', aliases: ['最低月薪', '薪资下限'], type: { kind: 'number', min: 0, max: 1_000_000 }, description: '元/月' },
      { name: 'salary_max', label: '月薪上限', aliases: ['最高月薪', '薪资上限'], type: { kind: 'number', min: 0, max: 1_000_000 }, description: '元/月' },
      { name: 'headcount', label: '招聘人数', aliases: ['需求人数', '人数'], type: { kind: 'int', min: 1, max: 10_000 }, description: 'people wanted' },
      { name: 'posted_at', label: '发布日期', aliases: ['发布时间'], type: { kind: 'date' }, description: 'date posted; a need posted after the as-of date is not published yet' },
      { name: 'expires_at', label: '截止日期', aliases: ['有效期至', '截止时间'], type: { kind: 'date' }, description: 'open until (inclusive); expired needs are not published' },
      { name: 'shortage', label: '急需紧缺', aliases: ['是否急需紧缺', '紧缺'], type: { kind: 'boolean' }, lenient: true, description: 'on the 急需紧缺 list' },
      { name: 'contact', label: '联系方式', aliases: ['联系人', '联系电话'], type: TEXT, private: true, asWritten: true, description: 'never published: applicants go through the bureau' }
    ]
  },
  ...CAREER_SOURCE_TABLES
];

export const TABLE_BY_NAME: ReadonlyMap<string, TableDef> = new Map(TABLES.map((t) => [t.name, t]));

/** Tables without which nothing can be published. */
export const REQUIRED_TABLES = ['occupation_groups', 'occupations', 'regions'] as const;

/** The one non-tabular source. */
export const BOUNDARIES_FILE = 'region_boundaries.geojson';

/** Written by the demo generator; its presence makes the manifest say `demo: true`. */
export const DEMO_MARKER_FILE = 'DEMO.txt';

/** Lower-cased, width-folded, punctuation-free header text, so `职业编码 ` and `职业编码` match. */
export const headerKey = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[\s_()（）:：*]/g, '');

/** Maps every accepted header (English name, Chinese label, aliases) to its column. */
export function headerIndex(table: TableDef): Map<string, ColumnDef> {
  const m = new Map<string, ColumnDef>();
  for (const c of table.columns) {
    for (const h of [c.name, c.label, ...(c.aliases ?? [])]) m.set(headerKey(h), c);
  }
  return m;
}

const REFERENCE_ZH: Record<Exclude<Reference, KeyReference>, string> = {
  region: '须为 regions 中的区划',
  county: '须为 regions 中的县级区划',
  occupation: '须为 occupations 中的细类',
  occupation_any: '须为 occupations 或 occupation_groups 中的编码',
  certificate: '须为 certificates 中的证书（编码、名称或简称）'
};

export const isKeyReference = (r: Reference): r is KeyReference => typeof r === 'object';

/** The column a key reference points at (a dictionary error if it does not exist: see the dictionary test). */
export function referencedColumn(r: KeyReference): ColumnDef {
  const c = TABLE_BY_NAME.get(r.table)?.columns.find((x) => x.name === r.column);
  if (!c) throw new Error(`reference to unknown column ${r.table}.${r.column}`);
  return c;
}

/** How a reference reads in Chinese (`须为 competitions 中已有的竞赛编号`). */
export function referenceZh(r: Reference): string {
  return isKeyReference(r) ? `须为 ${r.table} 中已有的${referencedColumn(r).label}` : REFERENCE_ZH[r];
}

function rangeZh(min?: number, max?: number): string {
  const parts = [min !== undefined ? `≥ ${min}` : '', max !== undefined ? `≤ ${max.toLocaleString('zh-CN')}` : ''].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

function typeZh(t: ColumnType): string {
  switch (t.kind) {
    case 'text':
      return '文本';
    case 'int':
      return `整数${rangeZh(t.min, t.max)}`;
    case 'number':
      return `数字，可含千分位逗号${rangeZh(t.min, t.max)}`;
    case 'year':
      return '年份（四位数字）';
    case 'skill_level':
      return '技能等级：0–8 或 初级工、高级工、三级、技师 等';
    case 'boolean':
      return '是/否';
    case 'date':
      return '日期，如 2025-06-30';
    case 'quarter':
      return '季度，如 2025Q4 或 2025年第四季度';
    case 'list':
      return '多项，用 ; 或 ； 分隔';
    case 'occupation_code':
      return '职业分类大典编码，如 6-18-02-04';
    case 'region_code':
      return '6 位行政区划代码';
    case 'industry':
      return '国民经济行业门类 A–T 或门类名称';
    case 'enum':
      return `取值：${t.values.map((v) => v.label).join('、')}`;
  }
}

/** How a column is filled in, in Chinese, for the bureau staff reading the /data page. */
export function columnFormatZh(c: ColumnDef): string {
  return [
    typeZh(c.type),
    c.ref ? referenceZh(c.ref) : '',
    c.lenient ? '无法识别时按「未注明」发布' : '',
    c.notAfterAsOf ? '不晚于发布基准日' : '',
    c.type.kind === 'year' && !c.plannedYear ? '不晚于发布基准日所在年份' : '',
    c.private ? '不公开' : ''
  ]
    .filter(Boolean)
    .join('；');
}
