/**
 * The search records of duties, walkthroughs and outcomes, made from the data this build's pages
 * are drawn from (the same duty site and walkthrough site, computed once): written into dist/ for
 * the search index (integrations/pagefind.ts), which reads it and removes it. Not published.
 */
import type { APIRoute } from 'astro';
import { dutySearchRecords, outcomeSearchRecord, walkthroughSearchRecords } from '../search/data-records.ts';
import { walkData } from './walkthroughs/_data.ts';

export const GET: APIRoute = async () => {
  const { walk, duties, named } = await walkData();
  const records = [
    ...dutySearchRecords(duties),
    ...walkthroughSearchRecords(walk),
    ...walk.pages.filter((p) => p.outcome).map((p) => outcomeSearchRecord(p, named(p.document).shortTitle)),
  ];
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
