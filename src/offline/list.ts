/** The packs this build offers (/offline/packs.json: the shell holds it, so it reads offline too). */
import { OFFLINE_PACKS } from '../urls.ts';
import type { PackEntry, PacksFile } from './packs.ts';

export async function packEntries(): Promise<PackEntry[]> {
  const response = await fetch(OFFLINE_PACKS);
  if (!response.ok) throw new Error(`${OFFLINE_PACKS}: ${response.status}`);
  return ((await response.json()) as PacksFile).packs;
}
