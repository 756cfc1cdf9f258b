/** Runs one publish in its own process so its peak memory can be read (bench pipeline). */
import { publish } from '../../src/lib/pipeline/publish';

const [sources, out, priv] = process.argv.slice(2);
const t = performance.now();
const r = await publish({ sources, out, private: priv, asOf: '2026-11-01' });
const ms = performance.now() - t;
process.stdout.write(JSON.stringify({ ok: r.ok, ms, timings: r.timings, maxRssKiB: process.resourceUsage().maxRSS, rows: r.manifest?.datasets.wage_prices?.rows ?? 0, errors: r.ok ? [] : r.log.summary().slice(0, 20) }) + '\n');
