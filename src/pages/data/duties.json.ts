import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { DutiesFileSchema } from '../../opendata/schemas.ts';
import { documentUrl } from '../../urls.ts';

/** Open data: the checked duty catalogue (the national laws' entries marked `national`) and the designations, each with a link to the clause its quote stands in. */
export const GET: APIRoute = async () => {
  const entries = await getCollection('duties');
  const designations = await getCollection('designations');
  const level = new Map((await getCollection('documents')).map((d) => [d.id, d.data.level]));
  const file = DutiesFileSchema.parse({
    duties: entries
      .map((e) => e.data)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((d) => ({ ...d, url: documentUrl(d.document, d.anchor), national: level.get(d.document) === 'national', level: level.get(d.document) })),
    designations: designations.map((e) => ({ ...e.data, url: documentUrl(e.data.document, e.data.anchor) })),
  });
  return new Response(JSON.stringify(file, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
