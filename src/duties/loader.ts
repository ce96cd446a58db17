/**
 * The content loader for the duties collection: the checked catalogue, or a build that stops
 * with every problem listed (file, entry, field and fix).
 */
import type { Loader } from 'astro/loaders';
import { loadCatalogue } from './files.ts';

export function dutyLoader(): Loader {
  return {
    name: 'duty-catalogue',
    load: async ({ store, parseData, watcher }) => {
      const { duties, errors } = loadCatalogue(process.cwd());
      if (errors.length) {
        throw new Error(`The duty catalogue has ${errors.length} problem(s):\n\n${errors.map((e) => e.message).join('\n\n')}`);
      }
      store.clear();
      for (const duty of duties) {
        store.set({ id: duty.id, data: await parseData({ id: duty.id, data: { ...duty } }) });
      }
      // In dev, a changed duty file, declaration or source reloads the catalogue.
      watcher?.add(['src/content/duties', 'sources']);
    },
  };
}
