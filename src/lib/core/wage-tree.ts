/**
 * The wage table as the 大典 hierarchy: 大类 → 中类 → 小类 → 细类, each level sortable among its
 * siblings, with expand/collapse and search filtering that keeps the path to every match.
 */
import { occupationParent } from './occupation-codes';
import type { WageRow } from './queries/wages';
import type { SortKey } from './wages/view';

export interface WageNode {
  row: WageRow;
  children: WageNode[];
}

export function buildWageTree(rows: readonly WageRow[]): WageNode[] {
  const nodes = new Map(rows.map((row) => [row.code, { row, children: [] as WageNode[] }]));
  const roots: WageNode[] = [];
  for (const n of nodes.values()) {
    let parent = occupationParent(n.row.code);
    while (parent && !nodes.has(parent)) parent = occupationParent(parent);
    (parent ? nodes.get(parent)!.children : roots).push(n);
  }
  return roots;
}

/** Suppressed or missing values sort last whatever the direction: "no figure" is not small. */
export function sortWageTree(nodes: WageNode[], key: SortKey, desc: boolean): WageNode[] {
  const value = (n: WageNode): number | string | null => (key === 'code' ? n.row.code : n.row[key]);
  const sorted = [...nodes].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    const c = typeof va === 'string' ? va.localeCompare(vb as string) : va - (vb as number);
    return desc ? -c : c;
  });
  return sorted.map((n) => ({ ...n, children: sortWageTree(n.children, key, desc) }));
}

export interface VisibleRow {
  node: WageNode;
  level: number;
  expanded: boolean;
  match: boolean;
}

/**
 * Rows to show, in order. Without a search: roots, plus the children of expanded nodes. With a
 * search (`matches`): every match and the path to it, expanded.
 */
export function visibleRows(roots: readonly WageNode[], open: ReadonlySet<string>, matches: ReadonlySet<string> | null): VisibleRow[] {
  const out: VisibleRow[] = [];
  const containsMatch = (n: WageNode): boolean => matches!.has(n.row.code) || n.children.some(containsMatch);
  const walk = (nodes: readonly WageNode[], level: number) => {
    for (const node of nodes) {
      if (matches && !containsMatch(node)) continue;
      const match = matches?.has(node.row.code) ?? false;
      const expanded = matches ? node.children.some(containsMatch) : open.has(node.row.code);
      out.push({ node, level, expanded, match });
      if (expanded) walk(node.children, level + 1);
    }
  };
  walk(roots, 0);
  return out;
}
