/**
 * Talent-pool search: a typed query is resolved against the small vocabularies (occupations with
 * their pinyin and 工种 aliases, skills, certificates) into ids, and the pool is then filtered by
 * those ids in the engine. Nothing here touches the 40k pool rows, so a keystroke costs a search of
 * a few hundred names.
 */
import Fuse from 'fuse.js';
import { foldTerm } from '../terms/fold';
import { POOL_REF } from '../pool/view';
import type { OccupationEntry } from '../queries/wages';
import { OccupationSearch } from './occupation-search';

export interface TermEntry {
  id: string;
  name: string;
  /** Synonyms or aliases. */
  synonyms: string[];
}

export interface PoolMatch {
  kind: 'occupation' | 'skill' | 'certificate';
  id: string;
  name: string;
  /** The alias or synonym that matched, when it was not the name. */
  via: string | null;
}

export interface ResolvedQuery {
  /** 细类 codes (groups expanded to their 细类). */
  occupations: string[];
  skills: string[];
  certificates: string[];
  /** A reference typed in full. */
  ref: string | null;
  /** What the query was understood as, for the page to show. */
  matches: PoolMatch[];
}

interface Term {
  entry: TermEntry;
  folded: string[];
}

/** Exact, prefix and contains matches on names and synonyms; fuzzy only when nothing else matched. */
class TermSearch {
  private readonly terms: Term[];
  private readonly fuse: Fuse<Term>;

  constructor(entries: readonly TermEntry[]) {
    this.terms = entries.map((entry) => ({ entry, folded: [entry.name, ...entry.synonyms].map(foldTerm) }));
    this.fuse = new Fuse(this.terms, { keys: ['folded'], threshold: 0.3, ignoreLocation: true });
  }

  search(q: string): { entry: TermEntry; via: string | null }[] {
    const out: { entry: TermEntry; via: string | null }[] = [];
    // One character (h, 电) is a prefix, not a fragment: contains would match most of the vocabulary.
    const short = [...q].length === 1;
    for (const t of this.terms) {
      const i = t.folded.findIndex((f) => f === q || f.startsWith(q) || (!short && f.includes(q)) || t.entry.id.toLowerCase() === q);
      if (i >= 0) out.push({ entry: t.entry, via: i > 0 ? [t.entry.name, ...t.entry.synonyms][i] : null });
    }
    return out;
  }

  fuzzy(q: string, limit: number): TermEntry[] {
    return this.fuse.search(q, { limit }).map((r) => r.item.entry);
  }
}

export class PoolSearch {
  private readonly occupations: OccupationSearch;
  private readonly leaves: string[];
  private readonly skills: TermSearch;
  private readonly certificates: TermSearch;

  constructor(vocab: { occupations: readonly OccupationEntry[]; skills: readonly TermEntry[]; certificates: readonly TermEntry[] }) {
    this.occupations = new OccupationSearch(vocab.occupations);
    this.leaves = vocab.occupations.filter((o) => o.code.split('-').length === 4).map((o) => o.code);
    this.skills = new TermSearch(vocab.skills);
    this.certificates = new TermSearch(vocab.certificates);
  }

  /** The 细类 under a code (itself when it is one). */
  leavesOf(code: string): string[] {
    return this.leaves.filter((c) => c === code || c.startsWith(code + '-'));
  }

  resolve(query: string): ResolvedQuery {
    const q = foldTerm(query);
    const ref = POOL_REF.test(query.trim().toUpperCase()) ? query.trim().toUpperCase() : null;
    const none: ResolvedQuery = { occupations: [], skills: [], certificates: [], ref, matches: [] };
    if (!q) return none;
    const occ = this.occupations.search(query, 100, false);
    // Exact and prefix matches when there are any; otherwise contains. Pinyin containment
    // (hangong inside shiyongjunshengchangong) would otherwise add unrelated occupations.
    const best = occ.some((h) => h.tier <= 1) ? 1 : 2;
    let occHits = occ.filter((h) => h.tier <= best);
    let skills = this.skills.search(q);
    let certs = this.certificates.search(q);
    if (!occHits.length && !skills.length && !certs.length && !ref && q.length >= 2) {
      occHits = this.occupations.search(query, 10);
      skills = this.skills.fuzzy(q, 5).map((entry) => ({ entry, via: null }));
      certs = this.certificates.fuzzy(q, 5).map((entry) => ({ entry, via: null }));
    }
    const matches: PoolMatch[] = [
      ...occHits.map((h) => ({ kind: 'occupation' as const, id: h.code, name: h.name, via: h.via })),
      ...skills.map((s) => ({ kind: 'skill' as const, id: s.entry.id, name: s.entry.name, via: s.via })),
      ...certs.map((c) => ({ kind: 'certificate' as const, id: c.entry.id, name: c.entry.name, via: c.via }))
    ];
    return {
      occupations: [...new Set(occHits.flatMap((h) => this.leavesOf(h.code)))].sort(),
      skills: skills.map((s) => s.entry.id),
      certificates: certs.map((c) => c.entry.id),
      ref,
      matches
    };
  }
}
