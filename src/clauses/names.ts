/**
 * How a clause is named to readers, from the clause index alone: by the document's own numbering
 * (三、（二）1. / 附件 重点任务分工表 第3行) with its heading's title, and by its own entry in the
 * contents (number and label). One function, so citations, the contents and the corrections panel
 * never name the same clause two ways.
 */
import type { Clause } from '../documents/schemas/clause.ts';

export interface ClauseName {
  /** The document's own numbers down to the block: 三、（二）1. / 附件 重点任务分工表 第3行. */
  path: string;
  /** The title of the nearest heading, where it has one (unnumbered paragraphs have none). */
  title: string | null;
  /**
   * The clause's own entry, as the contents list shows it: its number and label (a paragraph's
   * label is the start of its text). Sections with no heading of their own are named by place.
   */
  entry: string;
}

/** Number + label, without repeating a number the label starts with. */
export function entryText(c: Pick<Clause, 'number' | 'label'>): string {
  const label = c.label.trim();
  if (!c.number || label.startsWith(c.number)) return label;
  return `${c.number}${label}`;
}

/** Sections that have no heading of their own are not in the index: they are named by place. */
const PLACES: Record<string, string> = { s0: '文件开头（第一个标题之前）', closing: '落款', annex: '附件' };

/** Names a block the way the document numbers it, from the clause index. */
export function clauseName(clauses: readonly Clause[], id: string): ClauseName {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const own = byId.get(id);
  const chain: Clause[] = [];
  for (let c = own; c; c = c.parent ? byId.get(c.parent) : undefined) chain.unshift(c);
  const parts: string[] = [];
  let title: string | null = null;
  for (const c of chain) {
    if (c.kind === 'row') parts.push(`第${c.id.replace(/^.*-r/, '')}行`);
    else if (c.kind === 'table') parts.push(c.label);
    else if (c.number) parts.push(c.number);
    else if (c.kind === 'heading' && c.depth <= 1 && !c.id.startsWith('s')) parts.push(c.label);
    // An item's label is the start of its own text, not a title.
    if (c.kind === 'heading' && c.number) title = stripNumber(c.label, c.number);
    else if (c.kind === 'item') title = null;
  }
  const path = parts.length ? parts.join(parts.some((p) => /[行表]$/.test(p)) ? ' ' : '') : '';
  return { path: path || '文首', title, entry: own ? entryText(own) : PLACES[id] ?? id };
}

function stripNumber(label: string, number: string | null): string {
  const l = label.trim();
  return number && l.startsWith(number) ? l.slice(number.length).trim() : l;
}
