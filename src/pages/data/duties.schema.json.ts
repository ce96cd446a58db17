import type { APIRoute } from 'astro';
import { DutiesFileSchema, jsonSchema } from '../../opendata/schemas.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchema(DutiesFileSchema, '/data/duties.json'), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
