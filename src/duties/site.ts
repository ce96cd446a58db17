/**
 * Everything the duty pages share, computed once per build from the three collections: documents
 * in reading order, the duties with their citations, the role tree and lookups. The pages pass in
 * what getCollection returned; the citations are read off the committed documents' text (their
 * body, read through src/clauses/), the text the document pages show.
 */
import { compiledOf } from '../clauses/read.ts';
import type { CompiledDocument } from '../documents/model.ts';
import type { DocumentData } from '../documents/schemas/document.ts';
import { once } from '../once.ts';
import { citeAll, type Cite } from './citation.ts';
import { clauseOrder, hasLostText, isLaw, orderDocuments, placeName } from './order.ts';
import { groupByRole, type RoleTree } from './roles.ts';
import type { CataloguedDesignation, CataloguedDuty } from './schema.ts';

export interface DutySite {
  /**
   * The local documents (counties, the township template) in reading order (order.orderDocuments):
   * every list of counties, the county chooser and the per-document pages iterate these.
   */
  documents: DocumentData[];
  /** The local documents' ids, in that order. */
  docOrder: string[];
  /** The national laws (level national), in reading order: not counties; their own pages and the law beside a county. */
  laws: DocumentData[];
  duties: CataloguedDuty[];
  /** One document's duties (in catalogue order): a page of one document reads these, never all of them. */
  dutiesOf(document: string): readonly CataloguedDuty[];
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
  /** The committed document (local or law) with its text (blocks), as its page shows it. */
  compiled(id: string): CompiledDocument;
}

/**
 * One site per state of the collections: every page asks, and the citations (a word segmentation
 * of every quoted block) are worth computing once. The key holds what the site is made of.
 */
export function dutySite(
  documentEntries: readonly { data: DocumentData; body?: string | undefined }[],
  dutyEntries: readonly { data: CataloguedDuty }[],
  designationEntries: readonly { data: CataloguedDesignation }[] = [],
): DutySite {
  const key = [
    ...documentEntries.map((e) => `${e.data.id}:${e.body?.length ?? 0}`),
    ...dutyEntries.map((e) => `${e.data.id}@${e.data.anchor}:${e.data.quote}`),
    ...designationEntries.map((e) => `${e.data.document}/${e.data.role}`),
  ].join('|');
  return once('duty site', key, () => buildSite(documentEntries, dutyEntries, designationEntries));
}

function buildSite(
  documentEntries: readonly { data: DocumentData; body?: string | undefined }[],
  dutyEntries: readonly { data: CataloguedDuty }[],
  designationEntries: readonly { data: CataloguedDesignation }[],
): DutySite {
  const compiled = new Map(documentEntries.map((e) => [e.data.id, compiledOf(e.data, e.body ?? '')]));
  const all = orderDocuments(documentEntries.map((e) => e.data));
  const documents = all.filter((d) => !isLaw(d));
  const docOrder = documents.map((d) => d.id);
  const duties = dutyEntries.map((e) => e.data);
  const designations = designationEntries.map((e) => e.data);
  const cites = citeAll(duties, [...compiled.values()]);
  const order = clauseOrder(all, (d) => cites.get(d.id)?.offset ?? 0);
  const byDoc = new Map(all.map((d) => [d.id, d]));
  const dutiesByDoc = Map.groupBy(duties, (d) => d.document);
  const site: DutySite = {
    documents,
    docOrder,
    laws: all.filter(isLaw),
    duties,
    dutiesOf: (id) => dutiesByDoc.get(id) ?? [],
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
    compiled: (id) => {
      const d = compiled.get(id);
      if (!d) throw new Error(`duty pages: no document "${id}"`);
      return d;
    },
  };
  return site;
}
