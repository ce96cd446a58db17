import type { APIRoute } from 'astro';
import { loadSite } from '../_site.ts';
import { DutiesFileSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';
import { json } from './_json.ts';

/** Open data: the index of the duty catalogue's parts, one per document, the national laws' included (/data/duties/<id>.json). */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return json(DutiesFileSchema.parse({
    parts: [...site.docOrder, ...site.laws.map((l) => l.id)].sort().map((id) => ({
      id, scope: 'document', url: DATA.dutiesPart(id), duties: site.dutiesOf(id).length, designations: site.designations.filter((g) => g.document === id).length,
    })),
  }));
};
