/**
 * Messages between a page and the service worker. A page asks whether what it shows came from
 * the cache (the server was unreachable); the worker also says so unprompted when it answers a
 * page's data request from the cache.
 */
export const ASK_SERVED = 'skillatlas:served?';
export const SERVED = 'skillatlas:served';

export interface ServedMessage {
  type: typeof SERVED;
  /** True when the page or its data came from the cache because the network failed. */
  fromCache: boolean;
  /** When the cached copy was fetched (its HTTP `Date`), ISO 8601; null if unknown. */
  savedAt: string | null;
}

export const isServedMessage = (m: unknown): m is ServedMessage =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === SERVED;
