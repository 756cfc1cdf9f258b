/**
 * `static/data/manifest.json`: what a release contains. Written by the publisher, read by the
 * site at build time and in the browser.
 */
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA = 1;
/** The release history (更新说明), content-hashed next to the manifest. */
export const HISTORY_FILE = 'history.json';

export interface DatasetColumn {
  name: string;
  type: string;
}

export interface PublishedDataset {
  name: string;
  /** Content-hashed file name, relative to the manifest. */
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
  columns: DatasetColumn[];
  /** The same rows as a single-table DuckDB database, which the browser engine ATTACHes. */
  database?: { file: string; bytes: number; sha256: string };
  /** The same rows as CSV for spreadsheets (UTF-8 with BOM, formula-safe). */
  csv?: { file: string; bytes: number; sha256: string };
}

export interface MissingDataset {
  name: string;
  /** Why it was not published, in Chinese, for the pages to show. */
  reason: string;
}

export interface SourceFile {
  table: string;
  file: string;
  encoding: string;
  rows: number;
  sha256: string;
}

export interface Manifest {
  schema: number;
  demo: boolean;
  built_at: string;
  as_of: string;
  code_version: string;
  prefecture: { code: string; name: string };
  datasets: Record<string, PublishedDataset>;
  missing: MissingDataset[];
  topology: { file: string; bytes: number; sha256: string; object: string } | null;
  sources: SourceFile[];
  thresholds: {
    wage_min_workers: number;
    wage_min_enterprises: number;
    talent_min_count: number;
    training_min_people?: number;
    certification_min_candidates?: number;
    school_min_graduates?: number;
  };
  years: { wage: number[]; talent: number[]; competitions: number[]; certification?: number[] };
  /** This release, and the one it replaced (absent in releases written before history existed). */
  release?: ReleaseEntry;
  /** The release history file (`history.<hash>.json`, a `ReleaseHistory`). */
  history?: { file: string; bytes: number; sha256: string };
}

/** One published release and what changed since the one it replaced: public figures only. */
export interface ReleaseEntry {
  id: string;
  as_of: string;
  built_at: string;
  demo: boolean;
  /** The release this one replaced, or null for the first. */
  replaces: string | null;
  sources: { table: string; sha256: string; rows: number }[];
  rows: Record<string, number>;
  changes: ReleaseChanges | null;
}

export interface ReleaseChanges {
  datasets_added: string[];
  datasets_removed: string[];
  /** Datasets whose row count changed: before → after. */
  rows: { dataset: string; before: number; after: number }[];
  years_added: { wage: number[]; talent: number[]; competitions: number[] };
  /** Published wage cells present in both releases whose published values differ. */
  wage_cells_changed: number;
  /** A few of them, largest change of the median first (published values only). */
  wage_cells_examples: WageCellChange[];
}

export interface WageCellChange {
  year: number;
  region_code: string;
  occupation_code: string | null;
  skill_level: number | null;
  industry: string | null;
  unit: string;
  before: { p10: number | null; p50: number | null; p90: number | null; suppressed: boolean };
  after: { p10: number | null; p50: number | null; p90: number | null; suppressed: boolean };
}

/** `history.json`: the latest releases, newest first. */
export interface ReleaseHistory {
  releases: ReleaseEntry[];
}

/** Every dataset a release can hold, in the order pages and docs list them. */
export const DATASET_NAMES = [
  'occupation_groups',
  'occupations',
  'regions',
  'region_stats',
  'skills',
  'certificates',
  'wage_prices',
  'talent_stats',
  'talent_pool',
  'competitions',
  'competition_results',
  'jobs',
  'certification_stats',
  'evaluation_bodies',
  'level_requirements',
  'level_equivalence',
  'training_providers',
  'training_programmes',
  'training_outcomes',
  'schools',
  'school_outcomes',
  'shortage_list',
  'honours'
] as const;

export type DatasetName = (typeof DATASET_NAMES)[number];

export const DATASET_LABELS: Readonly<Record<DatasetName, string>> = {
  occupation_groups: '职业分类（大类、中类、小类）',
  occupations: '职业（细类）及工种别名',
  regions: '行政区划',
  region_stats: '常住人口与就业人员',
  skills: '技能词表',
  certificates: '证书目录',
  wage_prices: '工资价位（分职业、分技能等级）',
  talent_stats: '技能人才统计',
  talent_pool: '人才库（经本人同意公开）',
  competitions: '技能竞赛',
  competition_results: '竞赛成绩',
  jobs: '岗位需求（有效期内）',
  certification_stats: '职业技能等级认定统计',
  evaluation_bodies: '评价机构',
  level_requirements: '各等级申报条件（含通用默认）',
  level_equivalence: '技能等级与职称、学历贯通（含通用默认）',
  training_providers: '培训机构',
  training_programmes: '培训项目（含补贴后费用）',
  training_outcomes: '培训成效（按项目、机构和年度）',
  schools: '职业院校',
  school_outcomes: '院校毕业生去向（分专业、届别）',
  shortage_list: '急需紧缺职业（工种）目录',
  honours: '技能人才荣誉（公示姓名）'
};
