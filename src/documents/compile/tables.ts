/**
 * Parsers for tables that reached us flattened into lines. Each keeps every character of its
 * lines in its cells, in source order, so the fidelity test reads the table as it read the lines.
 */
import { InputError } from '../errors.ts';
import { isBlank, type Line } from './lines.ts';
import type { Inline } from '../model.ts';

export interface ParsedTable {
  header: string[] | null;
  rows: { cells: Inline[][]; line: Line }[];
}

const text = (s: string): Inline[] => (s ? [{ t: 'text', text: s }] : []);

/** Blank-line separated groups of lines, one cell per line; the first group is the header. */
export function parseGroups(lines: Line[], where: { file: string; field: string }): ParsedTable {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) groups.push(current);
  const [head, ...body] = groups;
  if (!head) throw new InputError(where.file, where.field, 'the table has no lines', 'check `find` and `through`');
  for (const group of body) {
    if (group.length !== head.length) {
      throw new InputError(where.file, where.field,
        `the row at line ${group[0]!.no} has ${group.length} cells, the header has ${head.length}`,
        'check that the table range covers whole rows only');
    }
  }
  return {
    header: head.map((l) => l.text),
    rows: body.map((group) => ({ cells: group.map((l) => l.inlines), line: group[0]! })),
  };
}

/** 组  长：陈  曦（县委副书记、县政府县长） → [组  长：] [陈  曦] [（县委副书记、县政府县长）]. */
const MEMBER = /^((?:组\s*长|副组长|成\s*员)：)?\s*([^（]+?)\s*(（.+）)$/;

export function parseMembers(lines: Line[], columns: string[] | undefined, where: { file: string; field: string }): ParsedTable {
  const rows = lines.filter((l) => !isBlank(l)).map((line) => {
    const m = line.text.match(MEMBER);
    if (!m) {
      throw new InputError(where.file, where.field, `line ${line.no} "${line.text}" is not "职务：姓名（单位职务）"`,
        'end the table range before this line');
    }
    // A mark declared on the line (a repeated entry) follows the last cell.
    const marks = line.inlines.filter((i) => i.t !== 'text');
    return { cells: [text(m[1] ?? ''), text(m[2]!), [...text(m[3]!), ...marks]], line };
  });
  return { header: columns ?? null, rows };
}

/** Label–value pairs of a web page's header rows; several pairs may share a line. */
export function parseFields(lines: Line[], labels: string[] | undefined, columns: string[] | undefined, where: { file: string; field: string }): ParsedTable {
  if (!labels?.length) throw new InputError(where.file, `${where.field}.labels`, 'the fields parser needs the list of labels', 'add `labels: [标题, 索引号, …]`');
  // A label may be printed with spaces between its characters (标       题).
  const spaced = labels.map((l) => [...l].join('\\s*'));
  const re = new RegExp(`(${spaced.join('|')})\\s`, 'g');
  const rows: ParsedTable['rows'] = [];
  for (const line of lines.filter((l) => !isBlank(l))) {
    const found = [...line.text.matchAll(re)];
    if (found.length === 0 || found[0]!.index !== 0) {
      throw new InputError(where.file, where.field, `line ${line.no} does not start with one of the labels`, 'add its label to `labels`, or end the range before it');
    }
    found.forEach((m, k) => {
      const start = m.index! + m[1]!.length;
      const end = k + 1 < found.length ? found[k + 1]!.index! : line.text.length;
      rows.push({ cells: [text(m[1]!), text(line.text.slice(start, end).trim())], line });
    });
  }
  return { header: columns ?? null, rows };
}
