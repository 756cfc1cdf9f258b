import { describe, expect, it } from 'vitest';
import { cacheRule, isContentHashed, superseded, type RequestFacts } from '../../src/lib/offline/cache-policy';

const origin = 'https://skills.example.gov.cn';
const facts = (path: string, over: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  url: new URL(path, origin),
  origin,
  base: '',
  hasRange: false,
  ...over
});

describe('isContentHashed', () => {
  it('is true for Vite immutable assets and the publisher’s name.<10 hex>.ext files', () => {
    expect(isContentHashed('/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm')).toBe(true);
    expect(isContentHashed('/data/wage_prices.711b706408.duckdb')).toBe(true);
    expect(isContentHashed('/data/region.ff67bdc7fc.topo.json')).toBe(true);
    expect(isContentHashed('/data/manifest.json')).toBe(false);
    expect(isContentHashed('/wages/')).toBe(false);
  });
});

describe('cacheRule', () => {
  it('answers content-hashed files from the cache', () => {
    expect(cacheRule(facts('/_app/immutable/entry/app.Bsnkl8oB.js'))).toBe('immutable');
    expect(cacheRule(facts('/data/jobs.48f63aab07.parquet'))).toBe('immutable');
  });

  it('sends pages and page data to the network first', () => {
    expect(cacheRule(facts('/wages/'))).toBe('network-first');
    expect(cacheRule(facts('/wages/6-18-02-04/__data.json?x-sveltekit-invalidated=01'))).toBe('network-first');
  });

  it('never answers the manifest, the app version or the worker itself from the cache', () => {
    expect(cacheRule(facts('/data/manifest.json'))).toBe('network-only');
    expect(cacheRule(facts('/_app/version.json'))).toBe('network-only');
    expect(cacheRule(facts('/service-worker.js'))).toBe('network-only');
  });

  it('leaves other origins, non-GET requests and byte ranges to the network', () => {
    expect(cacheRule(facts('https://cdn.example.com/x.js'))).toBe('network-only');
    expect(cacheRule(facts('/wages/', { method: 'POST' }))).toBe('network-only');
    expect(cacheRule(facts('/data/jobs.48f63aab07.parquet', { hasRange: true }))).toBe('network-only');
  });

  it('keeps to the base path when the site lives under one', () => {
    expect(cacheRule(facts('/skills/wages/', { base: '/skills' }))).toBe('network-first');
    expect(cacheRule(facts('/skills/data/manifest.json', { base: '/skills' }))).toBe('network-only');
    expect(cacheRule(facts('/other-app/', { base: '/skills' }))).toBe('network-only');
  });
});

describe('superseded', () => {
  it('lists the hashed files the current build and release no longer name, never pages', () => {
    const current = new Set(['/_app/immutable/entry/app.new.js', '/data/jobs.1111111111.duckdb']);
    expect(superseded(['/_app/immutable/entry/app.old.js', '/_app/immutable/entry/app.new.js', '/data/jobs.0000000000.duckdb', '/data/jobs.1111111111.duckdb', '/wages/'], current)).toEqual([
      '/_app/immutable/entry/app.old.js',
      '/data/jobs.0000000000.duckdb'
    ]);
  });
});
