import type { APIRoute, GetStaticPaths } from 'astro';
import { WalkthroughsPartSchema } from '../../../opendata/schemas.ts';
import { chainIds, stepIds } from '../../../duties/outcome.ts';
import { outcomePagesOf, walkData } from '../../walkthroughs/_data.ts';
import { json } from '../_json.ts';
import { NATIONAL } from '../../../duties/national.ts';

export const getStaticPaths = (async () => (await walkData()).documents.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** Open data: one document's outcome pages (or the national walkthrough's), with the duties each shows and the law beside it. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.id!;
  return json(WalkthroughsPartSchema.parse({
    id,
    scope: id === NATIONAL ? 'national' : 'document',
    outcomes: (await outcomePagesOf(id)).map((p) => ({
      url: p.url, walkthrough: p.walkthrough, document: p.document, role: p.role, situations: p.state.situations,
      answers: p.state.answers, duties: stepIds(p.outcome!), next: chainIds(p.outcome!),
      law: p.law ? [...stepIds(p.law.outcome), ...p.law.outcome.consequences.map((e) => e.id)] : [],
    })),
  }));
};
