/**
 * The committed documents (src/content/documents/<id>.mdx) are what the site publishes, and they
 * must be exactly what sources/ compile to: a hand edit would publish words no declaration
 * accounts for. `npm run compile` is the only writer; every build checks, and never overwrites.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toMdx } from './compile/mdx.ts';
import { InputError } from './errors.ts';
import { readRegistry, sha256 } from './registry.ts';
import { DOCUMENTS_DIR, type CompiledDocument } from './model.ts';

export const committedFile = (id: string) => `${DOCUMENTS_DIR}/${id}.mdx`;

/** The first line where two texts differ (1-based), for the message. */
function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, k) => line !== y[k]);
  return (i < 0 ? Math.min(x.length, y.length) : i) + 1;
}

/** Every committed document that differs from its compiled source, is missing, or has no source. */
export function committedDifferences(root: string, docs: readonly CompiledDocument[]): InputError[] {
  const errors: InputError[] = [];
  const lastWritten = new Map<string, string | undefined>();
  try {
    for (const e of readRegistry(root).entries) if (e.compiled) lastWritten.set(e.id, e.compiled);
  } catch {
    // A registry that cannot be read is reported by the compile; the messages below then guess less.
  }
  for (const doc of docs) {
    const file = committedFile(doc.meta.id);
    const sourceFiles = `${doc.meta.source.file} with sources/${doc.meta.id}.corrections.yaml`;
    if (!existsSync(join(root, file))) {
      errors.push(new InputError(file, '(file)', `is missing: ${sourceFiles} compile to it`, 'run npm run compile and commit the result'));
      continue;
    }
    const committed = readFileSync(join(root, file), 'utf8');
    const compiled = toMdx(doc);
    if (committed === compiled) continue;
    const line = firstDifference(committed, compiled);
    // The registry's hash of what compile last wrote tells a hand edit from sources not yet compiled.
    if (lastWritten.has(doc.meta.id) && lastWritten.get(doc.meta.id) !== sha256(committed)) {
      errors.push(new InputError(file, '(file)', `differs from what ${sourceFiles} compile to, and from what npm run compile last wrote (a hand edit)`,
        `declare the change in sources/${doc.meta.id}.corrections.yaml, then npm run compile -- --force (npm run compile shows the edit)`, line));
    } else {
      errors.push(new InputError(file, '(file)', `differs from what ${sourceFiles} compile to (the sources changed since it was compiled)`,
        'run npm run compile and commit the result', line));
    }
  }
  const known = new Set(docs.map((d) => d.meta.id));
  const dir = join(root, DOCUMENTS_DIR);
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : []) {
    const id = name.replace(/\.mdx$/, '');
    if (!known.has(id) && !existsSync(join(root, 'sources', `${id}.meta.yaml`))) {
      errors.push(new InputError(`${DOCUMENTS_DIR}/${name}`, '(file)', `has no source: there is no sources/${id}.meta.yaml`,
        'remove the file, or add the document to sources/ (README: How to add a document) and run npm run compile'));
    }
  }
  return errors;
}
