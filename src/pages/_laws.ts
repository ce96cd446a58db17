/**
 * The national laws as the pages name them (issue 17): their ids, their names in 《》, their
 * versions (「2024年4月26日修正」) and histories, read once per build from the committed documents
 * of level `national`. Laws are not counties: nothing here joins them to the counties' lists.
 */
import { getCollection } from 'astro:content';
import { clauseBlocks } from '../clauses/index.ts';
import { compiledOf } from '../clauses/read.ts';
import { lawHistory, lawName } from '../duties/law-cite.ts';
import { isLaw, type LawInfo, type Laws } from '../duties/national.ts';
import { once } from '../once.ts';

/** The history lines head a law's text, before its first article. */
const HEAD_BLOCKS = 12;

export async function loadLaws(): Promise<Laws> {
  const docs = (await getCollection('documents')).filter((d) => isLaw(d.data)).sort((a, b) => a.id.localeCompare(b.id));
  return once('laws', docs.map((d) => `${d.id}:${d.body?.length ?? 0}`).join('|'), () => {
    const byId = new Map(docs.map((d): [string, LawInfo] => {
      const data = d.data as typeof d.data & { version?: { date: string; label: string } };
      const head = clauseBlocks(compiledOf(d.data, d.body ?? '')).slice(0, HEAD_BLOCKS).map((b) => b.text);
      const ids = new Set(d.data.clauses.map((c) => c.id));
      return [d.id, {
        id: d.id, title: data.title, name: lawName(data.title), version: data.version?.label ?? null, history: lawHistory(head, data.version),
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
