/**
 * The compiled document as data: blocks of inline runs. The MDX file, the clause texts that
 * duties are checked against, and the fidelity test are all read off this one model.
 */
import type { Clause } from './schemas/clause.ts';
import type { CorrectionSummary } from './schemas/correction.ts';
import type { DocumentMeta } from './schemas/document.ts';

/** Where the compiled documents are committed (<id>.mdx), the form every later layer reads. */
export const DOCUMENTS_DIR = 'src/content/documents';

/** A run of text inside a block. */
export type Inline =
  | { t: 'text'; text: string }
  /** A declared mark with no text of its own (a page-break join, a repeated entry). */
  | { t: 'mark'; fix: string; kind: 'join' | 'duplicate' }
  /** A restoration: the source's damaged text and what the document itself gives instead. */
  | { t: 'restore'; fix: string; original: string; text: string }
  /** Text lost in the source, marked and never filled in. */
  | { t: 'lost'; fix: string; what: 'heading' | 'passage' | 'characters'; note: string };

export type Block =
  | { type: 'heading'; id: string; depth: number; number: string; inlines: Inline[]; lost: boolean }
  | { type: 'part'; id: string; label: string }
  | { type: 'paragraph'; id: string; kind: 'paragraph' | 'item' | 'task'; inlines: Inline[] }
  | { type: 'lost'; fix: string; what: 'heading' | 'passage' | 'characters'; note: string }
  | { type: 'table'; id: string; caption: string; header: string[] | null; rows: TableRow[] }
  | { type: 'list'; items: string[] };

export interface TableRow {
  id: string;
  cells: Inline[][];
}

export interface CompiledDocument {
  meta: DocumentMeta;
  corrections: CorrectionSummary[];
  clauses: Clause[];
  blocks: Block[];
}

/** The text a reader sees in a run, as the document gives it (restorations read as restored). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.t === 'text' ? i.text : i.t === 'restore' ? i.text : '')).join('');
}
