/**
 * npm run bench -- <name> [options]
 * Each benchmark prints its measurements and ratios against a baseline measured in the same run.
 * Results and the machine they ran on are written up in docs/performance.md.
 */
const BENCHES: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  pipeline: () => import('./bench/pipeline'),
  load: () => import('./bench/load'),
  wages: () => import('./bench/wages'),
  match: () => import('./bench/match'),
  'match-quality': () => import('./bench/match-quality'),
  pool: () => import('./bench/pool'),
  competitions: () => import('./bench/competitions'),
  'match-page': () => import('./bench/match-page'),
  talent: () => import('./bench/talent'),
  careers: () => import('./bench/careers'),
  training: () => import('./bench/training'),
  schools: () => import('./bench/schools'),
  shortage: () => import('./bench/shortage')
};

const [name = '', ...args] = process.argv.slice(2);
if (!BENCHES[name]) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]`);
  process.exit(2);
}
await (await BENCHES[name]()).run(args);
