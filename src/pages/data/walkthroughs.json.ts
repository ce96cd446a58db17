import type { APIRoute } from 'astro';
import { WalkthroughsFileSchema } from '../../opendata/schemas.ts';
import { chainIds, stepIds } from '../../duties/outcome.ts';
import { walkData } from '../walkthroughs/_data.ts';

/** Open data: every walkthrough, and every outcome page (the national ones included) with the duties it shows and the law beside it. */
export const GET: APIRoute = async () => {
  const { walk } = await walkData();
  const outcomes = walk.pages.filter((p) => p.outcome);
  const file = WalkthroughsFileSchema.parse({
    walkthroughs: walk.walkthroughs.map((w) => ({ ...w, outcomes: outcomes.filter((p) => p.walkthrough === w.id).map((p) => p.url) })),
    outcomes: outcomes.map((p) => ({
      url: p.url, walkthrough: p.walkthrough, document: p.document, role: p.role, situations: p.state.situations,
      answers: p.state.answers, duties: stepIds(p.outcome!), next: chainIds(p.outcome!),
      law: p.law ? [...stepIds(p.law.outcome), ...p.law.outcome.consequences.map((e) => e.id)] : [],
    })),
  });
  return new Response(JSON.stringify(file, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
