import type { APIRoute } from 'astro';
import { WalkthroughsFileSchema, jsonSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchema(WalkthroughsFileSchema, DATA.walkthroughs), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
