/**
 * Builds the search index inside `astro build` (so `npm run build` alone gives dist/pagefind),
 * with Pagefind's Node API. Only the files a custom search page needs are written: the bundled
 * UIs (pagefind-ui, modular and component UIs, highlight script; ~430 KB) are left out.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Files of Pagefind's own UIs, which the site's search page does not use. */
const UI_FILE = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|pagefind-playground|playground\/)/;

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          // A restoration keeps the source's damaged words in <del> for readers; search the restored words only.
          excludeSelectors: ['del'],
        });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length) throw new Error(`pagefind: ${fileErrors.join('; ')}`);
          const kept = files.filter((f) => !UI_FILE.test(f.path));
          const out = join(site, 'pagefind');
          for (const f of kept) {
            const target = join(out, f.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, f.content);
          }
          const bytes = kept.reduce((n, f) => n + f.content.byteLength, 0);
          logger.info(`read ${added.page_count} pages; wrote ${kept.length} files (${(bytes / 1024).toFixed(0)} KB), left out ${files.length - kept.length} UI files`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
