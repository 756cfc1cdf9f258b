/**
 * Seeded randomness for the demo generator. Every draw comes from a d3-random LCG, so a seed
 * reproduces the same files byte for byte. Streams are forked by label (`rng.fork('talent', i)`)
 * so that a change in one table's generator never shifts the draws of another.
 */
import { randomLcg, randomNormal, randomPoisson } from 'd3-random';

export interface Random {
  /** Uniform in [0, 1). */
  (): number;
  uniform(min: number, max: number): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  normal(mu?: number, sigma?: number): number;
  logNormal(mu: number, sigma: number): number;
  poisson(lambda: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** Fisher–Yates in place; returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** `k` distinct items, drawn with probability proportional to their weights. */
  sampleWeighted<T>(items: readonly T[], weights: readonly number[], k: number): T[];
  /** An independent stream whose seed depends on this one's and on the labels. */
  fork(...labels: (string | number)[]): Random;
}

/** A 32-bit seed from a seed and any labels (FNV-1a, then a murmur3 finaliser). */
export function hashSeed(seed: number, ...labels: (string | number)[]): number {
  let h = 0x811c9dc5 ^ (seed | 0);
  for (const label of labels) {
    const s = String(label);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2f;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  const source = randomLcg(hashSeed(seed, 'lcg'));
  const standardNormal = randomNormal.source(source)(0, 1);
  const poissonOf = randomPoisson.source(source);

  const rng = (() => source()) as Random;
  rng.uniform = (min, max) => min + (max - min) * source();
  rng.int = (min, max) => min + Math.floor(source() * (max - min + 1));
  rng.normal = (mu = 0, sigma = 1) => mu + sigma * standardNormal();
  rng.logNormal = (mu, sigma) => Math.exp(mu + sigma * standardNormal());
  rng.poisson = (lambda) => (lambda > 0 ? poissonOf(lambda)() : 0);
  rng.chance = (p) => source() < p;
  rng.pick = (items) => items[Math.floor(source() * items.length)];
  rng.weightedPick = (items, weights) => items[pickIndex(weights, source())];
  rng.shuffle = (items) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(source() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  };
  rng.sampleWeighted = (items, weights, k) => {
    // Efraimidis–Spirakis: the k largest u^(1/w) keys.
    const keyed = items
      .map((item, i) => ({ item, key: weights[i] > 0 ? Math.log(source()) / weights[i] : -Infinity }))
      .filter((x) => x.key > -Infinity);
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, k).map((x) => x.item);
  };
  rng.fork = (...labels) => createRandom(hashSeed(seed, ...labels));
  return rng;
}

function pickIndex(weights: readonly number[], u: number): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = u * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** Cumulative weights for repeated draws; `drawIndex(cum, u)` is a binary search. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const cum = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) cum[i] = total += Math.max(0, weights[i]);
  return cum;
}

export function drawIndex(cum: Float64Array, u: number): number {
  const x = u * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A reusable weighted sampler over fixed items. */
export function weightedSampler<T>(items: readonly T[], weights: ArrayLike<number>): (rng: Random) => T {
  const cum = cumulative(weights);
  return (rng) => items[drawIndex(cum, rng())];
}
