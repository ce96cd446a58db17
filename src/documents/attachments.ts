/**
 * Forms a document names but does not carry: its attachment list (附件：1.… 2.…) and the places
 * in its text that send the reader to one (《…》（见附件1）). The library holds the documents'
 * text only, so every attachment is 原文未收录; the parent and training pages list them by the
 * document's own titles rather than leave a reader looking for a form that is not here.
 *
 * Pure: reads the compiled MDX body (a generated, regular format: see compile/mdx.ts).
 */

export interface Attachment {
  /** The number the document gives it (1 for 附件1). */
  number: number;
  /** The title as the attachment list prints it. */
  title: string;
  /** Where the text refers to it: the block id and the title as the text words it there. */
  namedIn: { block: string; words: string }[];
}

const LIST = /<ul class="attachments">\n([\s\S]*?)\n<\/ul>/;
const ITEM = /^<li>(\{".*"\})<\/li>$/;
const BLOCK = /^<(?:P|Heading|tr) id="([^"]+)"/;
const REFERENCE = /《([^》]+)》（见附件(\d+)）/g;

/** The strings of one generated line: `{"…"}` literals joined (attributes are skipped). */
function literals(line: string): string {
  return [...line.matchAll(/\{("(?:[^"\\]|\\.)*")\}/g)].map((m) => JSON.parse(m[1]!) as string).join('');
}

/**
 * The attachments of a compiled document, in the list's order. Empty where the document lists
 * none. A reference to an attachment number the list lacks is an error: the page would cite a
 * form it cannot name.
 */
export function attachments(body: string, document: string): Attachment[] {
  const list = LIST.exec(body);
  const items: Attachment[] = [];
  for (const line of list?.[1]?.split('\n') ?? []) {
    const m = ITEM.exec(line.trim());
    if (!m) continue;
    const text = literals(m[1]!);
    const numbered = /^(\d+)[.．、]\s*(.+)$/.exec(text);
    if (!numbered) throw new Error(`${document}: attachment list item "${text}" has no number (expected "1.标题"); fix the list declaration in sources/${document}.corrections.yaml`);
    items.push({ number: Number(numbered[1]), title: numbered[2]!, namedIn: [] });
  }
  for (const line of body.split('\n')) {
    const block = BLOCK.exec(line)?.[1];
    if (!block) continue;
    for (const m of literals(line).matchAll(REFERENCE)) {
      const target = items.find((a) => a.number === Number(m[2]));
      if (!target) throw new Error(`${document}: block ${block} cites 附件${m[2]} but the attachment list has no item ${m[2]}; declare the list in sources/${document}.corrections.yaml`);
      target.namedIn.push({ block, words: m[1]! });
    }
  }
  return items;
}
