/**
 * The markdown-law reader: a national law as received (`# title`, its history lines, the
 * `<!-- INFO END -->` marker, `##` chapters, `###` sections, articles 第X条, one paragraph per
 * line, items （一）) → the same compiled document as the text reader gives. Pure.
 *
 * Ids (docs/clause-ids.md, National laws): the history lines are the preamble s0-p1 …; chapter
 * c2, section c2-s1; article a22 (a heading holding 第二十二条), its paragraphs a22-p1 (the one
 * that begins 第二十二条) …, its items a92-i3, or a92-p2-i3 when two paragraphs of the article each
 * have a list. Articles and items must run 1, 2, 3 … in order: a gap stops the compile.
 */
import type { Clause } from '../schemas/clause.ts';
import type { CorrectionSummary } from '../schemas/correction.ts';
import { InputError } from '../errors.ts';
import { HEADING_MARK, INFO_END } from '../markdown.ts';
import { inlineText, type Block, type CompiledDocument, type Inline } from '../model.ts';
import { applyCorrection, label, splitInlines, type CompileInput } from './compile.ts';
import { lawFurniture } from './law-furniture.ts';
import { isBlank, splitLines, type Line } from './lines.ts';
import { chineseNumber } from './numbering.ts';

const NUMERAL = '[零一二三四五六七八九十百千]+';
const ARTICLE = new RegExp(`^第(${NUMERAL})条(?= |$)`);
const CHAPTER = new RegExp(`^第(${NUMERAL})章(?= |$)`);
const SECTION = new RegExp(`^第(${NUMERAL})节(?= |$)`);
const ITEM = /^[（(]([一二三四五六七八九十]+)[）)]/; // the sources mix full-width and ASCII brackets: (一) （一)

/** A line of an article: a paragraph (款) or an item (项) of the paragraph before it. */
interface ArticleLine {
  inlines: Inline[];
  item: { value: number; printed: string } | null;
}

interface Article {
  value: number;
  number: string;
  /** The article's number as printed, with any correction marks inside it. */
  head: Inline[];
  lines: ArticleLine[];
  lineNo: number;
}

export function compileLaw(input: CompileInput): CompiledDocument {
  const file = input.declarationFile;
  const { declaration } = input;
  if (declaration.structure.length || declaration.taskRows.length) {
    throw new InputError(file, declaration.structure.length ? 'structure' : 'taskRows', 'a markdown law has no tables, parts or task rows to declare', 'remove it: chapters, sections and articles are read from the text');
  }
  const raw = input.source.split(/\r?\n/);
  const lines = splitLines(input.source);
  const corrections: CorrectionSummary[] = declaration.corrections.map((c, i) =>
    applyCorrection(c, `c${i + 1}`, lines, { file, field: `corrections[${i}]` }, () => {
      throw new InputError(file, `corrections[${i}]`, 'a whole lost line or heading has no place in a law', 'mark lost characters inside a line (what: characters)');
    }));
  const furniture = lawFurniture(raw, lines, declaration.furniture, file, corrections.length + 1);
  const law = new LawWalk(file);
  const fail = (line: Line, problem: string, fix: string) => new InputError(input.meta.source.file, `line ${line.no}`, problem, fix);

  const end = lines.findIndex((l) => l.text === INFO_END);
  if (end < 0) throw new InputError(input.meta.source.file, '(file)', `no ${INFO_END} line ends the history lines`, 'a markdown law has the marker after its history lines: check the source');
  if (!lines[end]!.dropped) throw new InputError(file, 'corrections', `the ${INFO_END} marker (line ${end + 1}) is not declared`, `declare it: - { kind: remove, find: "${INFO_END}", reason: furniture, note: … }`);

  const title: string[] = [];
  lines.forEach((line, i) => {
    if (isBlank(line) || line.dropped) return;
    const text = furniture.spaced(line.text);
    const mark = HEADING_MARK.exec(text);
    const inlines = withText(line.inlines, furniture.spaced);
    if (i < end) {
      if (mark?.[1] === '#' && law.preambleEmpty) title.push(text.slice(mark[0].length));
      else if (mark) throw fail(line, `"${mark[1]}" before the history lines end`, 'check the source: only the title is marked # there');
      else law.preamble(inlines);
      return;
    }
    const body = mark ? splitInlines(inlines, mark[0].length)[1] : inlines;
    const words = inlineText(body);
    if (mark?.[1] === '##') {
      const m = CHAPTER.exec(words) ?? (() => { throw fail(line, `"${words}" is marked ## but is no chapter (第X章)`, 'check the source'); })();
      law.chapter(chineseNumber(m[1]!), m[0], body, line);
    } else if (mark?.[1] === '###') {
      const m = SECTION.exec(words) ?? (() => { throw fail(line, `"${words}" is marked ### but is no section (第X节)`, 'check the source'); })();
      law.section(chineseNumber(m[1]!), m[0], body, line);
    } else if (mark) {
      throw fail(line, `a "${mark[1]}" line after the history lines`, 'check the source: the body has ## chapters and ### sections only');
    } else {
      const m = ARTICLE.exec(words);
      if (m) {
        const [head, rest] = splitInlines(body, m[0].length);
        law.article({ value: chineseNumber(m[1]!), number: m[0], head, lines: [], lineNo: line.no }, rest);
      } else {
        const item = ITEM.exec(words);
        law.line({ inlines: body, item: item ? { value: chineseNumber(item[1]!), printed: item[0] } : null }, line);
      }
    }
  });
  law.close();
  const expected = input.meta.title;
  if (title.join(' ') !== expected) {
    throw new InputError(`sources/${input.meta.id}.meta.yaml`, 'title', `"${expected}" is not the title the source prints ("${title.join(' ')}", its # lines)`, `set title: ${title.join(' ')}`);
  }
  const summaries = [...corrections, ...furniture.summaries].map((s) => ({ ...s, clause: s.kind === 'remove' ? null : (law.fixClause.get(s.id) ?? null) }));
  return { meta: input.meta, corrections: summaries, clauses: law.clauses, blocks: law.blocks };
}

/** The runs with each text run passed through `f` (the declared spacing read as a space). */
const withText = (inlines: readonly Inline[], f: (s: string) => string): Inline[] =>
  inlines.map((i) => (i.t === 'text' ? { t: 'text', text: f(i.text) } : i));

/** The first text run without its leading spaces (the space after 第X条). */
function trimStart(inlines: Inline[]): Inline[] {
  const [first, ...rest] = inlines;
  if (first?.t !== 'text') return inlines;
  const text = first.text.replace(/^[ \u3000]+/, '');
  return text ? [{ t: 'text', text }, ...rest] : rest;
}

/** Walks the law's lines in order, keeping the open chapter, section and article. */
class LawWalk {
  blocks: Block[] = [];
  clauses: Clause[] = [];
  fixClause = new Map<string, string>();
  private file: string;
  private preambleCount = 0;
  private chapterNo = 0;
  private sectionNo = 0;
  private articleNo = 0;
  private parent: string | null = null;
  private depth = 0;
  private open: Article | null = null;

  constructor(file: string) {
    this.file = file;
  }

  get preambleEmpty() {
    return this.preambleCount === 0;
  }

  private add(block: Block, clause: Omit<Clause, 'id'> & { id: string }, inlines: readonly Inline[]) {
    this.blocks.push(block);
    this.clauses.push(clause);
    for (const i of inlines) if (i.t !== 'text') this.fixClause.set(i.fix, clause.id);
  }

  preamble(inlines: Inline[]) {
    const id = `s0-p${++this.preambleCount}`;
    this.add({ type: 'paragraph', id, kind: 'paragraph', inlines }, { id, kind: 'paragraph', number: null, label: label(inlineText(inlines)), depth: 1, parent: null }, inlines);
  }

  private sequence(kind: string, value: number, expected: number, line: Line) {
    if (value !== expected) {
      throw new InputError(this.file, `line ${line.no}`, `${kind} ${Number.isNaN(value) ? '(no number)' : value} follows ${kind} ${expected - 1}`,
        'check the source: numbers run 1, 2, 3 … (a skipped or repeated one is a loss to declare)');
    }
  }

  chapter(value: number, number: string, inlines: Inline[], line: Line) {
    this.close();
    this.sequence('chapter', value, ++this.chapterNo, line);
    this.sectionNo = 0;
    const id = `c${value}`;
    this.add({ type: 'heading', id, depth: 1, number, lost: false, inlines }, { id, kind: 'heading', number, label: inlineText(inlines), depth: 1, parent: null }, inlines);
    [this.parent, this.depth] = [id, 1];
  }

  section(value: number, number: string, inlines: Inline[], line: Line) {
    this.close();
    if (!this.chapterNo) throw new InputError(this.file, `line ${line.no}`, 'a section (###) before any chapter', 'check the source');
    this.sequence('section', value, ++this.sectionNo, line);
    const chapter = `c${this.chapterNo}`;
    const id = `${chapter}-s${value}`;
    this.add({ type: 'heading', id, depth: 2, number, lost: false, inlines }, { id, kind: 'heading', number, label: inlineText(inlines), depth: 2, parent: chapter }, inlines);
    [this.parent, this.depth] = [id, 2];
  }

  article(article: Article, first: Inline[]) {
    this.close();
    this.open = article;
    const body = trimStart(first);
    if (inlineText(body).trim() || body.some((i) => i.t !== 'text')) this.open.lines.push({ inlines: body, item: null });
  }

  line(line: ArticleLine, at: Line) {
    if (!this.open) {
      throw new InputError(this.file, `line ${at.no}`, `"${label(inlineText(line.inlines))}" stands outside any article`, 'check the source: every line of the body is a heading or part of an article (第X条)');
    }
    this.open.lines.push(line);
  }

  /** Emits the open article: its heading, paragraphs and items with their ids. */
  close() {
    const a = this.open;
    if (!a) return;
    this.open = null;
    this.sequence('article', a.value, ++this.articleNo, { no: a.lineNo, text: '', inlines: [], dropped: false });
    const id = `a${a.value}`;
    const depth = this.depth + 1;
    this.add({ type: 'heading', id, depth, number: a.number, lost: false, inlines: a.head }, { id, kind: 'heading', number: a.number, label: a.number, depth, parent: this.parent }, a.head);
    // Items belong to the paragraph before them; their ids name it only when two paragraphs have lists.
    let paragraph = 0;
    const owners = new Set<number>();
    for (const l of a.lines) {
      if (l.item) owners.add(paragraph);
      else paragraph++;
    }
    const named = owners.size > 1;
    paragraph = 0;
    let item = 0;
    for (const l of a.lines) {
      const text = inlineText(l.inlines);
      if (!l.item) {
        item = 0;
        const pid = `${id}-p${++paragraph}`;
        this.add({ type: 'paragraph', id: pid, kind: 'paragraph', inlines: l.inlines }, { id: pid, kind: 'paragraph', number: null, label: label(text), depth: depth + 1, parent: id }, l.inlines);
        continue;
      }
      this.sequence(`item of ${a.number}`, l.item.value, ++item, { no: a.lineNo, text: '', inlines: [], dropped: false });
      const iid = named ? `${id}-p${paragraph}-i${item}` : `${id}-i${item}`;
      this.add({ type: 'paragraph', id: iid, kind: 'item', inlines: l.inlines }, { id: iid, kind: 'item', number: l.item.printed, label: label(text), depth: depth + 1, parent: id }, l.inlines);
    }
  }
}
