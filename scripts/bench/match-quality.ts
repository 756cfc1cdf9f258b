/**
 * bench match-quality [--part tune|heldout|all]: the matcher on the labelled sets against a simple
 * reference matcher, plain fuse.js text search and a random ranking (mean of 20 seeds), all
 * computed in this run: the development set (tests/match-eval/) and the registry set
 * (tests/match-eval/registry/) in both directions, per part, then the invariance and directional
 * checks. While tuning, run `--part tune` only: the held-out part is for the final report.
 */
import { compare, K, loadEvalSet, type Comparison, type Quality } from '../lib/match-eval';
import { compareRegistry, directionalChecks, invarianceChecks, loadRegistrySet, publishRegistry, readingAccuracy, type Part } from '../lib/match-eval-registry';
import { machine } from './machine';

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

function table(title: string, c: Comparison): void {
  console.log(`\n  ${title}`);
  console.log(`    ${'ranker'.padEnd(30)} NDCG@${K}   MRR  recall@${K}  irrelevant  gate violations in the top ${K}`);
  const row = (name: string, q: Quality) =>
    console.log(
      `    ${name.padEnd(30)} ${q.ndcg.toFixed(3).padStart(7)} ${q.mrr.toFixed(3).padStart(5)} ${q.recall.toFixed(3).padStart(9)} ${(q.irrelevant * 100).toFixed(1).padStart(9)} % ${q.violations.toFixed(q.violations % 1 ? 1 : 0).padStart(8)} (${(q.violationShare * 100).toFixed(1)} %)`
    );
  row('matcher (core/match)', c.matcher);
  row('reference matcher (simple)', c.reference);
  row('text search (fuse.js)', c.text);
  row('random (mean of 20 seeds)', c.random);
  console.log(`    matcher − reference: NDCG@${K} ${(c.matcher.ndcg - c.reference.ndcg >= 0 ? '+' : '')}${(c.matcher.ndcg - c.reference.ndcg).toFixed(3)}; ratio to text search ${(c.matcher.ndcg / c.text.ndcg).toFixed(2)}×, to random ${(c.matcher.ndcg / c.random.ndcg).toFixed(1)}×`);
  console.log(`    per query (matcher NDCG@${K}): ${c.matcher.perQuery.map((x) => `${x.id} ${x.ndcg.toFixed(2)}`).join(' · ')}`);
}

export async function run(args: string[]): Promise<void> {
  const partArg = option(args, 'part', 'all');
  const parts: Part[] = partArg === 'all' ? ['tune', 'heldout'] : [partArg as Part];
  if (!parts.every((p) => p === 'tune' || p === 'heldout')) throw new Error('--part tune|heldout|all');
  const t0 = performance.now();
  console.log(`bench match-quality on ${machine()}`);

  const dev = loadEvalSet();
  table(`development set (tests/match-eval): ${dev.jobs.length} jobs × ${dev.candidates.length} people`, compare(dev, 20));

  const set = loadRegistrySet();
  const pub = publishRegistry(set);
  for (const part of parts) {
    const r = compareRegistry(set, part, pub);
    const name = part === 'tune' ? 'tuning part' : 'HELD-OUT part';
    table(`registry set, ${name}: job → candidates, ${set.split[part].jobs.length} jobs × ${set.people.length} people`, r.jobs);
    table(`registry set, ${name}: seeker → jobs, ${set.split[part].seekers.length} seekers × ${set.jobs.length} jobs`, r.seekers);
    const queries = set.split[part];
    const a = readingAccuracy(set, part);
    const pct = (x: number) => `${((x / a.intended) * 100).toFixed(1)} %`;
    console.log(`\n  registry set, ${name}: the publisher's reading of the skill tags of ${a.people} people, against what they meant`);
    console.log(`    ${a.intended} skills meant: read surely ${pct(a.sure)}, inferred ${pct(a.inferred)}, not read ${pct(a.missed)}; skills read that were not meant: ${a.wrong} (${pct(a.wrong)} of those meant)`);
    console.log(`  registry set, ${name}: invariance (top ${K} references and scores unchanged, jobs + seekers)`);
    for (const c of invarianceChecks(set, queries, pub)) console.log(`    ${c.name.padEnd(44)} ${c.passed}/${c.total}`);
    console.log(`  registry set, ${name}: directional properties (the change must raise the score)`);
    for (const c of directionalChecks(set, queries, pub))
      console.log(`    ${c.name.padEnd(44)} raised ${c.passed}/${c.total - c.missing}${c.lowered ? `, LOWERED ${c.lowered}` : ''}${c.missing ? ` (no pair found for ${c.missing})` : ''}`);
  }
  console.log(`\n  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
