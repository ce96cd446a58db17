/**
 * A law's contents, read off its clause index: its chapters (and their sections), each with the
 * articles it holds (第十五条至第二十四条), so a phone can open a chapter or jump to an article.
 * A law without chapters (户口登记条例) is one group of all its articles.
 */
import type { Clause } from '../documents/schemas/clause.ts';

export interface LawArticle {
  /** a23 */
  id: string;
  /** 23 */
  n: number;
  /** 第二十三条 */
  number: string;
}

export interface LawPart {
  /** c2, c2-s1; null for a law without chapters. */
  id: string | null;
  /** 第二章 家庭保护 */
  text: string;
  articles: LawArticle[];
  sections: LawPart[];
}

const ARTICLE = /^a(\d+)$/;

/** The articles under a clause, through the clause index (an article's parent is its section or chapter). */
function articlesUnder(clauses: readonly Clause[], id: string | null): LawArticle[] {
  const parent = new Map(clauses.map((c) => [c.id, c.parent] as const));
  const under = (c: Clause) => {
    if (id === null) return true;
    for (let p = c.parent; p; p = parent.get(p) ?? null) if (p === id) return true;
    return false;
  };
  return clauses.filter((c) => ARTICLE.test(c.id) && under(c)).map((c) => ({ id: c.id, n: Number(ARTICLE.exec(c.id)![1]), number: c.number ?? c.label }));
}

export function lawContents(clauses: readonly Clause[]): LawPart[] {
  const chapters = clauses.filter((c) => /^c\d+$/.test(c.id));
  if (!chapters.length) return [{ id: null, text: '全文', articles: articlesUnder(clauses, null), sections: [] }];
  return chapters.map((ch) => ({
    id: ch.id,
    text: ch.label,
    articles: articlesUnder(clauses, ch.id),
    sections: clauses.filter((s) => s.parent === ch.id && /^c\d+-s\d+$/.test(s.id)).map((s) => ({ id: s.id, text: s.label, articles: articlesUnder(clauses, s.id), sections: [] })),
  }));
}

/** 第十五条至第二十四条, or 第一条 for a part of one article. */
export function articleRange(articles: readonly LawArticle[]): string {
  const [first, last] = [articles[0], articles.at(-1)];
  if (!first || !last) return '';
  return first === last ? first.number : `${first.number}至${last.number}`;
}

/** How many articles a law has (its last article's number: they run 1, 2, 3 …). */
export const articleCount = (clauses: readonly Clause[]) => clauses.filter((c) => ARTICLE.test(c.id)).length;
