/**
 * The titles of walkthrough pages, as the page heads them and search lists them: one formula each,
 * read by the pages and by the search records (src/search/data-records.ts), so both say the same.
 */
import type { Wording } from './types.ts';

/** The start page: the emergency question first. */
export const startTitle = (words: Wording): string => `${words.title}：孩子现在有危险吗？`;

/** An outcome page, for a role (as labelled: 老师 …) under a document (its short title). */
export const outcomeTitle = (words: Wording, who: string, documentName: string): string => `${who}：${words.title}，您要做的事 · ${documentName}`;
