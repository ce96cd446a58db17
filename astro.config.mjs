// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import publicAddress from './integrations/public-address.ts';
import inputChecks from './integrations/checks.ts';
import pagefindIndex from './integrations/pagefind.ts';
import finishPages from './integrations/finish-pages.ts';
import offline from './integrations/offline.ts';
import { timePhases } from './integrations/phases.ts';

/**
 * The Content-Security-Policy of every page (integrations/csp.ts adds each page's own inline
 * script and style hashes). Nothing from another origin. 'wasm-unsafe-eval' lets Pagefind compile
 * its WebAssembly index reader (no other eval): on the page when it runs without its worker, and in
 * the worker too where a server sends this policy as a header. Pagefind's worker and the offline
 * service worker are files of this site. Workers, fetches, images and the manifest are this site's
 * only through default-src 'self' (a directive not written falls back to it; worker-src through
 * script-src): written out, they were ~60 bytes more on every page for the same policy.
 */
const policy = {
  directives: [
    "default-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ],
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
};

// Static site: every page is a file in dist/, served from one origin with no server code.
// `site`, the public address every QR code, printed address and og:url uses, comes from SITE_URL
// (integrations/public-address.ts checks it; unset, pages print 网址未设置).
export default defineConfig({
  // Trailing slashes everywhere, so links, the search index and the offline cache agree on one URL per page.
  trailingSlash: 'always',
  // Styles go inline into each page: a few KB, and no stylesheet request blocks the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // publicAddress sets `site` from SITE_URL, or stops on an address no phone could open.
  // inputChecks runs next, before Astro reads any input, and stops on bad input with our message.
  // build:done hooks run in this order on the HTML in dist/: each page's inline CSS is pruned to
  // what the page uses; the policy, with the hashes of the page's final inline styles and scripts,
  // goes into every page; Pagefind indexes the finished pages; the service worker precaches the
  // final files, Pagefind's included.
  // timePhases logs each phase's time for npm run bench (integrations/phases.ts).
  integrations: timePhases([publicAddress(), inputChecks(), mdx(), preact(), finishPages(policy), pagefindIndex(), offline()]),
  vite: {
    build: {
      // The offline script (src/components/OfflineStatus.astro) is the one script on every page:
      // one small file the browser caches, rather than the same bytes inlined (and hashed into
      // the policy) on every page. Any other asset: Vite's default.
      assetsInlineLimit: (file) => (file.includes('OfflineStatus') ? false : undefined),
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // A page's script is named by its component alone (OfflineStatus.<hash>.js, not
              // OfflineStatus.astro_astro_type_script_index_0_lang.<hash>.js): every page names the
              // offline script, and the long name was ~40 bytes of each page's HTML.
              entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '').replace(/[^\w.-]/g, '_')}.[hash].js`,
            },
          },
        },
      },
    },
  },
  // Phone first: no prefetching of other pages on a weak network.
  prefetch: false,
  devToolbar: { enabled: false },
});
