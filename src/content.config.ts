/**
 * Wires the collections to their loaders; the schemas live with their layer
 * (src/documents/schemas, src/duties/schema.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentSchema } from './documents/schemas/document.ts';
import { designationLoader, dutyLoader } from './duties/loader.ts';
import { CataloguedDesignationSchema, CataloguedDutySchema } from './duties/schema.ts';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/documents' }),
  schema: DocumentSchema,
});

/** Duties, checked against the compiled documents before any page can read them. */
const duties = defineCollection({
  loader: dutyLoader(),
  schema: CataloguedDutySchema,
});

/** Who does another body's work (the child director for the village committee), checked likewise. */
const designations = defineCollection({
  loader: designationLoader(),
  schema: CataloguedDesignationSchema,
});

export const collections = { documents, duties, designations };
