/**
 * Everything the duty pages share, computed once per build from the two collections and the
 * compiled documents: documents in reading order, the duties with their citations, the role tree
 * and lookups. The pages pass in what getCollection returned; the citations are read off the
 * documents compiled from sources/ (the build checks they equal the committed .mdx).
 */
import { compiledDocuments } from '../documents/sources.ts';
import type { DocumentData } from '../documents/schemas/document.ts';
import { citeAll, type Cite } from './citation.ts';
import { clauseOrder, hasLostText, orderDocuments, placeName } from './order.ts';
import { groupByRole, type RoleTree } from './roles.ts';
import type { CataloguedDesignation, CataloguedDuty } from './schema.ts';

export interface DutySite {
  /** Documents in reading order (order.orderDocuments). */
  documents: DocumentData[];
  docOrder: string[];
  duties: CataloguedDuty[];
  byId: Map<string, CataloguedDuty>;
  cites: Map<string, Cite>;
  order: (a: CataloguedDuty, b: CataloguedDuty) => number;
  tree: RoleTree;
  /** Case entries by role, the designated roles carrying those of the body they act for (role-view.ts). */
  /** Who does another body's work, by document. */
  designations: CataloguedDesignation[];
  document(id: string): DocumentData;
  /** The place a document governs (泗县), for short marks. */
  place(id: string): string;
  /** The document's source lost text, so its silence is only that of the surviving text. */
  incomplete(id: string): boolean;
}

// One site per state of the catalogue and the sources: every role page asks, and the citations
// (a word segmentation of every quoted block) are worth computing once.
let built: { key: string; docs: object; site: DutySite } | null = null;

export function dutySite(
  documentEntries: readonly { data: DocumentData }[],
  dutyEntries: readonly { data: CataloguedDuty }[],
  designationEntries: readonly { data: CataloguedDesignation }[] = [],
): DutySite {
  const compiled = compiledDocuments();
  const key = [...documentEntries.map((e) => e.data.id), ...dutyEntries.map((e) => `${e.data.id}@${e.data.anchor}:${e.data.quote}`), ...designationEntries.map((e) => `${e.data.document}/${e.data.role}`)].join('|');
  if (built?.key === key && built.docs === compiled) return built.site;
  const documents = orderDocuments(documentEntries.map((e) => e.data));
  const docOrder = documents.map((d) => d.id);
  const duties = dutyEntries.map((e) => e.data);
  const designations = designationEntries.map((e) => e.data);
  const cites = citeAll(duties, compiled);
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
    designations,
    document: (id) => {
      const d = byDoc.get(id);
      if (!d) throw new Error(`duty pages: no document "${id}"`);
      return d;
    },
    place: (id) => placeName(site.document(id)),
    incomplete: (id) => hasLostText(site.document(id)),
  };
  built = { key, docs: compiled, site };
  return site;
}
