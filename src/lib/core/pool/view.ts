/**
 * The /pool/ page's view in the URL (`?q=焊工&level=4%2B&county=532503&page=2&ref=R…`): the search
 * text, the filters, the order, the page and a reference to open. The prerendered HTML is the
 * default listing (first page, by reference). Also the page's selectors: which listing a view
 * asks for, the level and occupation choices, and the pages.
 */
import { AVAILABILITY } from '../enums';
import { isOccupationCode } from '../occupation-codes';
import { HIGH_SKILL_MIN_LEVEL, MAX_LEVEL, SKILL_LEVELS, skillLevelLabel, skillLevelName } from '../skill-levels';
import { flag, integer, oneOf, text, viewCodec, type Field, type ViewCodec } from '../view-codec';

export const POOL_PAGE_SIZE = 20;
/** The longest search text kept in a URL. */
export const POOL_SEARCH_MAX_CHARS = 50;
/** The highest page a link may name (a page past the last says so; this only bounds the number). */
export const POOL_MAX_PAGE = 100_000;
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

export const HIGH_SKILL_FILTER: LevelFilter = { level: HIGH_SKILL_MIN_LEVEL, orAbove: true };

/** The level filter's choices: 高技能人才 first, then each level and above, then each level. */
export const LEVEL_FILTERS: readonly LevelFilter[] = [
  HIGH_SKILL_FILTER,
  { level: HIGH_SKILL_MIN_LEVEL + 1, orAbove: true },
  ...SKILL_LEVELS.map((l) => ({ level: l.level, orAbove: false }))
];

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

/** `?level=4` is 高级工 exactly, `?level=4+` 高级工 and above. */
const levelField: Field<LevelFilter | null> = { default: null, parse: parseLevelParam, format: (v) => (v ? levelParam(v) : null) };

/** A reference as the competitions page links it, in any case: `?ref=r51fd50d8` opens R51FD50D8. */
const refField: Field<string | null> = {
  default: null,
  parse: (raw) => {
    const ref = (raw ?? '').trim().toUpperCase();
    return POOL_REF.test(ref) ? ref : null;
  },
  format: (v) => v
};

const occupationField: Field<string | null> = { default: null, parse: (raw) => (raw && isOccupationCode(raw) ? raw : null), format: (v) => v };

/** `known`: the counties and certificates the release publishes. */
export function poolViewCodec(known: { counties: readonly string[]; certificates: readonly string[] }): ViewCodec<PoolView> {
  return viewCodec<PoolView>(
    {
      q: text(POOL_SEARCH_MAX_CHARS),
      occupation: occupationField,
      level: levelField,
      county: oneOf(known.counties, null),
      availability: oneOf(
        AVAILABILITY.map((a) => a.code),
        null
      ),
      certificate: oneOf(known.certificates, null),
      relocate: flag('1'),
      sort: oneOf(
        POOL_SORTS.map((s) => s.key),
        'ref'
      ),
      page: integer(1, (n) => n >= 1 && n <= POOL_MAX_PAGE),
      ref: refField
    },
    { occupation: 'occ', availability: 'avail', certificate: 'cert' }
  );
}

/** The prerendered view: no search, no filter, by reference, page 1, nothing opened. */
export const defaultPoolView = (): PoolView => ({ ...poolViewCodec({ counties: [], certificates: [] }).defaults });

/** The search text as it is matched (what the box holds, without surrounding spaces). */
export const searchText = (v: PoolView): string => v.q.trim();

/** True when the view lists what the page prerenders (first page, no search, no filter, default order); a reference opened does not count. */
export const isDefaultPoolListing = (v: PoolView): boolean =>
  !searchText(v) && !v.occupation && !v.level && !v.county && !v.availability && !v.certificate && !v.relocate && v.sort === 'ref' && v.page === 1;

/** True when a search or a filter narrows the list (the order and the page do not). */
export const narrowsPool = (v: PoolView): boolean => !isDefaultPoolListing({ ...v, sort: 'ref', page: 1 });

/** Clearing the search and the filters keeps the order and an opened reference. */
export const clearedPoolView = (v: PoolView): PoolView => ({ ...defaultPoolView(), sort: v.sort, ref: v.ref });

export const pageCount = (total: number, size = POOL_PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

/** The positions of a page's first and last entries (1-based), or null when the page holds none. */
export function pageSpan(total: number, page: number, size = POOL_PAGE_SIZE): { from: number; to: number } | null {
  const from = (page - 1) * size + 1;
  return from > total ? null : { from, to: Math.min(from + size - 1, total) };
}

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
