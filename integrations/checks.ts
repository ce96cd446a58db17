/**
 * Checks every input before Astro reads any of it, in every command that builds or serves the site
 * (`astro build`, `astro dev`, `astro check`, `astro sync`): the sources compile, the committed
 * documents equal what they compile to, the duty and coverage files are whole and true to the text.
 * A problem stops the command with our own message (file, field, fix) and no stack trace: the
 * content loaders would otherwise throw inside Astro, which adds a trace and guesses a hint.
 * Sentences not yet catalogued (a new document) do not stop it: the build says how many are left.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { inputReport, loadCatalogue } from '../src/duties/files.ts';
import { workLeft, workLeftLines } from '../src/duties/work-left.ts';

export default function inputChecks(): AstroIntegration {
  return {
    name: 'input-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { errors, documents, duties, coverage } = loadCatalogue(fileURLToPath(config.root));
        if (errors.length) {
          console.error(`\n${inputReport(errors)}\n`);
          process.exit(1);
        }
        for (const line of workLeftLines(workLeft(documents, duties, coverage))) logger.warn(line);
      },
    },
  };
}
