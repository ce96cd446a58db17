import type { APIRoute, GetStaticPaths } from 'astro';
import { WalkthroughsPartSchema } from '../../../opendata/schemas.ts';
import { chainIds, stepIds } from '../../../duties/outcome.ts';
import { outcomePagesOf, walkData } from '../../walkthroughs/_data.ts';
import { json } from '../_json.ts';

export const getStaticPaths = (async () => (await walkData()).duties.docOrder.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** Open data: one document's outcome pages, with the duties each shows. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.id!;
  return json(WalkthroughsPartSchema.parse({
    id,
    scope: 'document',
    outcomes: (await outcomePagesOf(id)).map((p) => ({
      url: p.url, walkthrough: p.walkthrough, document: p.document, role: p.role, situations: p.state.situations,
      answers: p.state.answers, duties: stepIds(p.outcome!), next: chainIds(p.outcome!),
    })),
  }));
};
