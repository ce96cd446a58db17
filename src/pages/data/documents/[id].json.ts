import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { DocumentPartSchema } from '../../../opendata/schemas.ts';
import { documentUrl } from '../../../urls.ts';
import { json } from '../_json.ts';

export const getStaticPaths = (async () => (await getCollection('documents')).map((e) => ({ params: { id: e.id }, props: { data: e.data } }))) satisfies GetStaticPaths;

/** Open data: one document's metadata, corrections and clause index, with links to its anchors. */
export const GET: APIRoute = ({ params, props }) => {
  const id = params.id!;
  const { data } = props as { data: Record<string, unknown> & { clauses: { id: string }[] } };
  return json(DocumentPartSchema.parse({ ...data, url: documentUrl(id), clauses: data.clauses.map((c) => ({ ...c, url: documentUrl(id, c.id) })) }));
};
