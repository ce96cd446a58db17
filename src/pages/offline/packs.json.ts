/**
 * /offline/packs.json as the content knows it: every pack's id, kind and title. The build completes
 * it from the finished files (integrations/offline.ts: version, sizes, download). One pack per
 * document; the national laws will add theirs here.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { packHead } from '../../offline/packs.ts';

export const GET: APIRoute = async () => {
  const documents = await getCollection('documents');
  return new Response(JSON.stringify({ v: 1, packs: documents.map(packHead) }));
};
