import type { APIRoute } from 'astro';
import { WalkthroughsFileSchema, jsonSchema } from '../../opendata/schemas.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchema(WalkthroughsFileSchema, '/data/walkthroughs.json'), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
