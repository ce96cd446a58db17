/**
 * The duty site every page reads, from the three collections: one call shape everywhere, so the
 * memo in src/duties/site.ts is computed once per build rather than once per way of calling it.
 */
import { getCollection } from 'astro:content';
import { dutySite } from '../duties/site.ts';

export const loadSite = async () => dutySite(await getCollection('documents'), await getCollection('duties'), await getCollection('designations'));
