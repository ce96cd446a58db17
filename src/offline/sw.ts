/**
 * The service worker (bundled into dist/sw.js by integrations/offline.ts; docs/009-offline-packs.md).
 * Workbox does the work: precaching the shell (the manifest injected at self.__WB_MANIFEST),
 * routing, strategies and expiration. Ours is only the lookup in the packs the reader saved.
 *
 * A request is answered by, in order:
 * 1. the shell (precache, cache first; a new build's worker fetches what changed and drops the rest);
 * 2. a saved pack holding it (cache first: a saved county is read from the phone, one version whole);
 * 3. the network, keeping a copy of pages and files visited (expiring), and offline that copy;
 * 4. offline with no copy: a page gets /offline/not-saved/, which says it was not saved and how to
 *    save it; anything else fails as it would without a worker.
 * A pack's own download and list (/offline/packs/…) go straight to the network: the page stores them.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { OFFLINE_NOT_SAVED, OFFLINE_PACK_FILES } from '../urls.ts';
import { PACKS_CHANGED } from './packs.ts';
import { savedCaches } from './saved.ts';

/** What this worker uses of its global scope (the DOM library the project compiles with has no worker types). */
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { includeUncontrolled: boolean }): Promise<{ postMessage(message: unknown): void }[]> };
  addEventListener(type: 'activate' | 'message', listener: (event: Event & { data?: unknown; waitUntil(p: Promise<unknown>): void }) => void): void;
}
declare const self: WorkerScope;

// A new build's worker takes over at once (and claims the open pages, below): its shell is
// complete when it activates, and saved packs are whole versions that do not depend on it.
void self.skipWaiting();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // Pagefind's cache-busting ts, the search page's own q, and tracking tags do not change the file.
  ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/],
});

// The saved packs' caches, read once and again after a page saved or removed one.
let saved: Promise<Cache[]> | null = null;
const packs = () => (saved ??= savedCaches());
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | undefined)?.type === PACKS_CHANGED) saved = null;
});
// A new build: once this worker controls the pages, they compare their saved packs with the new
// list (the shell's packs.json, which this worker answers).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    self.clients
      .claim()
      .then(() => self.clients.matchAll({ includeUncontrolled: true }))
      .then((all) => all.forEach((c) => c.postMessage({ type: PACKS_CHANGED }))),
  );
});

async function fromPacks(request: Request): Promise<Response | undefined> {
  for (const cache of await packs()) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

/** Astro's bundles (content-hashed names). */
const ASSETS = '/_astro/';
const month = 30 * 24 * 60 * 60;
const visitedPages = new NetworkFirst({ cacheName: 'visited-pages', plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: month })] });
// Astro's bundles never change under one name.
const visitedAssets = new CacheFirst({ cacheName: 'visited-assets', plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: month })] });
const visitedFiles = new NetworkFirst({ cacheName: 'visited-files', plugins: [new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: month })] });

registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET' && !url.pathname.startsWith(OFFLINE_PACK_FILES),
  async (options) => {
    const hit = await fromPacks(options.request);
    if (hit) return hit;
    const strategy = options.request.mode === 'navigate' ? visitedPages : options.url.pathname.startsWith(ASSETS) ? visitedAssets : visitedFiles;
    return strategy.handle(options);
  },
);

setCatchHandler(async ({ request }) =>
  request.mode === 'navigate' ? ((await matchPrecache(`${OFFLINE_NOT_SAVED}index.html`)) ?? Response.error()) : Response.error(),
);
