/**
 * Offline packs: what a phone saves, one county at a time, when its reader asks
 * (docs/009-offline-packs.md). Shared by the build (integrations/offline*.ts writes the packs),
 * the pages (the save box, /offline/) and the service worker (src/offline/sw.ts answers from
 * the saved ones). Plain data and pure functions: no DOM, no Node.
 */
import { OFFLINE } from '../urls.ts';

/**
 * What a pack is of: a county's (or city's) own document, the township template, or the national
 * laws (one pack of their own, LAWS_PACK, holding the seven, listed the same way).
 */
export type PackKind = 'county' | 'template' | 'laws';

/**
 * The laws' one pack: its id is the national scope's pseudo-document id (reserved: no document
 * takes it), so the pages of the national walkthrough (/walkthroughs/<w>/national/…) fall in it too.
 */
export const LAWS_PACK = 'national';
export const LAWS_PACK_TITLE = '国家法律法规';

/** A pack as packOf needs it: its id, and the documents it holds besides the one of that id. */
export type PackKey = string | { id: string; members?: readonly string[] | undefined };

/** One pack as /offline/packs.json lists it. */
export interface PackEntry {
  /** The document id (for a county or the template), or the pack's own id. */
  id: string;
  kind: PackKind;
  /** What the reader sees: the document's short title (龙里县（2017）, 乡镇工作计划范本). */
  title: string;
  /** A hash of every file's address and revision: a new build that changes any file changes it. */
  version: string;
  /** Bytes over the wire: the size of the pack's one download (it is compressed already). */
  bytes: number;
  /** Bytes once unpacked on the phone. */
  size: number;
  /** How many files it holds. */
  count: number;
  /** The download: every file of the pack in one compressed file (src/offline/bundle.ts). */
  bundle: string;
  /** The list of its files with their revisions (PackList). */
  list: string;
  /** The documents it holds when it is not one document's: the laws pack's seven law ids. */
  members?: string[];
}

/** /offline/packs.json. */
export interface PacksFile {
  v: 1;
  packs: PackEntry[];
}

/** One file of a pack: its address (a page's ends in /), content type, revision and size. */
export interface PackFile {
  url: string;
  type: string;
  /** The first 10 hex digits of the SHA-256 of its bytes. */
  revision: string;
  bytes: number;
}

/** /offline/packs/<id>.json, and the head of the pack's download. */
export interface PackList {
  id: string;
  version: string;
  files: PackFile[];
}

/**
 * The pack a page or file of the site belongs to: the pack whose id, or one of whose member
 * documents' ids, is one segment of its path (/documents/<id>/, /roles/school/<id>/,
 * /walkthroughs/abuse/<id>/police/…, /pagefind/outcomes/<id>/school.json; a law's pages are the
 * laws pack's), else none. The one rule the build, the save box and the offline page share, so a
 * page offers exactly the pack that holds it.
 */
export function packOf(path: string, packs: readonly PackKey[]): string | null {
  const segments = new Set(path.split(/[?#]/)[0]!.split('/'));
  const keys = packs.map((p) => (typeof p === 'string' ? { id: p, members: [] } : p));
  return keys.find((k) => segments.has(k.id) || (k.members ?? []).some((m) => segments.has(m)))?.id ?? null;
}

/** The cache holding one version of a pack. A new version goes into a new cache; the old goes once it is complete. */
export const packCache = (id: string, version: string) => `offline-pack:${id}:${version}`;
/** Whether a cache name is one of a pack's (any version). */
export const isPackCache = (name: string, id?: string) => name.startsWith(id ? `offline-pack:${id}:` : 'offline-pack:');

/** The cache listing the packs saved, complete (one entry per pack, at savedKey). */
export const SAVED_CACHE = 'offline-saved';
export const savedKey = (id: string) => `${OFFLINE}saved/${id}`;

/** The message a page sends the worker when a pack was saved or removed, and the worker its pages when packs.json changed. */
export const PACKS_CHANGED = 'offline-packs-changed';


/** 1.3 MB, 480 KB: a size as the reader reads it (decimal units, as phone plans count). */
export function sizeLabel(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** A document's pack as the content knows it: the township template is named as the template, not a place. */
export function packHead(document: { id: string; data: { level: string; shortTitle: string } }): Pick<PackEntry, 'id' | 'kind' | 'title'> {
  return { id: document.id, kind: document.data.level === 'township-template' ? 'template' : 'county', title: document.data.shortTitle };
}

export type PackHead = Pick<PackEntry, 'id' | 'kind' | 'title' | 'members'>;

/** Every pack as the content knows it: one per local document, and one for all the national laws together. */
export function packHeads(documents: readonly { id: string; data: { level: string; shortTitle: string } }[]): PackHead[] {
  const laws = documents.filter((d) => d.data.level === 'national').map((d) => d.id);
  const local = documents.filter((d) => d.data.level !== 'national').map(packHead);
  return laws.length ? [...local, { id: LAWS_PACK, kind: 'laws', title: LAWS_PACK_TITLE, members: laws }] : local;
}
