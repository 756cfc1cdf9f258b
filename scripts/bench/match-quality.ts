/**
 * bench match-quality: the matcher on the labelled development set (tests/match-eval/) against a
 * random ranking (mean of 20 seeds) and plain fuse.js text search, all computed in this run.
 */
import { compare, K, loadEvalSet } from '../lib/match-eval';
import { machine } from './machine';

export async function run(): Promise<void> {
  const set = loadEvalSet();
  const t0 = performance.now();
  const r = compare(set, 20);
  const pairs = set.jobs.length * set.candidates.length;
  console.log(`bench match-quality on ${machine()}: ${set.jobs.length} jobs × ${set.candidates.length} people (${pairs.toLocaleString('en')} labelled pairs), ${(performance.now() - t0).toFixed(0)} ms`);
  console.log(`  ${'ranker'.padEnd(28)} NDCG@${K}   MRR    irrelevant in top ${K}`);
  const row = (name: string, q: { ndcg: number; mrr: number; irrelevant: number }) =>
    console.log(`  ${name.padEnd(28)} ${q.ndcg.toFixed(3).padStart(7)}  ${q.mrr.toFixed(3).padStart(5)}  ${(q.irrelevant * 100).toFixed(1).padStart(6)} %`);
  row('matcher (core/match)', r.matcher);
  row('text search (fuse.js)', r.text);
  row('random (mean of 20 seeds)', r.random);
  console.log(`  matcher − text: NDCG@${K} ${(r.matcher.ndcg - r.text.ndcg >= 0 ? '+' : '')}${(r.matcher.ndcg - r.text.ndcg).toFixed(3)} (target ≥ +0.15); matcher NDCG@${K} target ≥ 0.85`);
  console.log(`  ratio: matcher NDCG@${K} is ${(r.matcher.ndcg / r.text.ndcg).toFixed(2)}× text search, ${(r.matcher.ndcg / r.random.ndcg).toFixed(1)}× random`);
  console.log(`  per job (matcher / text): ${r.matcher.perJob.map((x, i) => `${x.job_id} ${x.ndcg.toFixed(2)}/${r.text.perJob[i].ndcg.toFixed(2)}`).join(' · ')}`);
}
