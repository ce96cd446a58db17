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

const hash = (anchor: string | undefined) => (anchor ? `#${anchor}` : '');

/** A document page, optionally at an anchor (a clause id, or `corrections`). */
export const documentUrl = (id: string, anchor?: string) => `${DOCUMENTS}${id}/${hash(anchor)}`;

/** A role's page (choose the document), or the role's duties under one document, optionally at an anchor. */
export const roleUrl = (role: string, document?: string, anchor?: string) =>
  `${ROLES}${role}/${document ? `${document}/` : ''}${hash(anchor)}`;

/** The search page for a query. */
export const searchUrl = (q: string) => `${SEARCH}?q=${encodeURIComponent(q)}`;

/** The open data files and their JSON Schemas. */
export const DATA = {
  documents: '/data/documents.json',
  documentsSchema: '/data/documents.schema.json',
  duties: '/data/duties.json',
  dutiesSchema: '/data/duties.schema.json',
} as const;

/** The anchor of a duty's card on a role page (duty ids are <document>/<name>). */
export const dutyAnchor = (dutyId: string) => `duty-${dutyId.split('/')[1]}`;

/** The anchor of a situation's section on a role page. */
export const situationAnchor = (situation: string) => `situation-${situation}`;
