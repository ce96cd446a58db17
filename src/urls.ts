/**
 * Every address of the site, built in one place so that a page, a component, the open data and
 * the duty citations can never disagree about where something lives. Paths end in a slash
 * (astro.config: trailingSlash 'always'); ids are the project's own kebab-case ids, so they need no
 * escaping; a search query does.
 */

/** The site's top-level pages. */
export const HOME = '/';
export const DOCUMENTS = '/documents/';
export const ROLES = '/roles/';
export const COMPARE = '/compare/';
export const DEADLINES = '/deadlines/';
export const SEARCH = '/search/';
export const WALKTHROUGHS = '/walkthroughs/';
export const PARENTS = '/parents/';
export const TRAINING = '/training/';

/** The counties saved on this phone (更新, 删除), and the page a phone shows offline for a page it has not saved. */
export const OFFLINE = '/offline/';
export const OFFLINE_NOT_SAVED = '/offline/not-saved/';
/** The list of offline packs (integrations/offline.ts writes it), and one pack's list of files and its download. */
export const OFFLINE_PACKS = '/offline/packs.json';
export const OFFLINE_PACK_FILES = `${OFFLINE}packs/`;
export const offlinePackUrl = (id: string) => `${OFFLINE_PACK_FILES}${id}.json`;
export const offlineBundleUrl = (id: string, version: string) => `${OFFLINE_PACK_FILES}${id}.${version}.gz`;
/** A pack's save box on /offline/ (its anchor there): where document pages and the not-saved page send the reader to save a county. */
export const saveBoxAnchor = (pack: string) => `save-${pack}`;
export const saveUrl = (pack: string) => `${OFFLINE}#${saveBoxAnchor(pack)}`;

/** The installable app's manifest (public/), a file of the site rather than a page. */
export const MANIFEST = '/manifest.webmanifest';

const hash = (anchor: string | undefined) => (anchor ? `#${anchor}` : '');

/** A document page, optionally at an anchor (a clause id, or `mark-c3`: a correction's mark). */
export const documentUrl = (id: string, anchor?: string) => `${DOCUMENTS}${id}/${hash(anchor)}`;

/** A document's corrections record (every repair with its note), optionally at an entry (`fix-c3`). */
export const correctionsUrl = (id: string, anchor?: string) => `${DOCUMENTS}${id}/corrections/${hash(anchor)}`;

/** A document's duties grouped by clause, optionally at a clause's group (`c-<clause id>`). */
export const documentDutiesUrl = (id: string, anchor?: string) => `${DOCUMENTS}${id}/duties/${hash(anchor)}`;

/**
 * An address under a document's own page, written relative to that page (`corrections/#fix-c3`
 * rather than `/documents/<id>/corrections/#fix-c3`): the correction marks and duty lines of a
 * document page repeat it dozens of times. Only for links placed on /documents/<id>/ itself.
 */
export const fromDocumentPage = (id: string, url: string) => {
  const base = documentUrl(id);
  if (!url.startsWith(base)) throw new Error(`${url} is not under ${base}`);
  return url.slice(base.length);
};

/** A role's page (choose the document), or the role's duties under one document, optionally at an anchor. */
export const roleUrl = (role: string, document?: string, anchor?: string) =>
  `${ROLES}${role}/${document ? `${document}/` : ''}${hash(anchor)}`;

/** The parents' checklist, for all documents or one. */
export const parentsUrl = (document?: string) => `${PARENTS}${document ? `${document}/` : ''}`;

/** A trainer's duty card: one role under one document. */
export const cardUrl = (role: string, document: string) => `${TRAINING}cards/${role}/${document}/`;

/** A printable set of cards: those of one document, or the chosen `role/document` pairs (query `c`, repeated). */
export const cardSetUrl = (document?: string) => `${TRAINING}print/${document ? `${document}/` : ''}`;

/** The exercises of one document (scenario, choose, answer), and their answer key for print. */
export const exercisesUrl = (document: string) => `${TRAINING}exercises/${document}/`;

/** The hand-off diagrams of one document. */
export const diagramsUrl = (document: string) => `${TRAINING}handoffs/${document}/`;

/** The search page for a query. */
export const searchUrl = (q: string) => `${SEARCH}?q=${encodeURIComponent(q)}`;

/**
 * The comparison across documents, a page per situation and group of documents (the library
 * grows: no page holds every document, docs/010-scale.md): /compare/ is the index;
 * /compare/<situation>/ the first group's table, /compare/<situation>/<n>/ the n-th; with a role,
 * that role's duties in the situation, document by document (/compare/<situation>/<role>/, then
 * …/<role>/<n>/), where role and outcome pages send a reader whose document is silent.
 */
export const compareUrl = (situation?: string, role?: string, page = 1) =>
  `${COMPARE}${situation ? `${situation}/` : ''}${role ? `${role}/` : ''}${situation && page > 1 ? `${page}/` : ''}`;

/** What the documents ask of parents in one phase (出门打工前, 在外期间, 孩子出事时), a page per group of documents. */
export const compareParentsUrl = (phase: string, page = 1) => `${COMPARE}parents/${phase}/${page > 1 ? `${page}/` : ''}`;

/** The deadlines of one document (/deadlines/ lists the documents). */
export const deadlinesUrl = (document?: string) => `${DEADLINES}${document ? `${document}/` : ''}`;

/** The open data files and their JSON Schemas. */
export const DATA = {
  documents: '/data/documents.json',
  documentsSchema: '/data/documents.schema.json',
  duties: '/data/duties.json',
  dutiesSchema: '/data/duties.schema.json',
  walkthroughs: '/data/walkthroughs.json',
  walkthroughsSchema: '/data/walkthroughs.schema.json',
  /** A part of documents.json, duties.json or walkthroughs.json: one document's (src/opendata/schemas.ts). */
  documentsPart: (id: string) => `/data/documents/${id}.json`,
  documentsPartSchema: '/data/documents.part.schema.json',
  dutiesPart: (id: string) => `/data/duties/${id}.json`,
  dutiesPartSchema: '/data/duties.part.schema.json',
  walkthroughsPart: (id: string) => `/data/walkthroughs/${id}.json`,
  walkthroughsPartSchema: '/data/walkthroughs.part.schema.json',
} as const;

/** The anchor of a duty's card on a role page (duty ids are <document>/<name>). */
export const dutyAnchor = (dutyId: string) => `duty-${dutyId.split('/')[1]}`;

/**
 * A short alias of the same place (the card's heading), for a page that links to dozens of duties:
 * a document page links every duty beside its clause, and the long names were a tenth of its
 * weight. `d` and five base-36 characters of the id's FNV-1a hash: stable while the id is, and
 * checked unique within each document by tests/unit/urls.test.ts.
 */
export const dutyShortAnchor = (dutyId: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < dutyId.length; i++) h = Math.imul(h ^ dutyId.charCodeAt(i), 0x01000193);
  return `d${(h >>> 0).toString(36).padStart(5, '0').slice(-5)}`;
};

/** The anchor of a situation's section on a role page. */
export const situationAnchor = (situation: string) => `situation-${situation}`;

/**
 * The walkthrough pages. Each state of a walkthrough is its own stable address, with the answers
 * given so far in the path: /walkthroughs/living-alone/ningcheng-2017/school/reachable-no/.
 */
/** The emergency screen that opens a walkthrough. */
export const walkStartUrl = (w: string) => `${WALKTHROUGHS}${w}/`;
export const walkDangerUrl = (w: string) => `${WALKTHROUGHS}${w}/danger/`;
/** Choose the document (county). */
export const walkCountyUrl = (w: string) => `${WALKTHROUGHS}${w}/county/`;
/** 「我的县不在这里」 */
export const walkNotListedUrl = () => `${WALKTHROUGHS}not-listed/`;
/** Choose the role, under a document. */
export const walkRoleUrl = (w: string, document: string) => `${WALKTHROUGHS}${w}/${document}/`;
/** A state of the machine: a question, or the outcome. */
export const walkStateUrl = (w: string, document: string, role: string, segments: readonly string[] = []) =>
  `${WALKTHROUGHS}${w}/${document}/${role}/${segments.map((s) => `${s}/`).join('')}`;

/**
 * The address printed, encoded in a QR code or shared for a page: the path under the site's public
 * origin (Astro's `site`, set from SITE_URL by integrations/public-address.ts), or null when none is
 * set. Never the address the build or preview happened to run at: a printout must open elsewhere.
 */
export const publicUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : null);

/** What a printout says in place of the address when no public address is set. */
export const NO_PUBLIC_URL = '网址未设置';
