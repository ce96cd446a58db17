import type { APIRoute } from 'astro';
import { WalkthroughsFileSchema, jsonSchema } from '../../opendata/schemas.ts';
import { DATA } from '../../urls.ts';
import { schemaJson } from './_json.ts';

export const GET: APIRoute = () => schemaJson(jsonSchema(WalkthroughsFileSchema, DATA.walkthroughs));
