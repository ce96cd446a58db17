/**
 * A markdown law's furniture, counted against its declaration: the heading marks, the characters
 * that only space out a heading (U+2002) and those padding line ends (U+3000). A count that
 * differs, or such a character that no declaration names, stops the compile: nothing leaves the
 * text undeclared. Each declaration is listed for readers like a removal.
 */
import { InputError } from '../errors.ts';
import { HEADING_MARK } from '../markdown.ts';
import type { CorrectionSummary, Furniture } from '../schemas/correction.ts';
import type { Line } from './lines.ts';

/** Characters that show as nothing or as a blank: each must be declared where a law holds one. */
const INVISIBLE = /[\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/gu;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const charOf = (f: Furniture) => String.fromCodePoint(parseInt(f.char!.slice(2), 16));

export interface LawFurniture {
  summaries: CorrectionSummary[];
  /** A line's text with the declared spacing read as one space (heading marks are taken off by the reader). */
  spaced: (text: string) => string;
}

/**
 * Checks the declared furniture against the raw lines of the source (`raw`, one per line; lines a
 * correction removed are passed as dropped and not counted) and returns what the reader needs.
 */
export function lawFurniture(raw: readonly string[], lines: readonly Line[], declared: readonly Furniture[], file: string, firstFix: number): LawFurniture {
  const kept = raw.filter((_, i) => !lines[i]!.dropped);
  const where = (i: number) => `furniture[${i}]`;
  const counted: string[] = [];
  declared.forEach((f, i) => {
    if (f.kind !== 'heading-marks' && !f.char) throw new InputError(file, `${where(i)}.char`, `a ${f.kind} declaration names no character`, 'give it, e.g. char: U+2002');
    const ch = f.char ? charOf(f) : '';
    const found =
      f.kind === 'heading-marks' ? kept.filter((l) => HEADING_MARK.test(l)).length
        : f.kind === 'line-end' ? kept.filter((l) => new RegExp(`${ch}+$`, 'u').test(l)).length
          : kept.reduce((n, l) => n + [...l].filter((c) => c === ch).length, 0);
    if (found !== f.count) {
      throw new InputError(file, `${where(i)}.count`, `the source holds ${found}, not ${f.count} (${f.kind}${f.char ? ` ${f.char}` : ''})`,
        `check the source, then set count: ${found}`);
    }
    if (f.kind !== 'heading-marks') counted.push(`${f.kind}|${ch}`);
  });
  raw.forEach((l, i) => {
    if (lines[i]!.dropped) return;
    for (const m of l.matchAll(INVISIBLE)) {
      const atEnd = /^[\s\u3000\u00a0]*$/u.test(l.slice(m.index + m[0].length));
      if (counted.includes(`spacing|${m[0]}`) || (atEnd && counted.includes(`line-end|${m[0]}`))) continue;
      throw new InputError(file, 'furniture', `line ${i + 1} holds ${codePoint(m[0])}${atEnd ? ' at its end' : ''}, which is not declared`,
        `declare it (furniture: - { kind: ${atEnd ? 'line-end' : 'spacing'}, char: ${codePoint(m[0])}, count: …, note: … }), or remove the line as furniture`);
    }
  });
  const spacing = declared.filter((f) => f.kind === 'spacing').map(charOf);
  const run = spacing.length ? new RegExp(`[ ${spacing.join('')}]*[${spacing.join('')}][ ${spacing.join('')}]*`, 'gu') : null;
  const summaries = declared.map((f, i): CorrectionSummary => ({
    id: `c${firstFix + i}`,
    kind: 'remove',
    clause: null,
    note: f.note,
    original: f.kind === 'heading-marks' ? `# ## ###（${f.count} 行行首）` : `${f.char}（${f.count} 处）`,
    result: f.kind === 'spacing' ? '空格' : '',
  }));
  return { summaries, spaced: (text) => (run ? text.replace(run, ' ') : text) };
}
