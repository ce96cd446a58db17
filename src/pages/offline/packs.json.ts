/**
 * /offline/packs.json as the content knows it: every pack's id, kind and title. The build completes
 * it from the finished files (integrations/offline.ts: version, sizes, download). One pack per
 * document; the national laws will add theirs here.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { packHead } from '../../offline/packs.ts';
import { isLaw, NATIONAL } from '../../duties/national.ts';

export const GET: APIRoute = async () => {
  const documents = await getCollection('documents');
  // The national walkthrough's pages (/walkthroughs/<w>/national/…) name the national scope: its pack, never the shell.
  const national = documents.some((d) => isLaw(d.data)) ? [{ id: NATIONAL, kind: 'laws' as const, title: '国家法律' }] : [];
  return new Response(JSON.stringify({ v: 1, packs: [...documents.map(packHead), ...national] }));
};
