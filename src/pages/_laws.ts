/**
 * The national laws as the pages name them (issue 17): their ids (in reading order), their names
 * in 《》, their versions (「2024年4月26日修正」) and histories, read once per build from the duty
 * site's laws (the committed documents of level `national`). Laws are not counties: nothing here
 * joins them to the counties' lists.
 */
import { clauseBlocks } from '../clauses/index.ts';
import { lawHistory, lawName } from '../duties/law-cite.ts';
import type { LawInfo, Laws } from '../duties/national.ts';
import { onceFor } from '../once.ts';
import { loadSite } from './_site.ts';

/** The history lines head a law's text, before its first article. */
const HEAD_BLOCKS = 12;

export async function loadLaws(): Promise<Laws> {
  const site = await loadSite();
  return onceFor('laws', site, '', () => {
    const byId = new Map(site.laws.map((doc): [string, LawInfo] => {
      const head = clauseBlocks(site.compiled(doc.id)).slice(0, HEAD_BLOCKS).map((b) => b.text);
      const ids = new Set(doc.clauses.map((c) => c.id));
      return [doc.id, {
        id: doc.id, title: doc.title, name: lawName(doc.title), version: doc.version?.label ?? null, history: lawHistory(head, doc.version),
        single: (article: string) => !ids.has(`${article}-p2`),
      }];
    }));
    return {
      ids: [...byId.keys()],
      get: (id) => {
        const law = byId.get(id);
        if (!law) throw new Error(`laws: no law "${id}"`);
        return law;
      },
    };
  });
}
