/**
 * The static paths of a document's pages (the text, its corrections, its duties): one page per
 * document, with the document's entry as the page's props.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export interface DocumentPageProps {
  entry: CollectionEntry<'documents'>;
}

export async function documentPaths() {
  const documents = await getCollection('documents');
  return documents.map((entry) => ({ params: { id: entry.id }, props: { entry } satisfies DocumentPageProps }));
}
