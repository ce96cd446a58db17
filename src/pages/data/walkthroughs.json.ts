import type { APIRoute } from 'astro';
import { WalkthroughsFileSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';
import { walkData } from '../walkthroughs/_data.ts';
import { json } from './_json.ts';

/** Open data: every walkthrough, and the parts holding their outcome pages, one per document (/data/walkthroughs/<id>.json). */
export const GET: APIRoute = async () => {
  const { walk, duties } = await walkData();
  const counts = Map.groupBy(walk.pages.filter((p) => p.outcome), (p) => p.document);
  return json(WalkthroughsFileSchema.parse({
    walkthroughs: walk.walkthroughs.map(({ id, title, url, situations, roles }) => ({ id, title, url, situations, roles })),
    parts: [...duties.docOrder].sort().map((id) => ({ id, scope: 'document', url: DATA.walkthroughsPart(id), outcomes: counts.get(id)?.length ?? 0 })),
  }));
};
