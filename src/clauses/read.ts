/**
 * Reads a committed document (src/content/documents/<id>.mdx) back into its blocks: the layers
 * after documents read what the site publishes, never the compiler. The MDX is the compiler's
 * own narrow form (src/documents/compile/mdx.ts): every text a JSON string literal in braces,
 * blocks apart by a blank line, so it is read by its form, not by an MDX parser. Anything else is
 * an error naming the block, never a silent guess: `npm run compile` is the only writer.
 */
import { parse } from 'yaml';
import type { Block, CompiledDocument, Inline, TableRow } from '../documents/model.ts';
import { DocumentSchema, type DocumentData } from '../documents/schemas/document.ts';

const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const TEXT = new RegExp(String.raw`\{(${JSON_STRING})\}`, 'y');
const MARK = /<Fix id="([^"]+)" kind="(join|duplicate)" \/>/y;
const RESTORE = new RegExp(String.raw`<Fix id="([^"]+)" kind="restore"><del>\{(${JSON_STRING})\}</del><ins>\{(${JSON_STRING})\}</ins></Fix>`, 'y');
const LOST = new RegExp(String.raw`<Lost id="([^"]+)" what="(heading|passage|characters)" note=\{(${JSON_STRING})\} />`, 'y');

const text = (literal: string) => JSON.parse(literal) as string;

/** The runs of text from `at` up to the closing tag `end`; returns them and where `end` stands. */
function inlinesUntil(s: string, at: number, end: string): { inlines: Inline[]; at: number } {
  const inlines: Inline[] = [];
  const match = (re: RegExp) => {
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) at = re.lastIndex;
    return m;
  };
  while (!s.startsWith(end, at)) {
    let m: RegExpExecArray | null;
    if ((m = match(TEXT))) inlines.push({ t: 'text', text: text(m[1]!) });
    else if ((m = match(MARK))) inlines.push({ t: 'mark', fix: m[1]!, kind: m[2] as 'join' | 'duplicate' });
    else if ((m = match(RESTORE))) inlines.push({ t: 'restore', fix: m[1]!, original: text(m[2]!), text: text(m[3]!) });
    else if ((m = match(LOST))) inlines.push({ t: 'lost', fix: m[1]!, what: m[2] as 'heading' | 'passage' | 'characters', note: text(m[3]!) });
    else throw new Error(`unreadable text at "${s.slice(at, at + 40)}"`);
  }
  return { inlines, at: at + end.length };
}

/** The runs of a whole element: its opening tag matched by `open`, then runs to `end`, then nothing. */
function element(s: string, open: RegExp, end: string): { m: RegExpExecArray; inlines: Inline[] } | null {
  const m = open.exec(s);
  if (!m) return null;
  const { inlines, at } = inlinesUntil(s, m[0].length, end);
  if (at !== s.length) throw new Error(`text after ${end}`);
  return { m, inlines };
}

function table(chunk: string): Block {
  const lines = chunk.split('\n');
  const head = new RegExp(String.raw`^<div class="table-scroll" role="region" aria-label=\{(${JSON_STRING})\} tabindex="0">$`).exec(lines[0]!);
  const id = /^<table id="([^"]+)">$/.exec(lines[1]!)?.[1];
  const caption = new RegExp(String.raw`^<caption>\{(${JSON_STRING})\}</caption>$`).exec(lines[2]!)?.[1];
  if (!head || !id || !caption) throw new Error('unreadable table head');
  let k = 3;
  let header: string[] | null = null;
  if (lines[k]!.startsWith('<thead>')) {
    header = [...lines[k]!.matchAll(new RegExp(String.raw`<th scope="col">\{(${JSON_STRING})\}</th>`, 'g'))].map((m) => text(m[1]!));
    k++;
  }
  if (lines[k++] !== '<tbody>' || lines.slice(-3).join('\n') !== '</tbody>\n</table>\n</div>') throw new Error(`unreadable table ${id}`);
  const rows: TableRow[] = lines.slice(k, -3).map((line) => {
    const m = /^<tr id="([^"]+)">/.exec(line);
    if (!m) throw new Error(`unreadable row in table ${id}`);
    const cells: Inline[][] = [];
    let at = m[0].length;
    while (line.startsWith('<td>', at)) {
      const cell = inlinesUntil(line, at + '<td>'.length, '</td>');
      cells.push(cell.inlines);
      at = cell.at;
    }
    if (line.slice(at) !== '</tr>') throw new Error(`unreadable row ${m[1]}`);
    return { id: m[1]!, cells };
  });
  return { type: 'table', id, caption: text(caption), header, rows };
}

const HEADING = new RegExp(String.raw`^<Heading id="([^"]+)" depth=\{(\d)\} number=\{(${JSON_STRING})\}( lost)?>`);
const PARAGRAPH = /^<P id="([^"]+)" kind="(paragraph|item|task)">/;
const PART = new RegExp(String.raw`^<PartHeading id="([^"]+)" label=\{(${JSON_STRING})\} />$`);
const LOST_BLOCK = new RegExp(`^${LOST.source}$`);
const LIST_ITEM = new RegExp(String.raw`^<li>\{(${JSON_STRING})\}</li>$`);

/** One block of the body, or null for what is not a block (the notice, a table's duty list). */
function block(chunk: string): Block | null {
  if (chunk.startsWith('{/*') || /^<ClauseDuties id="[^"]+" rows \/>$/.test(chunk)) return null;
  const heading = element(chunk, HEADING, '</Heading>');
  if (heading) {
    const [, id, depth, number, lost] = heading.m;
    return { type: 'heading', id: id!, depth: Number(depth), number: text(number!), inlines: heading.inlines, lost: !!lost };
  }
  const paragraph = element(chunk, PARAGRAPH, '</P>');
  if (paragraph) return { type: 'paragraph', id: paragraph.m[1]!, kind: paragraph.m[2] as 'paragraph' | 'item' | 'task', inlines: paragraph.inlines };
  let m: RegExpExecArray | null;
  if ((m = PART.exec(chunk))) return { type: 'part', id: m[1]!, label: text(m[2]!) };
  if ((m = LOST_BLOCK.exec(chunk))) return { type: 'lost', fix: m[1]!, what: m[2] as 'heading' | 'passage' | 'characters', note: text(m[3]!) };
  if (chunk.startsWith('<ul class="attachments">\n')) {
    return { type: 'list', items: chunk.split('\n').slice(1, -1).map((line) => text(LIST_ITEM.exec(line)?.[1] ?? (() => { throw new Error('unreadable list item'); })())) };
  }
  if (chunk.startsWith('<div class="table-scroll"')) return table(chunk);
  throw new Error('unreadable block');
}

/** The blocks of a committed document's body (the MDX after its frontmatter). */
export function bodyBlocks(body: string, id = 'the document'): Block[] {
  return body.split('\n\n').map((c) => c.trim()).filter(Boolean).flatMap((chunk) => {
    try {
      return block(chunk) ?? [];
    } catch (e) {
      throw new Error(`${id}: ${(e as Error).message} in "${chunk.slice(0, 60)}…": run npm run compile`);
    }
  });
}

/** A committed document as the collection gives it (its frontmatter checked, its body raw). */
export function compiledOf(data: DocumentData, body: string): CompiledDocument {
  const { corrections, clauses, ...meta } = data;
  return { meta, corrections, clauses, blocks: bodyBlocks(body, data.id) };
}

/** A committed document's whole file, frontmatter (YAML 1.1, as Astro reads it) and body. */
export function readCompiled(mdx: string, file = 'a document'): CompiledDocument {
  const m = /^---\n([\s\S]*?\n)---\n/.exec(mdx);
  if (!m) throw new Error(`${file}: no frontmatter: run npm run compile`);
  return compiledOf(DocumentSchema.parse(parse(m[1]!, { version: '1.1' })), mdx.slice(m[0].length));
}
