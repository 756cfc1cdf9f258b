/**
 * Both engines hand back rows of plain values: numbers (never BigInt), strings, booleans, null and
 * arrays of those. Queries cast dates to text in SQL, so nothing else needs converting.
 */
export type Plain = number | string | boolean | null | Plain[];

export function plainValue(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(plainValue);
  if (typeof v === 'object') {
    const o = v as { toArray?: () => ArrayLike<unknown>; items?: unknown[] };
    if (typeof o.toArray === 'function') return Array.from(o.toArray(), plainValue);
    if (Array.isArray(o.items)) return o.items.map(plainValue);
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>, plainValue);
  }
  return String(v);
}

export function plainRow(r: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const k of Object.keys(r)) out[k] = plainValue(r[k]);
  return out;
}
