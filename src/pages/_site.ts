/**
 * The duty site every page reads, from the three collections: one call shape everywhere, so the
 * memo in src/duties/site.ts is computed once per build rather than once per way of calling it.
 */
import { getCollection } from 'astro:content';
import { dutySite } from '../duties/site.ts';

const read = async () => dutySite(await getCollection('documents'), await getCollection('duties'), await getCollection('designations'));
let built: ReturnType<typeof read> | null = null;

/**
 * In a build the collections do not change: read once per copy of this module. Asking the content
 * layer on every page cost each page time in proportion to the whole library (getCollection copies
 * every entry; the memo's key names every duty), so the build grew with the library's square
 * (docs/010-scale.md). `astro dev` reads them again on every page, to see an edit.
 */
export const loadSite = (): ReturnType<typeof read> => (import.meta.env.DEV ? read() : (built ??= read()));
