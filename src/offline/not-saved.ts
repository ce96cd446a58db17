/**
 * /offline/not-saved/, as the worker shows it offline in place of a page the phone has not saved:
 * the address is the page asked for, so when it names a document the page says which and links to
 * that document's save box, to use once there is a network again.
 */
import { documentUrl, SAVE_ANCHOR } from '../urls.ts';
import { packEntries } from './list.ts';
import { packOf } from './packs.ts';

export async function explainNotSaved(): Promise<void> {
  const out = document.querySelector<HTMLElement>('[data-not-saved]');
  if (!out) return;
  const entries = await packEntries().catch(() => []);
  const id = packOf(location.pathname, entries);
  const entry = entries.find((e) => e.id === id);
  if (!entry) return;
  out.querySelector('strong')!.textContent = entry.title;
  // The laws pack is no document: its save box is on the page of the law asked for (or the first law).
  const segments = location.pathname.split('/');
  const page = entry.members ? (entry.members.find((m) => segments.includes(m)) ?? entry.members[0]!) : entry.id;
  out.querySelector('a')!.href = documentUrl(page, SAVE_ANCHOR);
  out.hidden = false;
}
