/** The shell the first visit installs, and the packs a reader can save: files, bytes raw and over the wire, the worker itself. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPacks, SW_FILE } from '../../integrations/offline.ts';
import { shellBytes, shellFiles, siteFiles } from '../../integrations/offline-packs.ts';
import { dist, gz } from './common.ts';
import type { PageWeight } from './pages.ts';

export interface OfflineBytes {
  /** The shell: files, raw bytes, and bytes over the wire (each file gzip-estimated as a compressing server sends it). */
  entries: number;
  raw: number;
  wire: number;
  /** Each pack: its one download (bytes over the wire), unpacked size and files. */
  packs: { id: string; bytes: number; size: number; count: number }[];
  swRaw: number;
  swGzip: number;
  /** The script on every page (indicator + registration), gzip. */
  registerGzip: number;
  /** The build step (packs and worker), from the build log. */
  stepSeconds: number | null;
  error?: string;
}

export async function measureOffline(pages: PageWeight[], stepSeconds: number | null): Promise<OfflineBytes> {
  const sw = join(dist, SW_FILE);
  const registerGzip = Math.max(0, ...pages.map((p) => p.jsOfflineGzip));
  const none = { entries: 0, raw: 0, wire: 0, packs: [], swRaw: 0, swGzip: 0, registerGzip, stepSeconds };
  if (!existsSync(sw)) return { ...none, error: `no ${SW_FILE} in dist/` };
  const packs = readPacks(dist).packs;
  const shell = shellFiles(dist, siteFiles(dist), packs.map((p) => p.id));
  const swBytes = readFileSync(sw);
  return { ...none, entries: shell.length, ...shellBytes(dist, shell), packs: packs.map(({ id, bytes, size, count }) => ({ id, bytes, size, count })), swRaw: swBytes.length, swGzip: gz(swBytes) };
}
