/**
 * Content-Security-Policy helpers for the browser tests: what the built pages are, and a recorder
 * of every policy violation a page reports (the `securitypolicyviolation` event, installed before
 * any page script, and Chromium's console lines about the policy).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';

export const dist = join(process.cwd(), 'dist');

/** Every HTML file in dist/, as site paths (`/`, `/documents/x/`, `/404.html`). */
export function builtPages(dir = dist): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...builtPages(p));
    else if (e.name.endsWith('.html')) {
      const rel = relative(dist, p).split(sep).join('/');
      out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
    }
  }
  return out.sort();
}

export const builtHtml = (path: string): string =>
  readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** Starts recording; the returned list fills as pages in this context report violations. */
export async function recordViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('__cspViolation', ({ page }, text: string) => void seen.push(`${page?.url() ?? '?'}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${m.location().url}: console: ${m.text()}`);
  });
  return seen;
}
