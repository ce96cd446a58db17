/**
 * /offline/packs.json as the content knows it: every pack's id, kind and title. The build completes
 * it from the finished files (integrations/offline.ts: version, sizes, download). One pack per
 * local document, and one (national) for the seven laws, naming them as its members.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { packHeads } from '../../offline/packs.ts';

export const GET: APIRoute = async () => {
  const documents = await getCollection('documents');
  return new Response(JSON.stringify({ v: 1, packs: packHeads(documents) }));
};
