/**
 * /offline/not-saved/, as the worker shows it offline in place of a page the phone has not saved:
 * the address is the page asked for, so when it names a document the page says which and links to
 * its pack's save box on /offline/ (a page of the shell), to use once there is a network again.
 */
import { saveUrl } from '../urls.ts';
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
  out.querySelector('a')!.href = saveUrl(entry.id);
  out.hidden = false;
}
