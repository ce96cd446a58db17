/**
 * Fidelity: every sentence of a source, less the declared removals, must appear in the compiled
 * text, in order. Read off the MDX itself (its {"…"} literals, restorations' originals included),
 * so the check covers what a reader is shown, not an intermediate form.
 */

const SPACE = /[\s\u3000\u00a0]+/g;

/** The source split at 。；！？ and line ends, white space removed, empty pieces dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[。；！？])/))
    .map((s) => s.replace(SPACE, ''))
    .filter(Boolean);
}

/** The text of an MDX body as a reader sees it: every JSX string literal that is not an attribute. */
export function mdxText(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  for (const m of body.matchAll(/(=?)\{("(?:[^"\\]|\\.)*")\}/g)) {
    if (m[1] === '') out.push(JSON.parse(m[2]!) as string);
  }
  return out.join('\n');
}

export interface FidelityReport {
  total: number;
  /** Sentences not found, in order, with the place the search had reached. */
  missing: string[];
}

/** Finds each sentence in the compiled text after the previous one (white space ignored). */
export function checkFidelity(source: string, removedLines: readonly string[], compiled: string): FidelityReport {
  // Each declared removal takes out one line, so a line printed twice is still checked once.
  const removed = removedLines.map((l) => l.replace(SPACE, ''));
  const wanted = source
    .split(/\r?\n/)
    .filter((line) => {
      const at = removed.indexOf(line.replace(SPACE, ''));
      if (at < 0) return true;
      removed.splice(at, 1);
      return false;
    })
    .join('\n');
  const haystack = compiled.replace(SPACE, '');
  const missing: string[] = [];
  let from = 0;
  const all = sentences(wanted);
  for (const s of all) {
    const at = haystack.indexOf(s, from);
    if (at < 0) missing.push(s);
    else from = at + s.length;
  }
  return { total: all.length, missing };
}
