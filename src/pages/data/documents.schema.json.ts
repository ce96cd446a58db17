import type { APIRoute } from 'astro';
import { DocumentsFileSchema, jsonSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchema(DocumentsFileSchema, DATA.documents), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
