// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import inputChecks from './integrations/checks.ts';
import pagefindIndex from './integrations/pagefind.ts';
import pruneInlineCss from './integrations/prune-css.ts';

// Static site: every page is a file in dist/, served from one origin with no server code.
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  // Trailing slashes everywhere, so links, the search index and the offline cache agree on one URL per page.
  trailingSlash: 'always',
  // Styles go inline into each page: a few KB, and no stylesheet request blocks the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // inputChecks runs first, before Astro reads any input, and stops on bad input with our message.
  // build:done hooks run in this order on the HTML in dist/: each page's inline CSS is pruned to
  // what the page uses, then Pagefind indexes the finished pages.
  integrations: [inputChecks(), mdx(), preact(), pruneInlineCss(), pagefindIndex()],
  // Phone first: no prefetching of other pages on a weak network.
  prefetch: false,
  devToolbar: { enabled: false },
});
