// `npm run themes:fidelity`: how close the `site` theme comes to WordPress's own render of the same
// block-rich content (e2e/support/fidelity.ts measures: blocks paired by kind and text, their
// horizontal boxes, heights and computed styles), for docs/themes.md — its table printed here and a
// side-by-side picture written to docs/screenshots/fidelity/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { blocksIn, compareBlocks, fidelityRow } from '../../e2e/support/fidelity';

/** The block-rich content compared: the design page, the kitchen sink, the long-form story. */
export const fidelityPages = [
  { name: 'block design page', path: '/block-design/' },
  { name: 'kitchen sink (every core block)', path: '/kitchen-sink/' },
  { name: 'long-form story', path: '/harbour-towns-sign-tidal-power-pact/' },
];
/** Where WordPress's block themes (Twenty Twenty-Three to -Five) put a post's blocks. */
export const WORDPRESS_CONTENT = '.wp-block-post-content';
export const PRESSFRONT_CONTENT = '.pf-prose';

async function open(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'networkidle' });
}

/** The content's blocks, photographed: the box around them, with a margin, not the full-width container. */
async function contentShot(page: Page, container: string): Promise<Buffer> {
  const box = await page.evaluate((selector) => {
    // Top-level blocks; ours sit in display: contents runs (components/post-body.tsx), which have no box.
    const blocks = document.querySelectorAll(`${selector} > :not(.contents), ${selector} > .contents > *`);
    const rects = [...blocks].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    const top = Math.min(...rects.map((r) => r.top + window.scrollY));
    const bottom = Math.max(...rects.map((r) => r.bottom + window.scrollY));
    return {
      x: Math.max(0, left - 16),
      y: Math.max(0, top - 16),
      width: right - left + 32,
      height: bottom - top + 32,
    };
  }, container);
  return page.screenshot({ clip: box, fullPage: true });
}

export async function documentFidelity(browser: Browser, site: string, wordpressUrl: string, out: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const [ours, theirs] = [await context.newPage(), await context.newPage()];
  console.log(
    '| content | blocks paired | same column (x, width ±2 px) | same height (±2 px) | same styles |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const { name, path: pagePath } of fidelityPages) {
    await Promise.all([open(ours, `${site}${pagePath}`), open(theirs, `${wordpressUrl}${pagePath}`)]);
    const fidelity = compareBlocks(
      await blocksIn(theirs, WORDPRESS_CONTENT),
      await blocksIn(ours, PRESSFRONT_CONTENT),
    );
    console.log(fidelityRow(name, fidelity));
    if (process.env.FIDELITY_DETAILS === '1')
      for (const line of fidelity.differences) console.log(`    ${line}`);
  }
  // One picture: the design page's content, WordPress's render on the left, the site theme's on the right.
  await Promise.all([open(ours, `${site}/block-design/`), open(theirs, `${wordpressUrl}/block-design/`)]);
  const shots = await Promise.all([
    contentShot(theirs, WORDPRESS_CONTENT),
    contentShot(ours, PRESSFRONT_CONTENT),
  ]);
  const design = (await (await fetch(`${wordpressUrl}/wp-json/pressfront/v1/design`)).json()) as {
    wordpress: string;
    theme: { name: string };
  };
  const board = await context.newPage();
  await board.setViewportSize({ width: 1280, height: 100 });
  await board.setContent(
    `<body style="margin:0;display:flex;align-items:start;gap:16px;background:#888;padding:16px;font:14px sans-serif">` +
      shots
        .map(
          (png, i) =>
            `<figure style="margin:0;flex:1;background:#fff"><figcaption style="padding:4px 8px">${
              i === 0 ? `WordPress ${design.wordpress} (${design.theme.name})` : 'Pressfront, site theme'
            }</figcaption><img style="display:block;width:100%" src="data:image/png;base64,${png.toString('base64')}"></figure>`,
        )
        .join('') +
      '</body>',
  );
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'side-by-side.png');
  await board.screenshot({ path: file, fullPage: true });
  console.log(`  ${file}`);
  await context.close();
}
