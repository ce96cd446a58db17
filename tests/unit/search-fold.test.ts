/**
 * Traditional Chinese in a query finds what simplified finds (issue 15, item 12): the fold table
 * (src/search/fold-table.ts, from OpenCC's dictionaries) trimmed to the site's own characters, as
 * the search page embeds it, applied by opencc-js's converter (src/search/fold.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { folder } from '../../src/search/fold.ts';
import { foldTable } from '../../src/search/fold-table.ts';
import { planQuery } from '../../src/search/plan.ts';
import { SEARCH_TERMS } from '../../src/search/terms.ts';

/** The site's text as the search page gathers it: the documents and the duties (here their files). */
const siteText = ['src/content/documents', 'src/content/duties'].flatMap((d) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8'))).join('\n');
const table = foldTable(siteText);
const fold = folder(table);

describe('folding a query to simplified characters', () => {
  it.each([
    ['輟學', '辍学'],
    ['強制報告', '强制报告'],
    ['孩子一個人在家', '孩子一个人在家'],
    ['監護人聯繫不上', '监护人联系不上'],
    ['強制报告', '强制报告'],
  ])('%s → %s', (traditional, simplified) => {
    expect(fold(traditional)).toBe(simplified);
    expect(planQuery(traditional, SEARCH_TERMS, fold)).toEqual(planQuery(simplified, SEARCH_TERMS));
  });

  it('leaves simplified queries, and words the documents use as they are, unchanged', () => {
    for (const q of ['强制报告', '辍学', '孩子一个人在家', '12355', '显著', '"家庭教育"']) expect(fold(q)).toBe(q);
    // Whether or not the site's text holds them: OpenCC's whole table would fold 么 on to 幺.
    for (const q of ['孩子不上学怎么办', '什么算留守儿童']) expect(folder(foldTable())(q)).toBe(q);
  });

  it('is a few KB in the search page (gzip), not OpenCC\'s whole dictionary', () => {
    expect(gzipSync(table).length).toBeLessThan(8 * 1024);
    expect(gzipSync(foldTable()).length).toBeGreaterThan(3 * gzipSync(table).length);
  });
});
