/**
 * A page's view state in the URL, declared once as fields: each field has a default, reads its
 * URL parameter with the core's validators (anything malformed or unknown falls back to the
 * default, so a stale or hand-edited link still opens) and writes it back, leaving defaults out
 * so links stay short. Pure: the browser's `UrlView` (runtime/url-view.svelte.ts) wraps it.
 */

export interface Field<T> {
  readonly default: T;
  /** The URL parameter's value (null when absent) → the field, or the default when it is not valid. */
  parse(raw: string | null): T;
  /** The field → the URL parameter's value, or null to leave it out (the default). */
  format(value: T): string | null;
}

export interface ViewCodec<V> {
  readonly defaults: V;
  parse(params: URLSearchParams): V;
  serialise(view: V): URLSearchParams;
  /** One field from text a reader typed, validated as it would be in a URL. */
  read<K extends keyof V>(key: K, raw: string): V[K];
  /** True when the two views would write the same URL. */
  same(a: V, b: V): boolean;
}

/**
 * A field whose URL parameter may repeat (`skill=氩弧焊&skill=焊工证`): read from every value,
 * written as one parameter per value (none for the default).
 */
export interface RepeatedField<T> {
  readonly default: T;
  readonly repeated: true;
  parse(raw: readonly string[]): T;
  format(value: T): string[];
}

type Fields<V> = { [K in keyof V]: Field<V[K]> | RepeatedField<V[K]> };

const isRepeated = <T>(f: Field<T> | RepeatedField<T>): f is RepeatedField<T> => 'repeated' in f && f.repeated;

/**
 * `fields` maps each view key to its field; `params` renames a key's URL parameter (the view's
 * `desc` is `dir=desc` in the URL, for instance). `normalise` states a rule between fields (a
 * comparison region must differ from the selected one, say): it applies to every view read and
 * every view written, so a link never carries a combination the page would not show.
 */
export function viewCodec<V extends object>(fields: Fields<V>, params: Partial<Record<keyof V, string>> = {}, normalise: (v: V) => V = (v) => v): ViewCodec<V> {
  const keys = Object.keys(fields) as (keyof V)[];
  const param = (k: keyof V) => params[k] ?? String(k);
  const defaults = normalise(Object.fromEntries(keys.map((k) => [k, fields[k].default])) as V);
  const serialise = (view: V) => {
    const v = normalise(view);
    const out = new URLSearchParams();
    for (const k of keys) {
      const f = fields[k];
      if (isRepeated(f)) for (const s of f.format(v[k])) out.append(param(k), s);
      else {
        const s = f.format(v[k]);
        if (s !== null) out.set(param(k), s);
      }
    }
    return out;
  };
  const field = <K extends keyof V>(k: K, all: readonly string[]): V[K] => {
    const f = fields[k];
    return isRepeated(f) ? f.parse(all) : f.parse(all[0] ?? null);
  };
  return {
    defaults,
    parse: (p) => normalise(Object.fromEntries(keys.map((k) => [k, field(k, p.getAll(param(k)))])) as V),
    serialise,
    read: (k, raw) => field(k, [raw]),
    same: (a, b) => serialise(a).toString() === serialise(b).toString()
  };
}

/** One of a fixed list (codes, sort keys, modes). */
export function oneOf<T extends string>(values: readonly T[], fallback: T): Field<T>;
export function oneOf<T extends string>(values: readonly T[], fallback: null): Field<T | null>;
export function oneOf<T extends string>(values: readonly T[], fallback: T | null): Field<T | null> {
  return {
    default: fallback,
    parse: (raw) => (raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback),
    format: (v) => (v === fallback || v === null ? null : v)
  };
}

/** A whole number accepted by `valid` (a year the release holds, a skill level…). */
export function integer(fallback: number, valid: (n: number) => boolean): Field<number>;
export function integer(fallback: null, valid: (n: number) => boolean): Field<number | null>;
export function integer(fallback: number | null, valid: (n: number) => boolean): Field<number | null> {
  return {
    default: fallback,
    parse: (raw) => {
      if (raw === null || !/^-?\d{1,15}$/.test(raw.trim())) return fallback;
      const n = Number(raw);
      return valid(n) ? n : fallback;
    },
    format: (v) => (v === fallback || v === null ? null : String(v))
  };
}

/** A positive amount (money a reader typed): digits with an optional decimal part; else absent. */
export const amount = (max = 1e9): Field<number | null> => ({
  default: null,
  parse: (raw) => {
    const s = raw?.trim().replace(/[,，\s]/g, '') ?? '';
    if (!/^\d+(\.\d+)?$/.test(s)) return null;
    const n = Number(s);
    return n > 0 && n <= max ? n : null;
  },
  format: (v) => (v === null ? null : String(v))
});

/** Free text (a search box), trimmed of nothing, cut at `max` characters. */
export const text = (max: number): Field<string> => ({
  default: '',
  parse: (raw) => (raw ?? '').slice(0, max),
  format: (v) => (v === '' ? null : v.slice(0, max))
});

/**
 * Terms a reader wrote (skills, certificates), one parameter each: trimmed, cut at `maxLength`,
 * blanks and repeats dropped, at most `max` of them.
 */
export const terms = (max: number, maxLength: number): RepeatedField<string[]> => {
  const clean = (values: readonly string[]) => [...new Set(values.map((v) => v.trim().slice(0, maxLength)).filter(Boolean))].slice(0, max);
  return { default: [], repeated: true, parse: clean, format: clean };
};

/** Yes, no or not said, written as `1` / `0` / absent. */
export const yesNo = (): Field<boolean | null> => ({
  default: null,
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : null),
  format: (v) => (v === null ? null : v ? '1' : '0')
});

/** A boolean written as one word (`dir=desc`). */
export const flag = (word: string): Field<boolean> => ({
  default: false,
  parse: (raw) => raw === word,
  format: (v) => (v ? word : null)
});

/** A set of codes, comma-separated, each matching `pattern`; sorted on the way out. */
export const codeList = (pattern: RegExp): Field<string[]> => ({
  default: [],
  parse: (raw) => [...new Set((raw ?? '').split(',').filter((c) => pattern.test(c)))],
  format: (v) => (v.length ? [...v].sort().join(',') : null)
});

/** One code matching `pattern` (an occupation group such as `6-18`), else absent. */
export const code = (pattern: RegExp): Field<string | null> => ({
  default: null,
  parse: (raw) => (raw !== null && pattern.test(raw) ? raw : null),
  format: (v) => v
});

/**
 * A name the page looks up in its data (a competition id, an event): absent when empty or longer
 * than `max`. Never cut, since a cut name would name nothing; one the data lacks reads as absent
 * where it is used.
 */
export const optionalText = (max: number): Field<string | null> => ({
  default: null,
  parse: (raw) => (raw && raw.length <= max ? raw : null),
  format: (v) => (v ? v : null)
});
