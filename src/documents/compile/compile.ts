/**
 * Source text + declarations → compiled document (blocks with clause ids).
 * Pure: the same inputs always give the same output, so the committed MDX can be checked
 * against a fresh compile.
 */
import type { Clause } from '../schemas/clause.ts';
import type { Correction, CorrectionSummary, Declaration, Structure } from '../schemas/correction.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import { InputError } from '../errors.ts';
import { isBlank, locate, spliceLine, splitLines, type Line } from './lines.ts';
import { inlineText, type Block, type CompiledDocument, type Inline } from '../model.ts';
import { MAX_TITLE_LENGTH, numbering } from './numbering.ts';
import { parseFields, parseGroups, parseMembers, type ParsedTable } from './tables.ts';

export interface CompileInput {
  meta: DocumentMeta;
  source: string;
  declaration: Declaration;
  /** The declaration's path, for error messages. */
  declarationFile: string;
}

/** Something the walk must emit before or after a line: a lost heading or passage, a part. */
export type Insert =
  | { kind: 'lost'; fix: string; what: 'heading' | 'passage' | 'characters'; note: string; number?: string | undefined }
  | { kind: 'part'; id: string; label: string };

interface Range {
  start: number;
  end: number;
  structure: Structure;
  index: number;
}

interface Section {
  id: string;
  depth: number;
  paragraphs: number;
  tables: number;
}

export function compileDocument(input: CompileInput): CompiledDocument {
  const file = input.declarationFile;
  const lines = splitLines(input.source);
  const summaries: CorrectionSummary[] = [];
  const before = new Map<number, Insert[]>();
  const after = new Map<number, Insert[]>();
  const push = (map: Map<number, Insert[]>, at: number, insert: Insert) => map.set(at, [...(map.get(at) ?? []), insert]);

  input.declaration.corrections.forEach((c, i) => {
    const fix = `c${i + 1}`;
    const where = { file, field: `corrections[${i}]` };
    summaries.push(applyCorrection(c, fix, lines, where, (at, place, insert) => push(place === 'before' ? before : after, at, insert)));
  });

  const ranges: Range[] = [];
  input.declaration.structure.forEach((s, i) => {
    const where = { file, field: `structure[${i}]` };
    const start = locate(lines, s, where).line;
    if (s.kind === 'part') {
      push(before, start, { kind: 'part', id: s.id, label: s.label });
      return;
    }
    const end = s.through === null ? lines.length - 1 : locate(lines, { find: s.through, wholeLine: true }, { file, field: `${where.field}.through` }).line;
    if (end < start) throw new InputError(file, `${where.field}.through`, `the range ends (line ${end + 1}) before it starts (line ${start + 1})`, 'give the last line of the range');
    ranges.push({ start, end, structure: s, index: i });
  });

  const walk = new Walk(file, input.declaration.taskRows);
  for (let i = 0; i < lines.length; i++) {
    for (const insert of before.get(i) ?? []) walk.insert(insert);
    const range = ranges.find((r) => r.start === i);
    if (range) {
      walk.structure(range, lines.slice(range.start, range.end + 1), file);
      i = range.end;
      continue;
    }
    const line = lines[i]!;
    if (!isBlank(line) && !line.dropped) walk.line(line);
    for (const insert of after.get(i) ?? []) walk.insert(insert);
  }

  // Each correction names the clause it lands in, so the reader can go from the list to the place.
  const corrections = summaries.map((s) => ({ ...s, clause: s.kind === 'remove' ? null : (walk.fixClause.get(s.id) ?? null) }));
  return { meta: input.meta, corrections, clauses: walk.clauses, blocks: walk.blocks };
}

export type Emit = (line: number, place: 'before' | 'after', insert: Insert) => void;

/** Applies one declared correction to the lines (the text reader's and the law reader's alike). */
export function applyCorrection(c: Correction, fix: string, lines: Line[], where: { file: string; field: string }, emit: Emit): CorrectionSummary {
  const base = { id: fix, kind: c.kind, clause: null, note: c.note };
  switch (c.kind) {
    case 'remove': {
      const at = locate(lines, c, where);
      lines[at.line]!.dropped = true;
      return { ...base, original: lines[at.line]!.text, result: '' };
    }
    case 'join': {
      const at = locate(lines, c, where, 'line-end');
      const first = lines[at.line]!;
      const next = lines.slice(at.line + 1).find((l) => !isBlank(l) && !l.dropped);
      if (!next) throw new InputError(where.file, `${where.field}.find`, `no line follows line ${first.no} to join`, 'remove this join');
      const shown = (s: string, n: number, end: boolean) => (end ? s.slice(-n) : s.slice(0, n));
      first.inlines.push({ t: 'mark', fix, kind: 'join' }, ...next.inlines);
      next.dropped = true;
      return { ...base, original: `${shown(first.text, 8, true)}⏎${shown(next.text, 8, false)}`, result: `${shown(first.text, 8, true)}${shown(next.text, 8, false)}` };
    }
    case 'restore': {
      if (!lines.some((l) => l.text.includes(c.basis))) {
        throw new InputError(where.file, `${where.field}.basis`, `"${c.basis}" is not in the source`,
          'a restoration must rest on words the document itself prints: quote them in `basis`');
      }
      const at = locate(lines, c, where);
      spliceLine(lines[at.line]!, at.column, c.find.length, [{ t: 'restore', fix, original: c.find, text: c.text }], where);
      return { ...base, original: c.find, result: c.text };
    }
    case 'lost': {
      const at = locate(lines, c, where);
      const insert: Insert = { kind: 'lost', fix, what: c.what, note: c.note, number: c.number };
      if (c.what === 'heading' || c.wholeLine) emit(at.line, c.place, insert);
      else {
        const column = c.place === 'before' ? at.column : at.column + c.find.length;
        spliceLine(lines[at.line]!, column, 0, [{ t: 'lost', fix, what: c.what, note: c.note }], where);
      }
      return { ...base, original: '', result: c.what === 'heading' && c.number ? `${c.number}［标题缺失］` : '［原文缺失］' };
    }
    case 'duplicate': {
      const at = locate(lines, c, where);
      lines[at.line]!.inlines.push({ t: 'mark', fix, kind: 'duplicate' });
      return { ...base, original: lines[at.line]!.text, result: lines[at.line]!.text };
    }
  }
}

/** Walks the lines in order, keeping the stack of open sections, and emits blocks and clauses. */
class Walk {
  blocks: Block[] = [];
  clauses: Clause[] = [];
  fixClause = new Map<string, string>();
  private stack: Section[] = [{ id: 's0', depth: 0, paragraphs: 0, tables: 0 }];
  private inTaskRow = false;
  private file: string;
  private taskRows: string[];

  constructor(file: string, taskRows: string[]) {
    this.file = file;
    this.taskRows = taskRows;
  }

  private get top(): Section {
    return this.stack[this.stack.length - 1]!;
  }

  private parentId(): string | null {
    return this.top.id === 's0' ? null : this.top.id;
  }

  private addClause(clause: Omit<Clause, 'parent'>, parent = this.parentId()) {
    if (this.clauses.some((c) => c.id === clause.id)) {
      throw new InputError(this.file, 'structure', `two places in the document get the id "${clause.id}"`,
        'declare the part (structure kind "part") or table that the second one belongs to');
    }
    this.clauses.push({ ...clause, parent });
  }

  private noteFixes(id: string, inlines: Inline[]) {
    for (const i of inlines) if (i.t !== 'text') this.fixClause.set(i.fix, id);
  }

  private paragraph(inlines: Inline[], kind: 'paragraph' | 'task') {
    const id = `${this.top.id}-p${++this.top.paragraphs}`;
    this.blocks.push({ type: 'paragraph', id, kind, inlines });
    this.addClause({ id, kind: 'paragraph', number: null, label: label(inlineText(inlines)), depth: this.top.depth + 1 });
    this.noteFixes(id, inlines);
  }

  /** Opens a numbered section at `level`, closing deeper or equal ones. */
  private open(level: number, value: number): Section {
    while (this.top.depth >= level) this.stack.pop();
    const id = this.top.id === 's0' ? `s${value}` : `${this.top.id}-${value}`;
    return { id, depth: level, paragraphs: 0, tables: 0 };
  }

  insert(insert: Insert) {
    if (insert.kind === 'part') {
      this.stack = [{ id: insert.id, depth: 1, paragraphs: 0, tables: 0 }];
      this.blocks.push({ type: 'part', id: insert.id, label: insert.label });
      this.addClause({ id: insert.id, kind: 'heading', number: null, label: insert.label, depth: 1 }, null);
      return;
    }
    if (insert.what === 'heading') {
      const n = insert.number ? numbering(insert.number) : null;
      if (!n) throw new InputError(this.file, 'corrections', `a lost heading needs the number its neighbours imply (got "${insert.number ?? ''}")`, 'give `number`, e.g. 二、');
      const section = this.open(n.level, n.value);
      const parent = this.parentId();
      this.blocks.push({ type: 'heading', id: section.id, depth: n.level, number: insert.number!, lost: true, inlines: [{ t: 'lost', fix: insert.fix, what: 'heading', note: insert.note }] });
      this.addClause({ id: section.id, kind: 'heading', number: insert.number!, label: `${insert.number}［标题缺失］`, depth: n.level }, parent);
      this.stack.push(section);
      this.fixClause.set(insert.fix, section.id);
      return;
    }
    this.blocks.push({ type: 'lost', fix: insert.fix, what: insert.what, note: insert.note });
    this.fixClause.set(insert.fix, this.top.id);
  }

  line(line: Line) {
    const text = inlineText(line.inlines);
    const [lead, ...rest] = this.taskRows;
    const startsTask = lead !== undefined && text.startsWith(lead) && !rest.some((r) => text.includes(r));
    const continuesTask = this.inTaskRow && rest.some((r) => text.startsWith(r));
    this.inTaskRow = startsTask || continuesTask;
    if (this.inTaskRow) {
      // Task rows close the numbered items above them and belong to the （n） section.
      while (this.top.depth > 2) this.stack.pop();
      this.paragraph(line.inlines, 'task');
      return;
    }
    const n = numbering(text);
    if (!n) {
      this.paragraph(line.inlines, 'paragraph');
      return;
    }
    const section = this.open(n.level, n.value);
    const parent = this.parentId();
    const stop = text.indexOf('。');
    const titleLength = stop < 0 ? text.length : stop + 1;
    if (titleLength > MAX_TITLE_LENGTH) {
      // No short title: the numbered line is one paragraph that carries the number's id.
      this.blocks.push({ type: 'paragraph', id: section.id, kind: 'item', inlines: line.inlines });
      this.addClause({ id: section.id, kind: 'item', number: n.printed.trim(), label: label(text), depth: n.level }, parent);
      this.noteFixes(section.id, line.inlines);
      this.stack.push(section);
      return;
    }
    const [title, body] = splitInlines(line.inlines, titleLength);
    this.blocks.push({ type: 'heading', id: section.id, depth: n.level, number: n.printed.trim(), lost: false, inlines: title });
    this.addClause({ id: section.id, kind: 'heading', number: n.printed.trim(), label: inlineText(title), depth: n.level }, parent);
    this.noteFixes(section.id, title);
    this.stack.push(section);
    if (inlineText(body).trim() || body.some((i) => i.t !== 'text')) this.paragraph(body, 'paragraph');
  }

  structure(range: Range, lines: Line[], file: string) {
    const s = range.structure;
    const where = { file, field: `structure[${range.index}]` };
    this.inTaskRow = false;
    if (s.kind === 'list') {
      const [first, ...others] = lines.filter((l) => !isBlank(l));
      if (!first) return;
      // "附件：1.…" keeps its lead-in as a paragraph; each title is a list item.
      const colon = first.text.indexOf('：');
      const items = [first.text.slice(colon + 1), ...others.map((l) => l.text)];
      if (colon > 0) this.paragraph([{ t: 'text', text: first.text.slice(0, colon + 1) }], 'paragraph');
      this.blocks.push({ type: 'list', items });
      return;
    }
    if (s.kind !== 'table') return;
    const parsed: ParsedTable =
      s.parser === 'groups' ? parseGroups(lines, where)
        : s.parser === 'members' ? parseMembers(lines, s.columns, where)
          : parseFields(lines, s.labels, s.columns, where);
    const id = `${this.top.id}-t${++this.top.tables}`;
    const depth = this.top.depth + 1;
    this.addClause({ id, kind: 'table', number: null, label: s.caption, depth });
    const rows = parsed.rows.map((row, k) => {
      const rowId = `${id}-r${k + 1}`;
      this.addClause({ id: rowId, kind: 'row', number: null, label: label(row.cells.map(inlineText).join(' ')), depth: depth + 1 }, id);
      row.cells.forEach((cell) => this.noteFixes(rowId, cell));
      return { id: rowId, cells: row.cells };
    });
    this.blocks.push({ type: 'table', id, caption: s.caption, header: parsed.header, rows });
  }
}

/** Splits runs at a character offset of their visible text; marks at the cut go to the right. */
export function splitInlines(inlines: readonly Inline[], at: number): [Inline[], Inline[]] {
  const left: Inline[] = [];
  const right: Inline[] = [];
  let offset = 0;
  for (const run of inlines) {
    if (offset >= at) {
      right.push(run);
      continue;
    }
    if (run.t === 'text') {
      const cut = at - offset;
      if (cut >= run.text.length) left.push(run);
      else {
        left.push({ t: 'text', text: run.text.slice(0, cut) });
        right.push({ t: 'text', text: run.text.slice(cut) });
      }
      offset += run.text.length;
    } else {
      left.push(run);
      if (run.t === 'restore') offset += run.text.length;
    }
  }
  return [left, right];
}

/** A short label for tables of contents: the start of the text. */
export function label(text: string): string {
  const chars = [...text];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text;
}
