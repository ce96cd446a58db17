/**
 * What `npm run compile` writes: each committed document (src/content/documents/<id>.mdx) from its
 * sources, and nothing lost on the way. A document that differs from what compile last wrote (its
 * sha256 in sources/registry.yaml, `compiled`) was edited by hand: it is not overwritten unless the
 * maintainer says so (--force), and the difference is shown, so the edit can be declared instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { parseDocument, type YAMLMap } from 'yaml';
import { toMdx } from './compile/mdx.ts';
import { committedFile } from './committed.ts';
import { readRegistry, REGISTRY_FILE, sha256 } from './registry.ts';
import { compileAll } from './sources.ts';

/** Lines of a difference shown at most (the rest is counted). */
const SHOWN = 40;

export interface Refusal {
  /** The document's id. */
  id: string;
  file: string;
  /** The hand edit as a unified diff: committed file → what compile would write. */
  diff: string;
}

export interface CompileResult {
  written: string[];
  refused: Refusal[];
}

/** The difference between a committed document and what compile would write, cut to SHOWN lines. */
function difference(file: string, current: string, next: string): string {
  const lines = createTwoFilesPatch(`${file} (committed)`, `${file} (compiled)`, current, next, '', '', { context: 2 }).split('\n').slice(1);
  return lines.length > SHOWN ? [...lines.slice(0, SHOWN), `… ${lines.length - SHOWN} more line(s)`].join('\n') : lines.join('\n').trimEnd();
}

/** Compiles every document; writes those that changed, except hand-edited ones unless `force`. */
export function compileToContent(root: string, force = false): CompileResult {
  const registry = readRegistry(root);
  const result: CompileResult = { written: [], refused: [] };
  const record = new Map<string, string>();
  for (const doc of compileAll(root)) {
    const file = committedFile(doc.meta.id);
    const next = toMdx(doc);
    const current = existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null;
    const entry = registry.entries.find((e) => e.id === doc.meta.id);
    if (current !== next) {
      if (current !== null && sha256(current) !== entry?.compiled && !force) {
        result.refused.push({ id: doc.meta.id, file, diff: difference(file, current, next) });
        continue;
      }
      writeFileSync(join(root, file), next);
      result.written.push(file);
    }
    if (entry && entry.compiled !== sha256(next)) record.set(doc.meta.id, sha256(next));
  }
  if (record.size) {
    // Rewritten through the YAML document, so its comments and one-line entries stay as they are.
    const doc = parseDocument(readFileSync(join(root, REGISTRY_FILE), 'utf8'));
    registry.entries.forEach((e, i) => {
      const hash = record.get(e.id);
      if (hash) (doc.getIn([i], true) as YAMLMap).set('compiled', hash);
    });
    writeFileSync(join(root, REGISTRY_FILE), doc.toString({ lineWidth: 0 }));
  }
  return result;
}
