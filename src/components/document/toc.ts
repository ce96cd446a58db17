/**
 * The table of contents as a tree, read off the frontmatter clause index (never off the
 * rendered text). Headings, numbered items and tables are listed; plain paragraphs are not.
 */
import type { Clause } from '../../documents/schemas/clause.ts';

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

function entryText(c: Clause): string {
  const label = c.label.trim();
  if (!c.number || label.startsWith(c.number)) return label;
  return `${c.number}${label}`;
}

/** Number + label of a clause, for "see 三（二）…" links in the corrections panel. */
export function clauseName(clauses: readonly Clause[], id: string | null): string | null {
  if (!id) return null;
  const c = clauses.find((x) => x.id === id);
  if (c) return entryText(c);
  // Sections with no heading of their own are not in the index: name them by place.
  if (id === 's0') return '文件开头（第一个标题之前）';
  if (id === 'closing') return '落款';
  if (id === 'annex') return '附件';
  return id;
}

export function countNodes(nodes: readonly TocNode[]): number {
  return nodes.reduce((n, x) => n + 1 + countNodes(x.children), 0);
}
