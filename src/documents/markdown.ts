/**
 * The markup of a markdown law (sources of format markdown-law): a line that starts with `#`,
 * `##` or `###` and a space is the title, a chapter or a section. Shared by the law reader and the
 * fidelity check, which reads such a line without its marks.
 */

/** The heading marks at the start of a line, with the space after them. */
export const HEADING_MARK = /^(#{1,3}) +/;

/** The history lines end at this line; the body follows. */
export const INFO_END = '<!-- INFO END -->';

/** A source's text with the heading marks of every line left out. */
export function withoutHeadingMarks(source: string): string {
  return source.split('\n').map((line) => line.replace(HEADING_MARK, '')).join('\n');
}
