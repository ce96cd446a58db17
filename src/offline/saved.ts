/**
 * The packs saved on this phone, in Cache Storage, which the pages and the service worker both
 * read. A pack's files are in a cache of its own per version (packCache); the pack counts as saved
 * only once its record is in SAVED_CACHE, written after the last file: a download cut short is
 * never read.
 */
import { isPackCache, packCache, SAVED_CACHE, savedKey, type PackEntry } from './packs.ts';

export interface SavedPack extends Pick<PackEntry, 'id' | 'kind' | 'title' | 'version' | 'bytes' | 'size'> {
  /** The cache its files are in. */
  cache: string;
  /** When it was saved (ISO date and time). */
  savedAt: string;
}

export async function savedPacks(): Promise<SavedPack[]> {
  const index = await caches.open(SAVED_CACHE);
  const records = await Promise.all((await index.keys()).map(async (key) => (await index.match(key))?.json() as Promise<SavedPack | undefined>));
  return records.filter((r): r is SavedPack => !!r?.cache);
}

export async function savedPack(id: string): Promise<SavedPack | undefined> {
  return (await (await caches.open(SAVED_CACHE)).match(savedKey(id)))?.json() as Promise<SavedPack | undefined>;
}

/** The caches of the saved packs, for the worker's lookups. */
export async function savedCaches(): Promise<Cache[]> {
  return Promise.all((await savedPacks()).map((p) => caches.open(p.cache)));
}

/** Records a complete pack as saved, then deletes its other versions: the switch from old to new is this one write. */
export async function recordSaved(pack: Omit<SavedPack, 'cache' | 'savedAt'>): Promise<SavedPack> {
  const record: SavedPack = { ...pack, cache: packCache(pack.id, pack.version), savedAt: new Date().toISOString() };
  await (await caches.open(SAVED_CACHE)).put(savedKey(pack.id), new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  for (const name of await caches.keys()) if (isPackCache(name, pack.id) && name !== record.cache) await caches.delete(name);
  return record;
}

/** Removes a pack: its record first (so nothing reads it any more), then its files. */
export async function removeSaved(id: string): Promise<void> {
  await (await caches.open(SAVED_CACHE)).delete(savedKey(id));
  for (const name of await caches.keys()) if (isPackCache(name, id)) await caches.delete(name);
}
