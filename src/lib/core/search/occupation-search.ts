/**
 * Occupation search for the wage pages: names, 工种 aliases, codes, pinyin and pinyin initials
 * (`hangong`, `hg` → 焊工; `shukong` → 数控车工, an alias of 车工). Exact and prefix matches rank
 * first, in tiers that a user can predict; fuse.js catches typos when nothing matches literally.
 */
import Fuse from 'fuse.js';
import type { OccupationEntry } from '../queries/wages';

export interface OccupationHit {
  code: string;
  name: string;
  /** The alias that matched, when it was not the name (e.g. 数控车工 for 车工). */
  via: string | null;
  tier: number;
}

interface Prepared {
  entry: OccupationEntry;
  names: string[];
  pinyin: string[];
  initials: string[];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export class OccupationSearch {
  private readonly items: Prepared[];
  private readonly fuse: Fuse<Prepared>;

  constructor(entries: readonly OccupationEntry[]) {
    this.items = entries.map((entry) => ({
      entry,
      names: [entry.name, ...entry.aliases].map(fold),
      pinyin: entry.pinyin,
      initials: entry.initials
    }));
    this.fuse = new Fuse(this.items, {
      keys: [
        { name: 'names', weight: 2 },
        { name: 'pinyin', weight: 1 }
      ],
      threshold: 0.3,
      ignoreLocation: true
    });
  }

  /**
   * Tier 0 exact, 1 prefix, 2 contains, 3 fuzzy; within a tier, a match on the occupation's own
   * name before one through a 工种 alias (hg: 焊工 before 医疗护理员 via 护工), then 细类 before
   * groups, then code. `fuzzy: false` skips the typo tier, for callers that only want it as a
   * last resort (it costs more than the other tiers together).
   */
  search(query: string, limit = 50, fuzzy = true): OccupationHit[] {
    const q = fold(query);
    if (!q) return [];
    const hits = new Map<string, OccupationHit>();
    const add = (p: Prepared, tier: number, via: string | null) => {
      const prev = hits.get(p.entry.code);
      if (!prev || tier < prev.tier) hits.set(p.entry.code, { code: p.entry.code, name: p.entry.name, via, tier });
    };
    const isLatin = /^[a-z0-9-]+$/.test(q);
    for (const p of this.items) {
      const alias = (i: number) => (i > 0 ? [p.entry.name, ...p.entry.aliases][i] : null);
      p.names.forEach((n, i) => {
        if (n === q) add(p, 0, alias(i));
        else if (n.startsWith(q)) add(p, 1, alias(i));
        else if (n.includes(q)) add(p, 2, alias(i));
      });
      if (p.entry.code === q) add(p, 0, null);
      else if (p.entry.code.startsWith(q)) add(p, 1, null);
      if (isLatin) {
        p.pinyin.forEach((py, i) => {
          if (py === q) add(p, 0, alias(i));
          else if (py.startsWith(q)) add(p, 1, alias(i));
          else if (q.length >= 3 && py.includes(q)) add(p, 2, alias(i));
        });
        p.initials.forEach((ini, i) => {
          if (ini === q) add(p, 0, alias(i));
          else if (q.length >= 2 && ini.startsWith(q)) add(p, 1, alias(i));
        });
      }
    }
    // Fuzzy matching is for typos: once the query matches something literally, fuzzy neighbours
    // are noise (hangong would add 90 unrelated -ang/-ong names) and cost most of a keystroke.
    if (fuzzy && hits.size === 0 && q.length >= 2)
      for (const r of this.fuse.search(q, { limit })) add(r.item, 3, null);
    const depth = (code: string) => code.split('-').length;
    return [...hits.values()]
      .sort((a, b) => a.tier - b.tier || Number(a.via !== null) - Number(b.via !== null) || depth(b.code) - depth(a.code) || a.code.localeCompare(b.code))
      .slice(0, limit);
  }
}
