import type { APIRoute } from 'astro';
import { DutiesFileSchema, jsonSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchema(DutiesFileSchema, DATA.duties), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
