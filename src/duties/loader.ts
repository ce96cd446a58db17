/**
 * The content loader for the duties collection: the checked catalogue. On bad input the build has
 * already stopped before Astro started (integrations/checks.ts); in `astro dev` an edited file is
 * checked again here and reported as Astro's own error with our message as its hint, so Astro
 * does not guess a hint of its own.
 */
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { inputReport, loadCatalogue } from './files.ts';

export function dutyLoader(): Loader {
  return {
    name: 'duty-catalogue',
    load: async ({ store, parseData, watcher }) => {
      const { duties, errors } = loadCatalogue(process.cwd());
      if (errors.length) {
        const error = new AstroError(`Bad input: ${errors.length} problem(s)`, inputReport(errors));
        error.stack = '';
        throw error;
      }
      store.clear();
      for (const duty of duties) {
        store.set({ id: duty.id, data: await parseData({ id: duty.id, data: { ...duty } }) });
      }
      // In dev, a changed duty, coverage or document file, declaration or source reloads the catalogue.
      watcher?.add(['src/content/duties', 'src/content/coverage', 'src/content/documents', 'sources']);
    },
  };
}
