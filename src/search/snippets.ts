/**
 * The results' snippets: each is a request (the result's fragment), so the first few load with the
 * results and the others once scrolled into view; a first search on a slow line stays within a few
 * requests. The fragment is also the last check: a record without the words is not a result.
 */
import { hasFragment } from './catalog.ts';
import { loadFragment } from './fragment.ts';
import { anchorFor, containsAll, excerptAround } from './match.ts';
import type { Found } from './results-html.ts';

/** Results whose snippet (fragment) loads with the results; the others' once scrolled into view. */
export const FIRST_SNIPPETS = 3;

/**
 * A filler for the results list: `fill(found, afterScroll)` loads the first snippets at once and
 * watches the others, from the reader's first scroll when `afterScroll` (a fresh list: nothing
 * below is on screen yet), at once otherwise (after 再显示). A newer search stops an older one's.
 */
export function snippetFiller(results: HTMLElement): (found: Found, afterScroll: boolean) => void {
  let observer: IntersectionObserver | null = null;
  let current: Found | null = null;
  return (found, afterScroll) => {
    observer?.disconnect();
    current = found;
    const fill = async (li: HTMLElement) => {
      const r = found.results[Number(li.dataset.i)];
      const slot = li.querySelector<HTMLElement>('[data-excerpt]');
      if (!r || !slot || slot.dataset.done || !hasFragment(r.entry)) return;
      slot.dataset.done = '1';
      try {
        const f = await loadFragment(r.entry.id);
        const phrases = r.terms.length ? r.terms.flatMap((t) => t.split(' ')) : found.plan.phrases;
        if (!phrases.some((p) => containsAll(f.content, [p]))) {
          li.remove();
          return;
        }
        const words = phrases.filter((p) => containsAll(f.content, [p]));
        slot.innerHTML = excerptAround(f.content, words);
        // A section's result opens at the paragraph with the words (and its duty cards stay at the card).
        const anchor = r.entry.kind === 'section' ? anchorFor(f, words) : null;
        const link = li.querySelector<HTMLAnchorElement>('h3 a');
        if (anchor && link) link.setAttribute('href', `${link.getAttribute('href')!.split('#')[0]}#${anchor}`);
      } catch {
        slot.textContent = '';
      }
    };
    const items = [...results.querySelectorAll<HTMLElement>('li.hit')];
    for (const li of items.slice(0, FIRST_SNIPPETS)) void fill(li);
    const watch = () => {
      if (current !== found) return; // a newer search replaced these results
      observer = new IntersectionObserver((entries) => {
        for (const en of entries) if (en.isIntersecting) void fill(en.target as HTMLElement);
      });
      for (const li of items.slice(FIRST_SNIPPETS)) observer.observe(li);
    };
    if (afterScroll) window.addEventListener('scroll', watch, { once: true, passive: true });
    else watch();
  };
}
