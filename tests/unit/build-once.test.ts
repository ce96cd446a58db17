/**
 * A build works its data out once and shares it with every page (src/once.ts): the catalogue is
 * checked once however the project root is spelled (the input checks have it with a trailing
 * slash, the content loaders without), and the duty site, role summaries, training cards and
 * parents' checklists are computed once however many pages ask.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { trainingCards } from '../../src/components/training/cards.ts';
import type { DocumentData } from '../../src/documents/schemas/document.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { checklistOf } from '../../src/duties/parents.ts';
import { roleSummaries, roleView } from '../../src/duties/role-view.ts';
import { dutySite } from '../../src/duties/site.ts';
import { computeCounts, resetOnce } from '../../src/once.ts';

const root = process.cwd();
// The real catalogue and every document's citations: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('once per build', () => {
  beforeEach(() => resetOnce());

  it('checks the catalogue once, from the root spelled four ways', () => {
    const first = loadCatalogue(root);
    for (const spelled of [`${root}/`, '.', join(root, 'src', '..')]) expect(loadCatalogue(spelled)).toBe(first);
    expect(computeCounts().catalogue).toBe(1);
  });

  it('computes the duty site, the role summaries, the cards and each checklist once, for every page that asks', () => {
    const { duties, designations } = loadCatalogue(root);
    const entries = () => readCommittedEntries([...new Set(duties.map((d) => d.document))]);
    // Each page asks with what getCollection returned to it: new arrays, the same contents.
    const sites = [1, 2, 3].map(() => dutySite(entries(), duties.map((data) => ({ data })), designations.map((data) => ({ data }))));
    const site = sites[0]!;
    expect(sites.every((s) => s === site)).toBe(true);
    for (let page = 0; page < 3; page++) {
      roleSummaries(site);
      trainingCards(site);
      for (const id of site.docOrder) checklistOf(site, id);
      roleView(site, 'school', site.docOrder[0]!);
    }
    const counts = computeCounts();
    expect([counts['duty site'], counts['role summaries'], counts['training cards'], counts['parents checklist']]).toEqual([1, 1, 1, site.docOrder.length]);
  });
});

function readCommittedEntries(ids: readonly string[]) {
  return ids.map((id) => {
    const [, front, body] = readFileSync(`src/content/documents/${id}.mdx`, 'utf8').split(/^---$/m);
    return { data: parse(front!) as DocumentData, body: body! };
  });
}
