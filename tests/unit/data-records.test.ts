/**
 * The search records of duties, walkthroughs and outcomes are made from the data (issue 16 item 3),
 * not scraped from the built pages: pinned on the real catalogue. A duty has one record, at the
 * card of its first role in the glossary's order, holding the act, the document's time words and
 * whom to tell; every outcome page has one record with the questions answered on the way.
 */
import { describe, expect, it } from 'vitest';
import { roleSummaries, roleView } from '../../src/duties/role-view.ts';
import { dutySearchRecords, outcomeSearchRecord, walkthroughSearchRecords } from '../../src/search/data-records.ts';
import { textOf } from '../../src/search/records.ts';
import { dutyAnchor, roleUrl } from '../../src/urls.ts';
import { realSite } from '../real-site.ts';

const { site, walk, rank } = realSite();
const records = dutySearchRecords(site);
const pages = new Set(roleSummaries(site).flatMap(({ role, documents }) => documents.map(({ document }) => `${role}|${document}`)));

describe('duty records, from the data', () => {
  it('one per duty that a role page shows, and no other', () => {
    const shown = new Set(roleSummaries(site).flatMap(({ role, documents }) => documents.flatMap(({ document }) => {
      const v = roleView(site, role, document);
      return [...v.sections.flatMap((s) => s.duties.map((d) => d.duty.id)), ...v.entitlements.map((d) => d.id), ...v.programme.map((x) => x.duty.id), ...v.sanctions.map((d) => d.id)];
    })));
    expect(records.map((r) => r.url).length).toBe(new Set(records.map((r) => r.url)).size);
    expect(records.length).toBe(shown.size);
  });

  it('each at the card of its first role, whose page shows it', () => {
    for (const r of records) {
      const duty = site.duties.find((d) => roleUrl(r.roles![0]!, d.document, dutyAnchor(d.id)) === r.url)!;
      expect(duty, r.url).toBeDefined();
      expect(pages.has(`${r.roles![0]}|${duty.document}`), `${r.url}: no such role page`).toBe(true);
      expect([...r.roles!].sort((a, b) => rank.get(a)! - rank.get(b)!)).toEqual(r.roles);
    }
  });

  it('hold the act, the document\'s time words and whom to tell', () => {
    const reporting = site.duties.find((d) => d.kind === 'case' && d.deadline && d.notify?.length && records.some((r) => r.title === d.action && r.doc === d.document))!;
    const r = records.find((x) => x.title === reporting.action && x.doc === reporting.document)!;
    const text = textOf(r.html);
    expect(text).toContain(reporting.action);
    expect(text).toContain(reporting.deadline!.words);
    expect(r.clause).toBe(reporting.anchor);
  });
});

describe('walkthrough and outcome records, from the data', () => {
  it('one per walkthrough of a situation, with the glossary\'s names for it', () => {
    const made = walkthroughSearchRecords(walk);
    expect(made.length).toBe(walk.walkthroughs.length);
    expect(textOf(made.find((r) => r.url === '/walkthroughs/dropout/')!.html)).toContain('辍学');
  });

  it('an outcome\'s record names the questions answered, for its document and role', () => {
    const page = walk.pages.find((p) => p.outcome && Object.keys(p.state.answers).length > 0)!;
    const r = outcomeSearchRecord(page, site.document(page.document).shortTitle);
    expect(r.url).toBe(page.url);
    expect(r.doc).toBe(page.document);
    expect(r.roles).toEqual([page.role]);
    expect(textOf(r.html)).toMatch(/？/);
  });
});
