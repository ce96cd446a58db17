/**
 * Saving a pack, in the page: one download with progress and a way to cancel, unpacked into a new
 * cache, recorded as saved only when every file is in (src/offline/saved.ts). An update is the
 * same download of the new version: the old one is read until the new one is complete.
 * Written by hand: Workbox fetches precache lists in the worker, with no progress or cancel a page
 * could show.
 */
import { unpackBundle } from './bundle.ts';
import { PACKS_CHANGED, packCache, type PackEntry } from './packs.ts';
import { recordSaved, removeSaved, savedPack, type SavedPack } from './saved.ts';

/** Why a save did not complete: the network failed, the site changed since the page was built, no room, or the reader cancelled. */
export type SaveFailure = 'network' | 'changed' | 'storage' | 'cancelled';

export class SaveError extends Error {
  readonly reason: SaveFailure;
  constructor(reason: SaveFailure) {
    super(reason);
    this.reason = reason;
  }
}

/** Reads a response's body, telling how many bytes came so far (the download is compressed already: these are the bytes over the wire). */
async function readAll(response: Response, onProgress: (received: number) => void): Promise<Blob> {
  const reader = response.body!.getReader();
  const chunks: BlobPart[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks);
    chunks.push(value);
    received += value.length;
    onProgress(received);
  }
}

function failure(e: unknown, signal: AbortSignal): SaveError {
  if (e instanceof SaveError) return e;
  if (signal.aborted) return new SaveError('cancelled');
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return new SaveError('storage');
  return new SaveError('network');
}

/** Tells the worker the saved packs changed (it reads their list again). */
const notifyWorker = () => navigator.serviceWorker?.controller?.postMessage({ type: PACKS_CHANGED });

export async function savePack(entry: PackEntry, signal: AbortSignal, onProgress: (received: number, total: number) => void): Promise<SavedPack> {
  const current = await savedPack(entry.id);
  if (current?.version === entry.version) return current;
  const cache = packCache(entry.id, entry.version);
  try {
    const response = await fetch(entry.bundle, { signal });
    // The download is named by its version: gone means a newer build replaced it.
    if (response.status === 404) throw new SaveError('changed');
    if (!response.ok || !response.body) throw new SaveError('network');
    const packed = await readAll(response, (n) => onProgress(n, entry.bytes));
    const bytes = new Uint8Array(await new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    const { list, files } = unpackBundle(bytes);
    if (list.id !== entry.id || list.version !== entry.version) throw new SaveError('changed');
    // Leftovers of an earlier attempt at this version are never read (no record): start clean.
    await caches.delete(cache);
    const store = await caches.open(cache);
    for (const f of files) {
      signal.throwIfAborted();
      await store.put(new URL(f.url, location.origin), new Response(f.body.slice(), { headers: { 'content-type': f.type } }));
    }
    // Ask the browser not to evict it under storage pressure (it may decline; saved all the same).
    await navigator.storage?.persist?.().catch(() => false);
    const record = await recordSaved({ id: entry.id, kind: entry.kind, title: entry.title, version: entry.version, bytes: entry.bytes, size: entry.size });
    notifyWorker();
    return record;
  } catch (e) {
    await caches.delete(cache);
    throw failure(e, signal);
  }
}

export async function removePack(id: string): Promise<void> {
  await removeSaved(id);
  notifyWorker();
}
