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

/** The best loose score among the records the quoted search found. */
export const bestOf = (a: Answer): number => a.exact.reduce((m, id) => Math.max(m, a.loose.get(id) ?? 0), 0);

const rowOf = (id: string, r: SearchRecord): Row => [id, r.kind, r.doc ?? '', r.title, short(r), r.where ?? '', (r.roles ?? []).join(' '), r.template ? 1 : 0, r.clause ?? ''];

/**
 * A table of `ids`' rows and, for each phrase answered, the rows of it that the quoted search found.
 * `best`: each phrase's best loose score over all records, when `answered` holds only some of them.
 */
export function recordsTable(ids: readonly [string, SearchRecord][], answered: ReadonlyMap<string, Answer> = new Map(), best?: ReadonlyMap<string, number>): RecordsFile {
  // Rows of one document side by side, in its order (a22 before a108): what repeats from row to
  // row (the document, the headings above) then compresses to little; the ids alone do not.
  const key = ([id, r]: [string, SearchRecord]) => `${r.doc ?? ''}|${r.kind}|${r.url.replace(/\d+/g, (d) => d.padStart(4, '0'))}|${id}`;
  const sorted = [...ids].sort((a, b) => key(a).localeCompare(key(b)));
  const rows = sorted.map(([id, r]) => rowOf(id, r));
  const at = new Map(sorted.map(([id], i) => [id, i]));
  const answers: Record<string, number[]> = {};
  for (const [phrase, a] of [...answered].sort(([x], [y]) => x.localeCompare(y))) {
    // The best over all records, not only this file's: tables joined (a document's, a phrase's, an outcomes file) keep one scale.
    const top = best?.get(phrase) ?? bestOf(a);
    answers[phrase] = a.exact.filter((id) => at.has(id)).flatMap((id) => [at.get(id)!, top > 0 ? Math.round((100 * (a.loose.get(id) ?? 0)) / top) : 0]);
  }
  return { v: 2, rows, answers };
}

/**
 * An answer cut to `limit` records, in Pagefind's order: those that lead the results first (`tier`:
 * the walkthroughs, then the documents' sections, as rank.ts orders them), then those the loose
 * search scored best (the best one stays, so the scale does).
 */
export function cutAnswer(a: Answer, limit: number, tier: (id: string) => number = () => 0): Answer {
  if (a.exact.length <= limit) return a;
  const top = new Set([...a.exact].sort((x, y) => tier(x) - tier(y) || (a.loose.get(y) ?? 0) - (a.loose.get(x) ?? 0)).slice(0, limit));
  return { exact: a.exact.filter((id) => top.has(id)), loose: a.loose };
}

/** The meta a record's Pagefind fragment carries: its row without the id, so a result Pagefind finds can be labelled and ranked from its fragment. */
export const ROW_META = 'row';
export const rowMeta = (r: SearchRecord): string => JSON.stringify(rowOf('', r).slice(1));

/** A catalog entry from a fragment's row meta (null when the fragment has none: a file this code did not write). */
export function entryFromMeta(id: string, meta: string | undefined): CatalogEntry | null {
  try {
    const rest = JSON.parse(meta ?? '') as unknown[];
    return Array.isArray(rest) && rest.length === 8 ? entryOf([id, ...rest] as Row) : null;
  } catch {
    return null;
  }
}

export type Catalog = ReadonlyMap<string, CatalogEntry>;

/** The table of answers: phrase → Pagefind's answer, as rank.ts takes it. */
export type Answers = ReadonlyMap<string, Answer>;

/**
 * The search's tables, cut so that a first search loads only what its query needs and no file
 * holds every document (docs/010-scale.md):
 * - a document's table (/pagefind/records/<id>.json; the records of no document, the walkthroughs'
 *   starts, in _shared.json): its rows, and the vocabulary's answers among them, all of them. A
 *   reader whose county is known loads it: that county's results are never cut.
 * - a phrase's table (/pagefind/answers/<code point of its first character, hex>.json): for the
 *   phrases of the vocabulary that start with that character, the best ANSWERS_PER_PHRASE rows
 *   each of every document, with those rows.
 * Each table holds its own rows, so tables join (joinTables) without a table of every row.
 */
export const RECORDS_DIR = '/pagefind/records/';
export const SHARED_RECORDS = '_shared';
export const recordsFile = (doc: string | null) => `${RECORDS_DIR}${doc ?? SHARED_RECORDS}.json`;
export const ANSWERS_DIR = '/pagefind/answers/';
export const answersFile = (phrase: string) => `${ANSWERS_DIR}${phrase.codePointAt(0)!.toString(16)}.json`;
/** Which records a phrase's table keeps first: those that lead the results (rank.ts: walkthroughs for everyday words, sections for a policy term). */
export const LEAD: Record<RecordKind, number> = { walkthrough: 0, section: 1, duty: 2 };
/** The rows of every document a phrase's table keeps per phrase: more than the first screen of results and its 更多. */
export const ANSWERS_PER_PHRASE = 40;

/** Outcome records are answered at build time and have no Pagefind fragment (integrations/pagefind.ts). */
export const hasFragment = (e: CatalogEntry) => !(e.kind === 'walkthrough' && e.doc);

/** The file of the outcome pages for one document and role (a walkthrough's outcome is a record of its own, loaded only for a reader who has chosen both). */
export const outcomesFile = (doc: string, role: string) => `/pagefind/outcomes/${doc}/${role}.json`;

/** Two tables as one (a document's, a phrase's, an outcomes file): their records, and each phrase's answers together (each id once). */
export function joinTables(a: { catalog: Catalog; answers: Answers }, b: { catalog: Catalog; answers: Answers }): { catalog: Catalog; answers: Answers } {
  const answers = new Map(a.answers);
  for (const [phrase, x] of b.answers) {
    const y = answers.get(phrase);
    answers.set(phrase, y ? { exact: [...new Set([...y.exact, ...x.exact])], loose: new Map([...y.loose, ...x.loose]) } : x);
  }
  return { catalog: new Map([...a.catalog, ...b.catalog]), answers };
}

function check(file: unknown): RecordsFile {
  const f = file as RecordsFile;
  if (!f || f.v !== 2 || !Array.isArray(f.rows) || typeof f.answers !== 'object') throw new Error('search table: unknown format');
  return f;
}

function entryOf([id, kind, doc, title, address, where, roles, template, clause]: Row): CatalogEntry {
  return { id, kind, doc: doc || null, title, url: address.startsWith('/') ? address : built(kind, doc, roles, address), where: where || null, roles: roles ? roles.split(' ') : [], template: template === 1, clause: clause || null };
}

/** Reads a table (throws on a file this code did not write: the page then says search is unavailable). */
export function readCatalog(file: unknown): Catalog {
  return new Map(check(file).rows.map((row) => [row[0], entryOf(row)]));
}

/**
 * Reads a table of answers: `file`'s answers, whose row numbers are `rowsFile`'s rows (a table
 * holds both).
 */
export function readAnswers(file: unknown, rowsFile: unknown = file): Answers {
  const f = { ...check(file), rows: check(rowsFile).rows };
  return new Map(
    Object.entries(f.answers).map(([phrase, flat]) => {
      const exact: string[] = [];
      const loose = new Map<string, number>();
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const id = f.rows[flat[i]!]?.[0];
        if (!id) throw new Error(`search table: answer for ${phrase} names row ${flat[i]}, which does not exist`);
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

/**
 * Every table of a built site joined: all rows and every phrase's answers (each document's in
 * full), as the tests, the fixture and the benchmark read the whole index. `tables` are the files
 * of RECORDS_DIR, read.
 */
export function wholeTable(tables: readonly unknown[]): RecordsFile {
  const rows: Row[] = [];
  const answers: Record<string, number[]> = {};
  for (const t of tables) {
    const f = check(t);
    const base = rows.length;
    rows.push(...f.rows);
    for (const [phrase, flat] of Object.entries(f.answers)) answers[phrase] = [...(answers[phrase] ?? []), ...flat.map((n, i) => (i % 2 ? n : n + base))];
  }
  return { v: 2, rows, answers };
}
