/**
 * The inline scripts this site authors, so the Content-Security-Policy hashes those and no other
 * (integrations/csp.ts). A hash of whatever script the output holds would also allow one that data
 * smuggled into a page; an allow-list built from the code itself cannot be extended by data.
 *
 * Three sources, all known before any page is rendered from data:
 * - the bodies of the `<script>` elements of src/'s .astro files (Astro writes an inline one, `is:inline`
 *   or with attributes, into the page unchanged; the others' bodies are harmless in the list);
 * - the code of the client bundle's chunks (Astro inlines a small bundled `<script>` as its chunk's
 *   trimmed code), collected by a Vite plugin while the client bundle is written;
 * - Astro's own island runtime and hydration directives (pages with a Preact island).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import island from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/client/idle.prebuilt.js';
import load from 'astro/client/load.prebuilt.js';
import media from 'astro/client/media.prebuilt.js';
import only from 'astro/client/only.prebuilt.js';
import visible from 'astro/client/visible.prebuilt.js';

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? astroFiles(p) : e.name.endsWith('.astro') ? [p] : [];
  });
}

/** The bodies of the `<script>` elements in the .astro files under a folder. */
export function scriptsIn(srcDir: string): string[] {
  return astroFiles(srcDir).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(SCRIPT)].map((m) => m[1]!));
}

/** Astro's island runtime and directive scripts, as it writes them into a page. */
export const ASTRO_RUNTIME: readonly string[] = [island, idle, load, media, only, visible];

/** A Vite plugin that adds the code of every client chunk (trimmed, as Astro inlines it) to `into`. */
export function clientChunks(into: Set<string>) {
  return {
    name: 'csp-authored-scripts',
    applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
    generateBundle: {
      // Before Astro's own plugin removes the chunks it inlines from the bundle.
      order: 'pre' as const,
      handler(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
        for (const output of Object.values(bundle)) if (output.type === 'chunk' && output.code) into.add(output.code.trim());
      },
    },
  };
}
