/**
 * The duty site and walkthrough site of the real catalogue, as a build computes them: for unit
 * tests that pin faults or properties on the real data (no Astro, no build).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DocumentData } from '../src/documents/schemas/document.ts';
import { loadCatalogue } from '../src/duties/files.ts';
import { dutySite } from '../src/duties/site.ts';
import { ROLES } from '../src/glossary.ts';
import { walkSite } from '../src/walkthroughs/site.ts';

export function realSite(root = process.cwd()) {
  const catalogue = loadCatalogue(root);
  const { duties, designations } = catalogue;
  const docEntries = [...new Set(duties.map((d) => d.document))].map((id) => {
    const [, front, body] = readFileSync(`${root}/src/content/documents/${id}.mdx`, 'utf8').split(/^---$/m);
    return { data: parse(front!) as DocumentData, body: body! };
  });
  const site = dutySite(docEntries, duties.map((data) => ({ data })), designations.map((data) => ({ data })));
  const rank = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
  const walk = walkSite(site.duties, designations, site.docOrder, site.order, (r) => rank.get(r) ?? 99);
  return { ...catalogue, site, walk, rank };
}
