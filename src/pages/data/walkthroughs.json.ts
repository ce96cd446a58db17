import type { APIRoute } from 'astro';
import { WalkthroughsFileSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';
import { walkData } from '../walkthroughs/_data.ts';
import { NATIONAL } from '../../duties/national.ts';
import { json } from './_json.ts';

/** Open data: every walkthrough, and the parts holding their outcome pages, one per document and one for the national walkthrough (/data/walkthroughs/<id>.json). */
export const GET: APIRoute = async () => {
  const { walk, documents } = await walkData();
  const counts = Map.groupBy(walk.pages.filter((p) => p.outcome), (p) => p.document);
  return json(WalkthroughsFileSchema.parse({
    walkthroughs: walk.walkthroughs.map(({ id, title, url, situations, roles }) => ({ id, title, url, situations, roles })),
    parts: [...documents].sort().map((id) => ({ id, scope: id === NATIONAL ? 'national' : 'document', url: DATA.walkthroughsPart(id), outcomes: counts.get(id)?.length ?? 0 })),
  }));
};
