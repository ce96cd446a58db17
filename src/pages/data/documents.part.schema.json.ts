import type { APIRoute } from 'astro';
import { DocumentPartSchema, jsonSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';
import { schemaJson } from './_json.ts';

export const GET: APIRoute = () => schemaJson(jsonSchema(DocumentPartSchema, DATA.documentsPartSchema));
