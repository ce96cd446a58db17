import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../_site.ts';
import { DutiesPartSchema } from '../../../opendata/schemas.ts';
import { documentUrl } from '../../../urls.ts';
import { json } from '../_json.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return [...site.docOrder, ...site.laws.map((l) => l.id)].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** Open data: one document's checked duty catalogue (a national law's entries marked `national`) and designations, each with a link to the clause its quote stands in. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.id!;
  const site = await loadSite();
  const level = site.document(id).level;
  return json(DutiesPartSchema.parse({
    id,
    scope: 'document',
    duties: [...site.dutiesOf(id)].sort((a, b) => a.id.localeCompare(b.id)).map((d) => ({ ...d, url: documentUrl(d.document, d.anchor), national: level === 'national', level })),
    designations: site.designations.filter((g) => g.document === id).map((g) => ({ ...g, url: documentUrl(g.document, g.anchor) })),
  }));
};
