/**
 * The table of search records (/pagefind/records.json), written at build time beside Pagefind's
 * index: for every Pagefind result id, what the result is (kind, document, roles), its title and
 * its address. With it the search page ranks, filters and labels results from Pagefind's bare
 * result list, and loads a fragment (the record's text, for the snippet) only for results shown.
 */
import type { RecordKind, SearchRecord } from './records.ts';

/** One row: [kind, document id or "", title, address, headings above or "", roles (space-separated) or "", template 1/0, a duty's clause or ""]. */
type Row = [RecordKind, string, string, string, string, string, 0 | 1, string];

export interface RecordsFile {
  v: 1;
  rows: Record<string, Row>;
}

export interface CatalogEntry {
  id: string;
  kind: RecordKind;
  doc: string | null;
  title: string;
  url: string;
  where: string | null;
  roles: string[];
  template: boolean;
  /** A duty's clause anchor in its document (null for others). */
  clause: string | null;
}

export function recordsTable(ids: readonly [string, SearchRecord][]): RecordsFile {
  const rows: Record<string, Row> = {};
  for (const [id, r] of [...ids].sort(([a], [b]) => a.localeCompare(b))) {
    rows[id] = [r.kind, r.doc ?? '', r.title, r.url, r.where ?? '', (r.roles ?? []).join(' '), r.template ? 1 : 0, r.clause ?? ''];
  }
  return { v: 1, rows };
}

export type Catalog = ReadonlyMap<string, CatalogEntry>;

/** Reads records.json (throws on a file this code did not write: the page then says search is unavailable). */
export function readCatalog(file: unknown): Catalog {
  const f = file as RecordsFile;
  if (!f || f.v !== 1 || typeof f.rows !== 'object') throw new Error('records.json: unknown format');
  return new Map(
    Object.entries(f.rows).map(([id, [kind, doc, title, url, where, roles, template, clause]]) => [
      id,
      { id, kind, doc: doc || null, title, url, where: where || null, roles: roles ? roles.split(' ') : [], template: template === 1, clause: clause || null },
    ]),
  );
}
