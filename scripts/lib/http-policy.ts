/**
 * Response policy shared by the local server and the nginx example in docs/deploy.md: only the
 * site's own origin, plus what the DuckDB-wasm engine needs (wasm compilation, its worker).
 *
 * Each prerendered page also carries a <meta> CSP from SvelteKit listing the hashes of its inline
 * bootstrap script. A browser enforces both policies, so the header may allow 'unsafe-inline'
 * for scripts: the meta policy still admits only the hashed inline scripts. (A header cannot list
 * the hashes itself: they differ on every page.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'"
].join('; ');

/** The one rule for what never changes, shared with the service worker. */
export { isContentHashed } from '../../src/lib/offline/cache-policy';
