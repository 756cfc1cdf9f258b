/**
 * The talent pool page (人才库): its view in the URL, and how a published entry is worded. What an
 * entry may contain is decided by the pipeline (`pipeline/talent.ts`); this file only labels it.
 */
import { AWARDS } from './awards';
import { EXPERIENCE_BANDS } from './bands';
import { AVAILABILITY, COMPETITION_TIERS, enumLabel } from './enums';
import { isOccupationCode } from './occupation-codes';
import { HIGH_SKILL_MIN_LEVEL, MAX_LEVEL, skillLevelLabel, skillLevelName } from './skill-levels';

/** How an employer reaches a person: through the bureau, by reference. People's phones are never published. */
export const POOL_CONTACT_ROUTE = '通过人社局人才服务窗口联系，提供编号';
export const poolContact = (ref: string): string => `${POOL_CONTACT_ROUTE} ${ref}`;

export const POOL_PAGE_SIZE = 20;
/** Pool references: `R` + 8 characters of a Crockford-like alphabet (pipeline `makeRefs`). */
export const POOL_REF = /^R[0-9A-HJKMNP-TV-Z]{8}$/;

export const POOL_SORTS = [
  { key: 'ref', label: '按编号（不分先后）' },
  { key: 'level', label: '技能等级从高到低' },
  { key: 'experience', label: '工作年限从长到短' },
  { key: 'salary', label: '期望月薪从低到高' }
] as const;
export type PoolSort = (typeof POOL_SORTS)[number]['key'];

/** A level filter: exactly one level, or that level and above (高技能人才 = ≥ 高级工). */
export interface LevelFilter {
  level: number;
  orAbove: boolean;
}

export interface PoolView {
  q: string;
  /** 细类 code or a 大典 group prefix (`6`, `6-18`, `6-18-02`). */
  occupation: string | null;
  level: LevelFilter | null;
  county: string | null;
  availability: string | null;
  certificate: string | null;
  relocate: boolean;
  sort: PoolSort;
  page: number;
  /** A reference to open and highlight (the competitions page links winners this way). */
  ref: string | null;
}

export const defaultPoolView = (): PoolView => ({
  q: '',
  occupation: null,
  level: null,
  county: null,
  availability: null,
  certificate: null,
  relocate: false,
  sort: 'ref',
  page: 1,
  ref: null
});

export const HIGH_SKILL_FILTER: LevelFilter = { level: HIGH_SKILL_MIN_LEVEL, orAbove: true };

export const levelParam = (l: LevelFilter | null): string => (l ? `${l.level}${l.orAbove ? '+' : ''}` : '');

export function parseLevelParam(s: string | null): LevelFilter | null {
  const m = /^(\d)(\+?)$/.exec(s ?? '');
  if (!m || Number(m[1]) > MAX_LEVEL) return null;
  return { level: Number(m[1]), orAbove: m[2] === '+' };
}

export function levelFilterLabel(l: LevelFilter | null): string {
  if (!l) return '全部等级';
  if (!l.orAbove) return skillLevelLabel(l.level);
  return l.level === HIGH_SKILL_MIN_LEVEL ? `高技能人才（${skillLevelName(l.level)}及以上）` : `${skillLevelName(l.level)}及以上`;
}

/** Reads the view from the URL; anything malformed or unknown is ignored, so an old link still opens. */
export function parsePoolView(p: URLSearchParams, known: { counties: readonly string[]; certificates: readonly string[] }): PoolView {
  const v = defaultPoolView();
  v.q = (p.get('q') ?? '').trim().slice(0, 50);
  const occ = p.get('occ');
  if (occ && isOccupationCode(occ)) v.occupation = occ;
  v.level = parseLevelParam(p.get('level'));
  const county = p.get('county');
  if (county && known.counties.includes(county)) v.county = county;
  const avail = p.get('avail');
  if (avail && AVAILABILITY.some((a) => a.code === avail)) v.availability = avail;
  const cert = p.get('cert');
  if (cert && known.certificates.includes(cert)) v.certificate = cert;
  v.relocate = p.get('relocate') === '1';
  const sort = p.get('sort');
  if (POOL_SORTS.some((s) => s.key === sort)) v.sort = sort as PoolSort;
  const page = Number(p.get('page'));
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) v.page = page;
  const ref = (p.get('ref') ?? '').trim().toUpperCase();
  if (POOL_REF.test(ref)) v.ref = ref;
  return v;
}

/** The URL query of a view; defaults are left out so links stay short. */
export function poolViewParams(v: PoolView): URLSearchParams {
  const p = new URLSearchParams();
  if (v.q) p.set('q', v.q);
  if (v.occupation) p.set('occ', v.occupation);
  if (v.level) p.set('level', levelParam(v.level));
  if (v.county) p.set('county', v.county);
  if (v.availability) p.set('avail', v.availability);
  if (v.certificate) p.set('cert', v.certificate);
  if (v.relocate) p.set('relocate', '1');
  if (v.sort !== 'ref') p.set('sort', v.sort);
  if (v.page > 1) p.set('page', String(v.page));
  if (v.ref) p.set('ref', v.ref);
  return p;
}

/** True when the view is what the page prerenders (first page, no search, no filter, default sort). */
export const isDefaultPoolListing = (v: PoolView): boolean =>
  !v.q && !v.occupation && !v.level && !v.county && !v.availability && !v.certificate && !v.relocate && v.sort === 'ref' && v.page === 1;

export const pageCount = (total: number, size = POOL_PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

/** `2024:provincial:gold` → 2024 年省级竞赛 金牌. */
export function awardLabel(award: string): string {
  const [year, tier, code] = award.split(':');
  if (!code) return award;
  return `${year} 年${enumLabel(COMPETITION_TIERS, tier)}竞赛 ${enumLabel(AWARDS, code)}`;
}

export function experienceLabel(band: string | null): string {
  if (!band) return '未填写';
  return EXPERIENCE_BANDS.find((b) => b.id === band)?.label ?? band;
}

const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

export function salaryBandLabel(min: number | null, max: number | null): string {
  if (min == null) return '未填写';
  return max == null ? `${yuan.format(min)} 元/月以上` : `${yuan.format(min)}–${yuan.format(max)} 元/月`;
}

export const availabilityLabel = (code: string | null): string => (code ? enumLabel(AVAILABILITY, code) : '未填写');

export const relocateLabel = (v: boolean | null): string => (v == null ? '未填写' : v ? '愿意异地工作' : '不考虑异地');

export interface OccupationOption {
  code: string;
  label: string;
  depth: number;
}

/**
 * The occupation filter: the 大类 and 中类 that hold someone in the pool, each followed by its
 * 细类 that do, in code order. Groups filter by prefix, so 中类 `6-18` lists every welder and turner.
 * A selected code from elsewhere (a 小类 picked from the search) is listed too, so the select shows it.
 */
export function occupationFilterOptions(
  poolCodes: readonly string[],
  names: readonly { code: string; name: string }[],
  selected: string | null = null
): OccupationOption[] {
  const name = new Map(names.map((n) => [n.code, n.name]));
  const codes = new Set<string>(selected ? [selected] : []);
  for (const c of poolCodes) {
    const parts = c.split('-');
    codes.add(parts[0]);
    if (parts.length > 1) codes.add(parts.slice(0, 2).join('-'));
    codes.add(c);
  }
  const order = (c: string) => c.split('-').map((p) => p.padStart(2, '0')).join('-');
  return [...codes]
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((code) => {
      const depth = code.split('-').length;
      const n = name.get(code) ?? code;
      return { code, depth, label: depth === 4 ? `${n}（${code}）` : `${code} ${n}` };
    });
}
