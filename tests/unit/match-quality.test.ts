import { describe, expect, it } from 'vitest';
import { compare, irrelevantShare, loadEvalSet, matcherRanker, ndcgAt, reciprocalRank } from '../../scripts/lib/match-eval';
import { relevance } from '../match-eval/label';

describe('evaluation metrics', () => {
  const labels = new Map([['a', 3], ['b', 2], ['c', 0], ['d', 1]]);
  it('NDCG@k is 1 for the ideal order and lower for any other', () => {
    expect(ndcgAt(10, ['a', 'b', 'd', 'c'], labels)).toBeCloseTo(1, 12);
    expect(ndcgAt(10, ['b', 'a', 'd', 'c'], labels)).toBeLessThan(1);
    expect(ndcgAt(10, [], labels)).toBe(0);
  });
  it('MRR finds the first result of relevance ≥ 2; the irrelevant share counts relevance 0', () => {
    expect(reciprocalRank(['c', 'd', 'b'], labels)).toBeCloseTo(1 / 3, 12);
    expect(irrelevantShare(10, ['c', 'a'], labels)).toBe(0.5);
  });
});

describe('the labelled development set', () => {
  const set = loadEvalSet();
  it('labels come from the written rules, not from the matcher', () => {
    const adjacency = set.reference.adjacency as Record<string, string[]>;
    for (const j of set.jobs) for (const c of set.candidates) expect(set.labels.get(j.job_id)!.get(c.ref)).toBe(relevance(j, c, adjacency));
  });
  it('the matcher ranks well above plain text search and keeps irrelevant people out of its top 10', () => {
    const r = compare(set, 3);
    expect(r.matcher.ndcg).toBeGreaterThanOrEqual(r.text.ndcg + 0.15);
    expect(r.matcher.mrr).toBeGreaterThan(r.text.mrr);
    expect(r.matcher.irrelevant).toBeLessThan(r.text.irrelevant);
    expect(r.text.ndcg).toBeGreaterThan(r.random.ndcg);
  });
  it('keyword-stuffed people of an unrelated trade (another 中类), or two levels short, are never returned', () => {
    const rank = matcherRanker(set);
    const byRef = new Map(set.candidates.map((c) => [c.ref, c]));
    for (const j of set.jobs) {
      for (const ref of rank(j.job_id)) {
        const p = byRef.get(ref)!;
        expect(p.skill_level).toBeGreaterThanOrEqual(j.min_level - 1);
        const sameGroup = p.occupation_code.slice(0, 4) === j.occupation_code.slice(0, 4);
        expect(sameGroup || j.acceptable_occupations.includes(p.occupation_code)).toBe(true);
      }
    }
  });
});
