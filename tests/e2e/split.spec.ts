/**
 * Nothing holds every document when it does not need to (issue 16, item 4; docs/010-scale.md):
 * the pages and files that did are split by document or paginated, and their index links every
 * part. Read from the built dist/, with the documents from the registry (never counted).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOutcomes } from '../../src/opendata/schemas.ts';
import { ANSWERS_PER_PHRASE } from '../../src/search/catalog.ts';
import { PER_PAGE } from '../../src/duties/groups.ts';
import { documentIds, expect, lawIds, test } from './helpers.ts';

const dist = 'dist';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
const ids = [...documentIds].sort();
/** Every document the library holds, the seven laws included: each has its own parts and search table. */
const allIds = [...documentIds, ...lawIds].sort();
/** The walkthroughs' parts: a part per local document, and the national walkthrough's (scope national). */
const walkthroughParts = [...documentIds, 'national'].sort();
const page = (path: string) => read(join(path, 'index.html'));
/** The documents a page's duty citations or document links name (/documents/<id>/…). */
const named = (html: string) => new Set([...html.matchAll(/\/documents\/([a-z0-9-]+)\//g)].map((m) => m[1]!).filter((d) => ids.includes(d)));

test('open data: each file at its old address is an index of parts, one part per document holding only its own', () => {
  for (const [file, items] of [['duties', 'duties'], ['walkthroughs', 'outcomes'], ['documents', null]] as const) {
    const index = json(`data/${file}.json`) as { parts: { id: string; scope: string; url: string }[] };
    expect(Object.keys(index)).not.toContain(items ?? 'documents');
    expect(index.parts.map((p) => p.id)).toEqual(file === 'walkthroughs' ? walkthroughParts : allIds);
    for (const p of index.parts) {
      expect(p.scope).toBe(p.id === 'national' ? 'national' : 'document');
      const part = json(p.url);
      if (items) expect((part[items] as { document: string }[]).every((x) => x.document === p.id)).toBe(true);
      else expect(part.id).toBe(p.id);
    }
    expect(existsSync(join(dist, `data/${file}.part.schema.json`))).toBe(true);
  }
  expect(readOutcomes((p) => json(p)).length).toBeGreaterThan(ids.length);
});

test('the comparison: an index linking each situation\'s pages of at most ten documents, and a page per role and situation', () => {
  const index = page('compare');
  expect(index).not.toContain('<table');
  const tables = [...new Set([...index.matchAll(/href="(\/compare\/[a-z-]+\/(?:\d+\/)?)"/g)].map((m) => m[1]!))];
  expect(tables.length).toBeGreaterThan(0);
  const situations = new Map<string, Set<string>>();
  for (const href of tables) {
    const html = page(href);
    const columns = [...html.matchAll(/<th role="columnheader" scope="col">([^<]+)<\/th>/g)].length - 1;
    expect(columns, href).toBeLessThanOrEqual(PER_PAGE.table);
    const situation = href.split('/')[2]!;
    situations.set(situation, new Set([...(situations.get(situation) ?? []), ...named(html)]));
  }
  // Across its pages, a situation's table covers the documents that speak of it, and no page all of a large library.
  for (const [situation, docs] of situations) expect(docs.size, situation).toBeGreaterThan(0);
  const roles = [...new Set([...index.matchAll(/href="(\/compare\/[a-z-]+\/[a-z-]+\/)"/g)].map((m) => m[1]!))];
  expect(roles.length).toBeGreaterThan(0);
  for (const href of roles) expect([...page(href).matchAll(/<section class="doc" data-document=/g)].length, href).toBeLessThanOrEqual(PER_PAGE.role);
});

test('the deadlines and the printed cards: an index linking a page per document, no document\'s content on it', () => {
  const deadlines = page('deadlines');
  expect(deadlines).not.toContain('class="timeline"');
  for (const id of ids) {
    expect(deadlines).toContain(`href="/deadlines/${id}/"`);
    expect(named(page(`deadlines/${id}`))).toEqual(new Set([id]));
  }
  const print = page('training/print');
  expect(print).not.toContain('data-card=');
  const sets = [...print.matchAll(/href="(\/training\/print\/([a-z0-9-]+)\/)"/g)];
  expect(sets.length).toBeGreaterThan(0);
  for (const [, href, id] of sets) expect(new Set([...page(href!).matchAll(/data-card="[a-z-]+\/([a-z0-9-]+)"/g)].map((m) => m[1])), href).toEqual(new Set([id]));
});

test('search: a table per document holding only its rows, and per phrase at most the best rows of each phrase; no table of every record', () => {
  expect(existsSync(join(dist, 'pagefind/records.json'))).toBe(false);
  expect(existsSync(join(dist, 'pagefind/answers.json'))).toBe(false);
  const tables = readdirSync(join(dist, 'pagefind/records')).sort();
  expect(tables).toEqual(['_shared.json', ...allIds.map((d) => `${d}.json`)].sort());
  for (const f of tables) {
    const { rows } = json(`pagefind/records/${f}`) as { rows: string[][] };
    expect(new Set(rows.map((r) => r[2] || '_shared')), f).toEqual(new Set([f.replace(/\.json$/, '')]));
  }
  for (const f of readdirSync(join(dist, 'pagefind/answers'))) {
    const { answers } = json(`pagefind/answers/${f}`) as { answers: Record<string, number[]> };
    for (const [phrase, flat] of Object.entries(answers)) expect(flat.length / 2, phrase).toBeLessThanOrEqual(ANSWERS_PER_PHRASE);
  }
});

test('a role page whose document is silent links once to the comparison, never lists the others', () => {
  for (const id of ids) {
    const dir = join(dist, 'roles/school', id);
    if (!existsSync(dir)) continue;
    const html = page(`roles/school/${id}`);
    const silent = [...html.matchAll(/<p class="muted elsewhere"><a href="([^"]+)"/g)].map((m) => m[1]!);
    for (const href of silent) expect(href).toMatch(/^\/compare\/[a-z-]+\/school\/$/);
    expect(html).not.toContain('<ul class="elsewhere">');
  }
});
