import type { APIRoute } from 'astro';
import { DocumentsFileSchema, jsonSchema } from '../../opendata/schemas.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchema(DocumentsFileSchema, '/data/documents.json'), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
