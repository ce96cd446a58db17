/**
 * Checks every input before Astro reads any of it, in every command that builds or serves the site
 * (`astro build`, `astro dev`, `astro check`, `astro sync`): the sources compile, the committed
 * documents equal what they compile to, the duty and coverage files are whole and true to the text.
 * A problem stops the command with our own message (file, field, fix) and no stack trace: the
 * content loaders would otherwise throw inside Astro, which adds a trace and guesses a hint.
 * Sentences not yet catalogued (a new document) do not stop it: the build says how many are left.
 *
 * This is the one place of the build that runs the compiler: to compare the committed documents
 * with a fresh compile. Everything after reads the committed documents (src/duties/files.ts).
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { committedDifferences, committedFile } from '../src/documents/committed.ts';
import { compileEach, documentIds } from '../src/documents/sources.ts';
import { checkCatalogue, inputReport, loadCatalogue, readCommitted, type LoadedCatalogue } from '../src/duties/files.ts';
import { workLeft, workLeftLines } from '../src/duties/work-left.ts';
import { computeCounts } from '../src/once.ts';

/**
 * Every problem of the inputs, the documents' first. When the documents are sound, the catalogue is
 * the one the content loaders read (loadCatalogue: checked once per build). Otherwise the entries of
 * a document that does not compile, or whose committed text differs, are not checked: their errors
 * would follow from the document's, which is reported once.
 */
export function checkInputs(root: string): LoadedCatalogue {
  const dir = resolve(root);
  const { docs: compiled, errors: compileErrors } = compileEach(dir);
  // A meta with a problem has one message: its compiled document differing follows from it.
  const differences = committedDifferences(dir, compiled.filter((d) => !compileErrors.some((e) => e.file === `sources/${d.meta.id}.meta.yaml`)));
  if (!compileErrors.length && !differences.length) return loadCatalogue(dir);
  const differing = new Set(differences.map((e) => e.file));
  const sound = new Set(compiled.map((d) => d.meta.id).filter((id) => !differing.has(committedFile(id))));
  const docs = readCommitted(dir).docs.filter((d) => sound.has(d.meta.id));
  const checked = checkCatalogue(dir, docs, documentIds(dir));
  return { ...checked, duties: [], designations: [], errors: [...compileErrors, ...differences, ...checked.errors] };
}

export default function inputChecks(): AstroIntegration {
  return {
    name: 'input-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { errors, documents, duties, coverage } = checkInputs(fileURLToPath(config.root));
        if (errors.length) {
          console.error(`\n${inputReport(errors)}\n`);
          process.exit(1);
        }
        for (const line of workLeftLines(workLeft(documents, duties, coverage))) logger.warn(line);
      },
      // What the build worked out once and shared with every page (src/once.ts): a number over 1 is work done twice.
      'astro:build:done': ({ logger }) => {
        logger.info(`computed once per build: ${Object.entries(computeCounts()).map(([name, n]) => `${name} ${n}×`).join(', ')}`);
      },
    },
  };
}
