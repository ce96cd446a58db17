/**
 * The national scope (issue 17): the pseudo-document `national`, the seven laws' entries taken
 * together, for a worker whose county the library does not hold, and as the law beside a county.
 * Laws are not counties: they never stand in a list of counties; they are a scope of their own.
 */

/** The pseudo-document id of the national scope (reserved: no document may take it). */
export const NATIONAL = 'national';

/** Whether a document is one of the national laws (level `national`). */
export const isLaw = (d: { level: string }): boolean => d.level === 'national';

/** The documents a document id stands for in a selection: the laws for `national`, else itself. */
export const scopeOf = (document: string, laws: readonly string[]): readonly string[] => (document === NATIONAL ? laws : [document]);
