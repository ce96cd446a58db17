/**
 * Everything the duty pages share, computed once per build from the two collections:
 * documents in reading order, the duties with their citations, the role tree and lookups.
 * Pure (the pages pass in what getCollection returned), memoised because every role page asks.
 */
import type { DocumentData } from '../documents/schemas/document.ts';
import { citeAll, type Cite } from './citation.ts';
import type { CataloguedDuty } from './schema.ts';
import { clauseOrder, groupByRole, hasLostText, orderDocuments, placeName, type RoleTree } from './views.ts';

export interface DutySite {
  /** Documents in reading order (views.orderDocuments). */
  documents: DocumentData[];
  docOrder: string[];
  duties: CataloguedDuty[];
  byId: Map<string, CataloguedDuty>;
  cites: Map<string, Cite>;
  order: (a: CataloguedDuty, b: CataloguedDuty) => number;
  tree: RoleTree;
  document(id: string): DocumentData;
  /** The place a document governs (泗县), for short marks. */
  place(id: string): string;
  /** The document's source lost text, so its silence is only that of the surviving text. */
  incomplete(id: string): boolean;
}

let memo: { key: string; site: DutySite } | null = null;

export function dutySite(
  documentEntries: readonly { data: DocumentData; body?: string | undefined }[],
  dutyEntries: readonly { data: CataloguedDuty }[],
): DutySite {
  const key = `${documentEntries.map((e) => `${e.data.id}:${e.body?.length ?? 0}`).join('|')}#${dutyEntries.map((e) => `${e.data.id}:${e.data.anchor}:${e.data.quote.length}`).join('|')}`;
  if (memo?.key === key) return memo.site;
  const documents = orderDocuments(documentEntries.map((e) => e.data));
  const docOrder = documents.map((d) => d.id);
  const duties = dutyEntries.map((e) => e.data);
  const cites = citeAll(duties, documentEntries.map((e) => ({ id: e.data.id, title: e.data.title, clauses: e.data.clauses, body: e.body ?? '' })));
  const order = clauseOrder(documents, (d) => cites.get(d.id)?.offset ?? 0);
  const byDoc = new Map(documents.map((d) => [d.id, d]));
  const site: DutySite = {
    documents,
    docOrder,
    duties,
    byId: new Map(duties.map((d) => [d.id, d])),
    cites,
    order,
    tree: groupByRole(duties, order),
    document: (id) => {
      const d = byDoc.get(id);
      if (!d) throw new Error(`duty pages: no document "${id}"`);
      return d;
    },
    place: (id) => placeName(site.document(id)),
    incomplete: (id) => hasLostText(site.document(id)),
  };
  memo = { key, site };
  return site;
}
