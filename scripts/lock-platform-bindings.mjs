#!/usr/bin/env node
// Usage: node scripts/lock-platform-bindings.mjs package-lock.json  (after any npm install that rewrote the lock)
// Adds lock entries for @duckdb/node-bindings' platform packages that this registry mirror does
// not serve (404). npm ci needs every optional dependency in the lock, and skips these on
// linux-x64 by their os/cpu fields without ever fetching them.
import { readFileSync, writeFileSync } from 'node:fs';
const path = process.argv[2];
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platforms = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'linux-arm64': ['linux', 'arm64'], 'win32-x64': ['win32', 'x64'] };
const version = lock.packages['node_modules/@duckdb/node-bindings'].version;
const entries = Object.entries(lock.packages);
for (const [p, [os, cpu]] of Object.entries(platforms)) {
  const key = `node_modules/@duckdb/node-bindings-${p}`;
  if (!lock.packages[key]) entries.push([key, { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] }]);
}
entries.sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
lock.packages = Object.fromEntries(entries);
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
