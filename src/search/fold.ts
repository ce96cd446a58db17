/**
 * Traditional → simplified for a query, with opencc-js's converter (longest match first, so a
 * phrase entry wins over its characters) and the site's fold table (fold-table.ts, made at build
 * time and embedded in the search page). The documents are in simplified characters: 輟學 must
 * find what 辍学 finds.
 */
import { ConverterFactory } from 'opencc-js/core';

export type Fold = (query: string) => string;

export const noFold: Fold = (q) => q;

/** A fold from the table ("key value|key value"); no table, no change. */
export const folder = (table: string): Fold => (table ? ConverterFactory([table]) : noFold);
