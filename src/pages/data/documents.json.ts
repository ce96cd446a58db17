import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { DocumentsFileSchema } from '../../opendata/schemas.ts';
import { documentUrl } from '../../urls.ts';

/** Open data: every document's metadata, corrections and clause index, with links to its anchors. */
export const GET: APIRoute = async () => {
  const entries = await getCollection('documents');
  const file = DocumentsFileSchema.parse({
    documents: entries
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data }) => ({
        ...data,
        url: documentUrl(id),
        clauses: data.clauses.map((c) => ({ ...c, url: documentUrl(id, c.id) })),
      })),
  });
  return new Response(JSON.stringify(file, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
