/**
 * Result checking and ranking, on Pagefind data captured from the built site
 * (tests/fixtures/search/pagefind-results.json, see its README).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsAll, documentHit, escapeHtml, excerptAround, mergeHits, rankHits, type DocumentHit, type Fragment } from '../../src/search/match.ts';

interface Captured {
  pages: Record<string, Pick<Fragment, 'url' | 'content' | 'meta' | 'anchors'>>;
  queries: Record<string, Pick<Fragment, 'url' | 'locations' | 'excerpt' | 'sub_results'>[]>;
}
const captured = JSON.parse(readFileSync(new URL('../fixtures/search/pagefind-results.json', import.meta.url), 'utf8')) as Captured;

/** Pagefind's fragments for a captured query, as the browser would receive them. */
function fragments(query: string): Fragment[] {
  const results = captured.queries[query];
  if (!results) throw new Error(`no captured results for ${query}`);
  return results.map((r) => ({ ...captured.pages[r.url]!, ...r }));
}

function search(phrase: string, query = `"${phrase}"`): DocumentHit[] {
  return rankHits(fragments(query).map((f) => documentHit(f, [phrase])).filter((h): h is DocumentHit => !!h));
}

const doc = (h: DocumentHit | undefined) => h?.url.split('/')[2];
const firstSection = (h: DocumentHit | undefined) => h?.sections[0]?.id;

describe('policy terms find the right document first, at the right section', () => {
  it.each([
    ['12355', 'sixian-2020', ['s3-2']],
    ['一个星期', 'longli-2017', ['s5-3']],
    ['告诫书', ['wuhai-2016', 'sixian-2020'], null],
    ['单独居住生活', 'ningcheng-2017', null],
    ['强制报告', 'longli-2017', null],
    ['撤销监护人资格', null, null],
    ['无户籍', 'longli-2017', null],
    ['临时监护', 'longli-2017', null],
  ] as const)('%s', (phrase, expectedDoc, expectedSections) => {
    const hits = search(phrase);
    expect(hits.length).toBeGreaterThan(0);
    if (typeof expectedDoc === 'string') expect(doc(hits[0])).toBe(expectedDoc);
    else if (expectedDoc) expect(expectedDoc).toContain(doc(hits[0]));
    if (expectedSections) expect(expectedSections).toContain(firstSection(hits[0]));
    // Every hit shows a section with the phrase marked.
    for (const h of hits) expect(h.sections[0]!.excerpt).toContain(`<mark>${phrase}</mark>`);
  });

  it('12355 links to the heading (二) and to the paragraph itself', () => {
    const [hit] = search('12355');
    expect(hit!.sections[0]).toMatchObject({
      id: 's3-2',
      url: '/documents/sixian-2020/#s3-2',
      target: expect.stringMatching(/^\/documents\/sixian-2020\/#s3-2-p\d+$/),
    });
  });

  it('撤销监护人资格: a government document comes before the township template on a tie', () => {
    const hits = search('撤销监护人资格');
    expect(doc(hits.at(-1))).toBe('template-township');
  });
});

describe('single-character junk is never a match', () => {
  it('一个人在家: Pagefind returns a page (by single characters); the check drops it', () => {
    const raw = fragments('一个人在家');
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.map((f) => documentHit(f, ['一个人在家'])).filter(Boolean)).toEqual([]);
  });

  it('监护人 does not match a page that only says 老人', () => {
    const page: Fragment = {
      url: '/documents/x/',
      content: '关爱留守老人。',
      excerpt: '关爱留守<mark>老人</mark>。',
      meta: { title: 'x' },
      anchors: [{ element: 'p', id: 's1-p1', text: '关爱留守老人。', location: 0 }],
      locations: [2],
      sub_results: [],
    };
    expect(documentHit(page, ['监护人'])).toBeNull();
  });

  it('containsAll needs every phrase, ignoring whitespace', () => {
    expect(containsAll('强制 报告制度', ['强制报告'])).toBe(true);
    expect(containsAll('强制报告', ['强制报告', '学校'])).toBe(false);
    expect(containsAll('anything', [])).toBe(false);
  });
});

describe('related terms merge into one result per document', () => {
  it('unions sections and adds scores', () => {
    const a = search('单独居住生活');
    const b = search('无人监护');
    const merged = mergeHits([a, b]);
    expect(new Set(merged.map((h) => h.url)).size).toBe(merged.length);
    const longli = merged.find((h) => doc(h) === 'longli-2017')!;
    expect(longli.term).toContain('单独居住生活');
    expect(longli.term).toContain('无人监护');
    const scores = merged.map((h) => h.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });
});

describe('excerpts', () => {
  it('are escaped HTML with the phrase marked', () => {
    expect(excerptAround('前文<script>后文 强制报告 再后', ['强制报告'])).toBe('前文&lt;script&gt;后文<mark>强制报告</mark>再后');
    expect(escapeHtml('"&\'')).toBe('&quot;&amp;&#39;');
  });

  it('cut long text around the first occurrence', () => {
    const text = `${'甲'.repeat(100)}强制报告${'乙'.repeat(100)}`;
    const ex = excerptAround(text, ['强制报告'], 10);
    expect(ex).toBe(`…${'甲'.repeat(10)}<mark>强制报告</mark>${'乙'.repeat(10)}…`);
  });
});
