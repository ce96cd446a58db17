/**
 * Forms a document names but does not carry: its attachment list (附件：1.… 2.…) and the places
 * in its text that send the reader to one (《…》（见附件1）). The library holds the documents'
 * text only, so every attachment is 原文未收录; the parent and training pages list them by the
 * document's own titles rather than leave a reader looking for a form that is not here.
 *
 * Pure: reads the compiled document (its list and paragraph blocks).
 */
import { InputError } from './errors.ts';
import { inlineText, type CompiledDocument } from './model.ts';

export interface Attachment {
  /** The number the document gives it (1 for 附件1). */
  number: number;
  /** The title as the attachment list prints it. */
  title: string;
  /** Where the text refers to it: the block id and the title as the text words it there. */
  namedIn: { block: string; words: string }[];
}

const REFERENCE = /《([^》]+)》（见附件(\d+)）/g;

/**
 * The attachments of a compiled document, in the list's order. Empty where the document lists
 * none. A reference to an attachment number the list lacks is an error of the corrections file
 * (the list is declared there): the page would cite a form it cannot name. The input checks run
 * this for every document, so the build stops before any page rather than inside one.
 */
export function attachments(doc: Pick<CompiledDocument, 'meta' | 'blocks'>): Attachment[] {
  const document = doc.meta.id;
  const fail = (problem: string, fix: string) => new InputError(`sources/${document}.corrections.yaml`, 'structure', problem, fix);
  const declare = 'declare the attachment list as a list, e.g. "- { kind: list, find: 附件：1.…, through: 7.…, caption: 附件目录 }" (see sources/longli-2017.corrections.yaml)';
  const items: Attachment[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'list') continue;
    for (const text of block.items) {
      const numbered = /^(\d+)[.．、]\s*(.+)$/.exec(text);
      if (!numbered) throw fail(`attachment list item "${text}" of ${document} has no number (expected "1.标题")`, `correct the list's find and through: ${declare}`);
      items.push({ number: Number(numbered[1]), title: numbered[2]!, namedIn: [] });
    }
  }
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph') continue;
    for (const m of inlineText(block.inlines).matchAll(REFERENCE)) {
      const target = items.find((a) => a.number === Number(m[2]));
      if (!target) throw fail(`block ${block.id} of ${document} cites 附件${m[2]}, but the document has no attachment list with item ${m[2]}`, declare);
      target.namedIn.push({ block: block.id, words: m[1]! });
    }
  }
  return items;
}
