/**
 * The straightforward scorer: an array of Person objects, fit.ts's employerFit per person, a full
 * sort. Same semantics as the columnar scorer (tests hold the rankings equal); it is the baseline
 * of `npm run bench -- match` and the oracle of the tests.
 */
import { employerFit, type Adjacency, type Person, type PreparedJob } from './fit';

export function rankCandidatesByObjects(people: readonly Person[], job: PreparedJob, adjacency: Adjacency | undefined, top: number, availableOnly = false): { ref: string; score: number }[] {
  const scored: { ref: string; score: number }[] = [];
  for (const p of people) {
    if (availableOnly && !p.available) continue;
    const fit = employerFit(job, p, adjacency);
    if (fit) scored.push({ ref: p.ref, score: fit.score });
  }
  scored.sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return scored.slice(0, top);
}
