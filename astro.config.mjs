// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import inputChecks from './integrations/checks.ts';
import pagefindIndex from './integrations/pagefind.ts';

// Static site: every page is a file in dist/, served from one origin with no server code.
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  // Trailing slashes everywhere, so links, the search index and the offline cache agree on one URL per page.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // inputChecks runs first and stops on bad input with our message; pagefindIndex runs last, on the finished HTML in dist/.
  integrations: [inputChecks(), mdx(), preact(), pagefindIndex()],
  // Phone first: no prefetching of other pages on a weak network.
  prefetch: false,
  devToolbar: { enabled: false },
});
