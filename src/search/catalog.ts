/**
 * The table of search records (/pagefind/records.json), written at build time beside Pagefind's
 * index:
 * - `rows`: for every Pagefind result id, what the result is (kind, document, roles), its title
 *   and its address. With it the search page ranks, filters and labels results from a bare list
 *   of ids, and loads a fragment (the record's text, for the snippet) only for results shown.
 * - `answers`: the search's own vocabulary (the glossary's names and the everyday table's words,
 *   synonyms.ts `vocabulary`) answered once by Pagefind at build time, exactly as the page would
 *   ask (the quoted search's ids, the loose search's scores). A first search in these words
 *   loads no index at all; anything else is asked of Pagefind in the browser
 *   (docs/007-search-answers.md).
 */
import type { RecordKind, SearchRecord } from './records.ts';
import type { Answer } from './rank.ts';
import { documentUrl, roleUrl, walkStartUrl } from '../urls.ts';

/**
 * One row: [Pagefind id, kind, document id or "", title, address, headings above or "", roles
 * (space-separated) or "", template 1/0, a duty's clause or ""]. The address is kept short where
 * the rest of the row gives it (see `short`); the file is part of every first search.
 */
type Row = [string, RecordKind, string, string, string, string, string, 0 | 1, string];

export interface RecordsFile {
  v: 2;
  rows: Row[];
  /** Phrase → [row, score, row, score, …]: the rows the quoted search found, in Pagefind's order; the loose search's score in % of the best for that phrase in any file. */
  answers: Record<string, number[]>;
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

/** The file: the records, and Pagefind's answers (rank.ts's form) to the vocabulary, empty ones too. */
/** The address as the site builds it from the row: a section's or duty's anchor, a walkthrough page's path below /walkthroughs/. */
function built(kind: RecordKind, doc: string, roles: string, short: string): string {
  if (kind === 'section') return documentUrl(doc, short || undefined);
  if (kind === 'duty') return roleUrl(roles.split(' ')[0]!, doc, short);
  return walkStartUrl(short);
}

/** A record's address as stored: the short form when it builds back to the address, else the address itself (it starts with /). */
function short(r: SearchRecord): string {
  const s = r.kind === 'walkthrough' ? (/^\/walkthroughs\/(.+)\/$/.exec(r.url)?.[1] ?? '') : (r.url.split('#')[1] ?? '');
  return s && built(r.kind, r.doc ?? '', (r.roles ?? []).join(' '), s) === r.url ? s : r.url;
}

export function recordsTable(ids: readonly [string, SearchRecord][], answered: ReadonlyMap<string, Answer> = new Map()): RecordsFile {
  // Rows of one document side by side, in its order (a22 before a108): what repeats from row to
  // row (the document, the headings above) then compresses to little; the ids alone do not.
  const key = ([id, r]: [string, SearchRecord]) => `${r.doc ?? ''}|${r.kind}|${r.url.replace(/\d+/g, (d) => d.padStart(4, '0'))}|${id}`;
  const sorted = [...ids].sort((a, b) => key(a).localeCompare(key(b)));
  const rows = sorted.map(([id, r]): Row => [id, r.kind, r.doc ?? '', r.title, short(r), r.where ?? '', (r.roles ?? []).join(' '), r.template ? 1 : 0, r.clause ?? '']);
  const at = new Map(sorted.map(([id], i) => [id, i]));
  const answers: Record<string, number[]> = {};
  for (const [phrase, a] of [...answered].sort(([x], [y]) => x.localeCompare(y))) {
    // The best over all records, not only this file's: records.json and an outcomes file joined keep one scale.
    const best = Math.max(0, ...a.exact.map((id) => a.loose.get(id) ?? 0));
    answers[phrase] = a.exact.filter((id) => at.has(id)).flatMap((id) => [at.get(id)!, best > 0 ? Math.round((100 * (a.loose.get(id) ?? 0)) / best) : 0]);
  }
  return { v: 2, rows, answers };
}

export type Catalog = ReadonlyMap<string, CatalogEntry>;

/** The table of answers: phrase → Pagefind's answer, as rank.ts takes it. */
export type Answers = ReadonlyMap<string, Answer>;

/** The table of rows every search loads, and the answers (row numbers into it) only a search in the vocabulary loads. */
export const RECORDS_FILE = '/pagefind/records.json';
export const ANSWERS_FILE = '/pagefind/answers.json';

/** Outcome records are answered at build time and have no Pagefind fragment (integrations/pagefind.ts). */
export const hasFragment = (e: CatalogEntry) => !(e.kind === 'walkthrough' && e.doc);

/** The file of the outcome pages for one document and role (a walkthrough's outcome is a record of its own, loaded only for a reader who has chosen both). */
export const outcomesFile = (doc: string, role: string) => `/pagefind/outcomes/${doc}/${role}.json`;

/** Two tables as one (records.json and an outcomes file): their records, and each phrase's answers together. */
export function joinTables(a: { catalog: Catalog; answers: Answers }, b: { catalog: Catalog; answers: Answers }): { catalog: Catalog; answers: Answers } {
  const answers = new Map(a.answers);
  for (const [phrase, x] of b.answers) {
    const y = answers.get(phrase);
    answers.set(phrase, y ? { exact: [...y.exact, ...x.exact], loose: new Map([...y.loose, ...x.loose]) } : x);
  }
  return { catalog: new Map([...a.catalog, ...b.catalog]), answers };
}

function check(file: unknown): RecordsFile {
  const f = file as RecordsFile;
  if (!f || f.v !== 2 || !Array.isArray(f.rows) || typeof f.answers !== 'object') throw new Error('records.json: unknown format');
  return f;
}

/** Reads records.json (throws on a file this code did not write: the page then says search is unavailable). */
export function readCatalog(file: unknown): Catalog {
  return new Map(
    check(file).rows.map(([id, kind, doc, title, address, where, roles, template, clause]) => [
      id,
      { id, kind, doc: doc || null, title, url: address.startsWith('/') ? address : built(kind, doc, roles, address), where: where || null, roles: roles ? roles.split(' ') : [], template: template === 1, clause: clause || null },
    ]),
  );
}

/**
 * Reads a table of answers: `file`'s answers, whose row numbers are `rowsFile`'s rows (records.json
 * for answers.json; an outcomes file holds both).
 */
export function readAnswers(file: unknown, rowsFile: unknown = file): Answers {
  const f = { ...check(file), rows: check(rowsFile).rows };
  return new Map(
    Object.entries(f.answers).map(([phrase, flat]) => {
      const exact: string[] = [];
      const loose = new Map<string, number>();
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const id = f.rows[flat[i]!]?.[0];
        if (!id) throw new Error(`records.json: answer for ${phrase} names row ${flat[i]}, which does not exist`);
        exact.push(id);
        loose.set(id, flat[i + 1]! / 100);
      }
      return [phrase, { exact, loose }];
    }),
  );
}

/**
 * Where the build writes the records it made from the data (src/search/data-records.ts) for the
 * index to read (dist/, removed once indexed: src/pages/search-records.json.ts).
 */
export const DATA_RECORDS_FILE = 'search-records.json';
