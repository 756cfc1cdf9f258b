/**
 * npm start: from a fresh clone (after npm ci) to the site on localhost.
 * demo sources if data/sources is empty → npm run data → build → serve build/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { startServer } from './serve';

const SOURCES = 'data/sources';

function step(title: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status}). Nothing is served.`);
    process.exit(r.status ?? 1);
  }
}

const empty = !existsSync(SOURCES) || readdirSync(SOURCES).filter((f) => !f.startsWith('.')).length === 0;
if (empty) step(`${SOURCES} is empty: generating demo sources (示例数据)`, 'npm', ['run', 'demo-data']);
else console.log(`▶ using the sources in ${SOURCES}`);
step('validating and publishing the data (npm run data)', 'npm', ['run', 'data']);
step('building the site (npm run build)', 'npm', ['run', 'build']);

const port = Number(process.env.PORT ?? 4173);
const server = await startServer('build', port);
const addr = server.address() as { port: number };
console.log(`\n✓ SkillAtlas 技能人才数据平台 is running at http://127.0.0.1:${addr.port}/  (Ctrl+C to stop)`);
