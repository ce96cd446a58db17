/**
 * node scripts/make-icons.ts — draws the installable app's PNG icons (public/icons/) from
 * public/favicon.svg with Chromium, so the icons never drift from the favicon. Run it after
 * changing the favicon and commit the PNGs.
 *
 * - icon-192.png, icon-512.png: the favicon as it is (purpose "any");
 * - maskable-512.png: the figure inside the safe zone on a full square of its own blue, since a
 *   phone may crop a maskable icon to a circle (purpose "maskable").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/chromium.ts';

const root = process.cwd();
const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const blue = /<rect[^>]*fill="(#[0-9a-f]{3,6})"/i.exec(svg)?.[1];
if (!blue) throw new Error('public/favicon.svg: no <rect fill="#…"> background to fill the maskable icon with');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, bg: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, bg: 'transparent' },
  { file: 'maskable-512.png', size: 512, inset: 0.15, bg: blue },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, inset, bg } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const pad = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;background:${bg}"><img src="${src}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: join(root, 'public/icons', file), omitBackground: bg === 'transparent' });
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
