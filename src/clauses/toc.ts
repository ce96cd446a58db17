/**
 * The table of contents as a tree, read off the frontmatter clause index (never off the
 * rendered text). Headings, numbered items and tables are listed; plain paragraphs are not.
 */
import type { Clause } from '../documents/schemas/clause.ts';
import { entryText } from './names.ts';

export interface TocNode {
  id: string;
  kind: Clause['kind'];
  /** What the entry reads: number and label, without repeating a number the label starts with. */
  text: string;
  children: TocNode[];
}

const LISTED: ReadonlySet<Clause['kind']> = new Set(['heading', 'item', 'table']);

export function tocTree(clauses: readonly Clause[]): TocNode[] {
  const roots: TocNode[] = [];
  const byId = new Map<string, TocNode>();
  const parentOf = new Map(clauses.map((c) => [c.id, c.parent] as const));
  for (const c of clauses) {
    if (!LISTED.has(c.kind)) continue;
    const node: TocNode = { id: c.id, kind: c.kind, text: entryText(c), children: [] };
    byId.set(c.id, node);
    // Climb to the nearest listed ancestor (a table's parent may be a section we list).
    let p = c.parent;
    while (p && !byId.has(p)) p = parentOf.get(p) ?? null;
    (p ? byId.get(p)!.children : roots).push(node);
  }
  return roots;
}

export function countNodes(nodes: readonly TocNode[]): number {
  return nodes.reduce((n, x) => n + 1 + countNodes(x.children), 0);
}
