/**
 * How an open job is worded on /match: in the picker, on a result card, in the heading of its pay
 * reference. Pay through core/format.ts like every figure; names through the page's lookups.
 */
import { formatMoneyRange } from '../format';
import type { PersonNames } from '../pool/person';
import { skillLevelLabel } from '../skill-levels';
import type { JobRow } from './types';

/** The lookups a /match page holds (the same as a person's). */
export type MatchNames = PersonNames;

/** A job's pay: 6,500–9,000 元/月, 6,500 元/月起, or 面议. */
export const jobPay = (j: Pick<JobRow, 'salary_min' | 'salary_max'>): string => formatMoneyRange(j.salary_min, j.salary_max, '元/月');

/** Where a job is: its county, or 不限 when it names none. */
export const jobPlace = (region: string | null, names: MatchNames): string => (region ? names.region(region) : '不限');

/** The job's title, or its occupation when it has none. */
export const jobTitle = (j: JobRow, names: MatchNames): string => j.title ?? names.occupation(j.occupation_code);

/** One line for the job picker: J000606 · 个旧某机械厂 · 焊工 · 最低高级工（三级） · 个旧市 · 6,500–9,000 元/月. */
export const jobLabel = (j: JobRow, names: MatchNames): string =>
  [j.job_id, j.enterprise ?? '（企业未列名）', jobTitle(j, names), `最低${skillLevelLabel(j.min_level)}`, jobPlace(j.region_code, names), jobPay(j)].join(' · ');

/** The open jobs a described job can be replaced by: same occupation, and the county when one is chosen. */
export const pickableJobs = (jobs: readonly JobRow[], occupation: string | null, region: string | null): JobRow[] =>
  occupation ? jobs.filter((j) => j.occupation_code === occupation && (!region || j.region_code === region)) : [];

/** A list of ids as names, or 无. */
export const namesOr = (ids: readonly string[] | null | undefined, name: (id: string) => string): string => (ids?.length ? ids.map(name).join('、') : '无');
