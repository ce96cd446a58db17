/**
 * The national scope (issue 17): the pseudo-document `national`, the seven laws' entries taken
 * together, for a worker whose county the library does not hold, and as the law beside a county.
 * Laws are not counties: they never stand in a list of counties; they are a scope of their own.
 */
import type { LawChange } from './law-cite.ts';

/** The pseudo-document id of the national scope (reserved: no document may take it). */
export const NATIONAL = 'national';

/** The documents a document id stands for in a selection: the laws for `national`, else itself. */
export const scopeOf = (document: string, laws: readonly string[]): readonly string[] => (document === NATIONAL ? laws : [document]);

/** A law as pages name it (read from its committed document once per build: src/pages/_laws.ts). */
export interface LawInfo {
  id: string;
  title: string;
  /** 《未成年人保护法》 */
  name: string;
  /** The version as pages show it (2024年4月26日修正), or null where the meta gives none. */
  version: string | null;
  history: LawChange[];
  /** Whether an article (a117) has one paragraph only, so its a117-p1 is cited as the article. */
  single: (article: string) => boolean;
}

/** The laws of the library. */
export interface Laws {
  /** The laws' ids, in the order of their documents' ids. */
  ids: string[];
  get(id: string): LawInfo;
}
