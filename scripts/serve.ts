/**
 * Serves build/ on localhost the way docs/deploy.md asks nginx to: precompressed .br/.gz, Range
 * requests, correct MIME types (wasm!), long caching for content-hashed files, the CSP header.
 * Usage: tsx scripts/serve.ts [--port N] [--dir build]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY, isContentHashed } from './lib/http-policy';

/** Answers a request itself (returns true) before the files are looked at; for tests. */
export type Override = (req: IncomingMessage, res: ServerResponse) => boolean;

export function startServer(dir: string, port: number, host = '127.0.0.1', override?: Override): Promise<Server> {
  const files = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    dev: false,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'same-origin');
      res.setHeader('Cache-Control', isContentHashed(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (pathname.endsWith('.wasm')) res.setHeader('Content-Type', 'application/wasm');
    }
  });
  const server = createServer((req, res) =>
    override?.(req, res) ||
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('404 未找到');
    })
  );
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'build' } } });
  const server = await startServer(values.dir!, Number(values.port));
  const addr = server.address() as { port: number };
  console.log(`SkillAtlas is running at http://127.0.0.1:${addr.port}/  (Ctrl+C to stop)`);
}
