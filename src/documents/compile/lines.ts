/**
 * The source as lines, and the anchors that declarations use to point into it.
 * An anchor must match exactly one place, so a declaration can never apply somewhere unintended.
 */
import { InputError } from '../errors.ts';
import type { Inline } from '../model.ts';

export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without surrounding white space (spaces, tabs, U+3000, U+00A0). */
  text: string;
  /** The line's runs after inline corrections. */
  inlines: Inline[];
  /** Left out: declared furniture, or merged into the line before it by a join. */
  dropped: boolean;
}

const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

export function splitLines(source: string): Line[] {
  return source.split(/\r?\n/).map((raw, i) => {
    const text = raw.replace(EDGE_SPACE, '');
    return { no: i + 1, text, inlines: text ? [{ t: 'text', text }] : [], dropped: false };
  });
}

/** Whole-line anchors ignore how white space is spelled (web pages mix spaces and U+00A0). */
const sameSpacing = (s: string) => s.replace(/\s+/g, ' ').trim();

export const isBlank = (line: Line) => line.text === '';

export interface Anchor {
  find: string;
  wholeLine: boolean;
  occurrence?: number | undefined;
}

/** A place in the source: a line index and, for text anchors, the column where `find` starts. */
export interface Place {
  line: number;
  column: number;
}

/** Finds the one place an anchor names, or stops with an error naming the declaration field. */
export function locate(
  lines: readonly Line[],
  anchor: Anchor,
  where: { file: string; field: string },
  match: 'anywhere' | 'line-end' = 'anywhere',
): Place {
  const places: Place[] = [];
  lines.forEach((line, i) => {
    if (anchor.wholeLine) {
      if (sameSpacing(line.text) === sameSpacing(anchor.find)) places.push({ line: i, column: 0 });
    } else if (match === 'line-end') {
      if (line.text.endsWith(anchor.find)) places.push({ line: i, column: line.text.length - anchor.find.length });
    } else {
      for (let at = line.text.indexOf(anchor.find); at >= 0; at = line.text.indexOf(anchor.find, at + 1)) {
        places.push({ line: i, column: at });
      }
    }
  });
  const how = anchor.wholeLine ? 'as a whole line' : match === 'line-end' ? 'at the end of a line' : 'in the text';
  if (places.length === 0) {
    throw new InputError(where.file, `${where.field}.find`, `"${anchor.find}" is not found ${how} of the source`,
      'copy the text from the source exactly (white space at line ends is ignored)');
  }
  if (anchor.occurrence !== undefined) {
    const place = places[anchor.occurrence - 1];
    if (!place) {
      throw new InputError(where.file, `${where.field}.occurrence`, `"${anchor.find}" occurs ${places.length} time(s) ${how}, not ${anchor.occurrence}`,
        `use an occurrence from 1 to ${places.length}`);
    }
    return place;
  }
  if (places.length > 1) {
    const at = places.map((p) => lines[p.line]?.no).join(', ');
    throw new InputError(where.file, `${where.field}.find`, `"${anchor.find}" occurs ${places.length} times ${how} (lines ${at})`,
      'make `find` longer so it matches one place, or give `occurrence`');
  }
  return places[0]!;
}

/**
 * Replaces the text at [column, column + length) of a line's plain text with new runs.
 * The span must lie inside one text run: two declarations may not overlap.
 */
export function spliceLine(line: Line, column: number, length: number, insert: Inline[], where: { file: string; field: string }): void {
  let offset = 0;
  for (let i = 0; i < line.inlines.length; i++) {
    const run = line.inlines[i]!;
    // Columns count the source's characters, so a restoration spans its original text.
    const end = offset + (run.t === 'text' ? run.text.length : run.t === 'restore' ? run.original.length : 0);
    if (run.t === 'text' && column >= offset && column + length <= end) {
      const before = run.text.slice(0, column - offset);
      const after = run.text.slice(column - offset + length);
      const parts: Inline[] = [];
      if (before) parts.push({ t: 'text', text: before });
      parts.push(...insert);
      if (after) parts.push({ t: 'text', text: after });
      line.inlines.splice(i, 1, ...parts);
      return;
    }
    offset = end;
  }
  throw new InputError(where.file, where.field, `line ${line.no}: the text overlaps another correction`,
    'declare corrections that do not overlap');
}
