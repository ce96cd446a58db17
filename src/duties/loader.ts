/**
 * The content loaders for the duties and designations collections: the checked catalogue. On bad
 * input the build has already stopped before Astro started (integrations/checks.ts); in `astro dev`
 * an edited file is checked again here and reported as Astro's own error with our message as its
 * hint and no stack trace, so Astro does not guess a hint of its own.
 */
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { inputReport, loadCatalogue, type LoadedCatalogue } from './files.ts';

/** A loader that stores one list of the checked catalogue, each item under its own id. */
function catalogueLoader<T extends Record<string, unknown>>(name: string, pick: (c: LoadedCatalogue) => readonly T[], idOf: (item: T) => string): Loader {
  return {
    name,
    load: async ({ store, parseData, watcher }) => {
      const catalogue = loadCatalogue(process.cwd());
      if (catalogue.errors.length) {
        const error = new AstroError(`Bad input: ${catalogue.errors.length} problem(s)`, inputReport(catalogue.errors));
        error.stack = '';
        throw error;
      }
      store.clear();
      for (const item of pick(catalogue)) {
        const id = idOf(item);
        store.set({ id, data: await parseData({ id, data: { ...item } }) });
      }
      // In dev, a changed duty, designation, coverage or document file, declaration or source reloads the catalogue.
      watcher?.add(['src/content/duties', 'src/content/designations', 'src/content/coverage', 'src/content/documents', 'sources']);
    },
  };
}

export const dutyLoader = () => catalogueLoader('duty-catalogue', (c) => c.duties, (d) => d.id);
export const designationLoader = () => catalogueLoader('duty-designations', (c) => c.designations, (d) => `${d.document}/${d.role}/${d.actsFor}`);
