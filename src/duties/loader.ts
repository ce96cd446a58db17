/**
 * The content loaders for the duties and designations collections: the checked catalogue, or a
 * build that stops with every problem listed (file, entry, field and fix).
 */
import type { Loader } from 'astro/loaders';
import { loadCatalogue, type LoadedCatalogue } from './files.ts';

/** A loader that stores one list of the checked catalogue, each item under its own id. */
function catalogueLoader<T extends Record<string, unknown>>(name: string, pick: (c: LoadedCatalogue) => readonly T[], idOf: (item: T) => string): Loader {
  return {
    name,
    load: async ({ store, parseData, watcher }) => {
      const catalogue = loadCatalogue(process.cwd());
      if (catalogue.errors.length) {
        throw new Error(`The duty catalogue has ${catalogue.errors.length} problem(s):\n\n${catalogue.errors.map((e) => e.message).join('\n\n')}`);
      }
      store.clear();
      for (const item of pick(catalogue)) {
        const id = idOf(item);
        store.set({ id, data: await parseData({ id, data: { ...item } }) });
      }
      // In dev, a changed duty or designation file, declaration or source reloads the catalogue.
      watcher?.add(['src/content/duties', 'src/content/designations', 'sources']);
    },
  };
}

export const dutyLoader = () => catalogueLoader('duty-catalogue', (c) => c.duties, (d) => d.id);
export const designationLoader = () => catalogueLoader('duty-designations', (c) => c.designations, (d) => `${d.document}/${d.role}/${d.actsFor}`);
