/**
 * The glossary terms search understands (situations, mechanisms, deadline kinds, roles), as the
 * plain data the search page embeds: the browser gets these few KB instead of the glossary module
 * and its schema library. One list for the page, the build's table of answers and the tests.
 */
import { DEADLINES, MECHANISMS, ROLES, SITUATIONS, type Term } from '../glossary.ts';
import type { SearchTerm } from './synonyms.ts';

export const SEARCH_TERMS: readonly SearchTerm[] = ([...SITUATIONS, ...MECHANISMS, ...DEADLINES, ...ROLES] as readonly Term[]).map(({ id, zh, also }) => ({ id, zh, also }));
