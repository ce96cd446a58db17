/** What the service worker precaches: files, bytes raw and over the wire, the worker itself. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getManifest } from 'workbox-build';
import { precached, SW_FILE } from '../../integrations/offline.ts';
import { dist, gz, wire } from './common.ts';
import type { PageWeight } from './pages.ts';

export interface OfflineBytes {
  entries: number;
  raw: number;
  /** What the precache download sends, gzip-estimated per file as a compressing server would. */
  wire: number;
  swRaw: number;
  swGzip: number;
  /** The script on every page (indicator + registration), gzip. */
  registerGzip: number;
  /** The build step that generates the worker, from the build log. */
  stepSeconds: number | null;
  error?: string;
}

export async function measureOffline(pages: PageWeight[], stepSeconds: number | null): Promise<OfflineBytes> {
  const sw = join(dist, SW_FILE);
  const registerGzip = Math.max(0, ...pages.map((p) => p.jsOfflineGzip));
  const none = { entries: 0, raw: 0, wire: 0, swRaw: 0, swGzip: 0, registerGzip, stepSeconds };
  if (!existsSync(sw)) return { ...none, error: `no ${SW_FILE} in dist/` };
  const { manifestEntries, size, warnings } = await getManifest(precached(dist));
  if (warnings.length) return { ...none, error: warnings.join('; ') };
  const swBytes = readFileSync(sw);
  const wireBytes = manifestEntries.reduce((n, e) => n + wire(readFileSync(join(dist, e.url))), 0);
  return { ...none, entries: manifestEntries.length, raw: size, wire: wireBytes, swRaw: swBytes.length, swGzip: gz(swBytes) };
}
