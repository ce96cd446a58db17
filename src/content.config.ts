/**
 * Wires the collections to their loaders; the schemas live with their layer
 * (src/documents/schemas, src/duties/schema.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentSchema } from './documents/schemas/document.ts';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/documents' }),
  schema: DocumentSchema,
});

export const collections = { documents };
