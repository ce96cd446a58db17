/**
 * Every pack as this build's content knows it (one per local document, one for the laws together),
 * worked out once per build: the save box asks on every page, and working it out there each time
 * grew with the library's square.
 */
import { onceFor } from '../../once.ts';
import { packHeads, type PackHead } from '../../offline/packs.ts';
import { loadSite } from '../../pages/_site.ts';

export async function sitePackHeads(): Promise<PackHead[]> {
  const site = await loadSite();
  return onceFor('pack heads', site, '', () => packHeads([...site.documents, ...site.laws].map((d) => ({ id: d.id, data: d }))));
}
