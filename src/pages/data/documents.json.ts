import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { DocumentsFileSchema } from '../../opendata/schemas.ts';
import { DATA, documentUrl } from '../../urls.ts';
import { json } from './_json.ts';

/** Open data: the index of the documents, each with its part (metadata, corrections, clause index). */
export const GET: APIRoute = async () => {
  const entries = await getCollection('documents');
  return json(DocumentsFileSchema.parse({
    parts: entries
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data }) => ({ id, scope: 'document', url: DATA.documentsPart(id), title: data.title, shortTitle: data.shortTitle, page: documentUrl(id) })),
  }));
};
