// What a reader's browser downloads, per page type and theme: Debian's Chromium loads each page
// from a production server (compressed as served) and counts bytes by kind; then the same page
// with JavaScript off, to see it still shows its content.
import { chromium } from '@playwright/test';
import { startNext } from './support/next-server';
import { benchPorts } from './support/ports';
import { WEB_FONTS_STORAGE_KEY } from '@/components/web-fonts/shipped-fonts';
import { chromiumExecutable } from '../scripts/lib/chromium';

export const weighedPages: Record<string, string> = {
  home: '/',
  'long-form post': '/harbour-towns-sign-tidal-power-pact/',
  'category archive': '/category/news/',
  page: '/about/',
  search: '/?s=harbour',
  event: '/events/harbour-lights/',
};

export interface PageWeight {
  theme: string;
  page: string;
  htmlKb: number;
  cssKb: number;
  jsKb: number;
  otherKb: number;
  requests: number;
  worksWithoutJs: boolean;
}

const PORT = benchPorts.pageWeight;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function benchPageWeight(themes = ['show', 'paper', 'minimal']): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable('full'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const results: PageWeight[] = [];
  try {
    for (const theme of themes) {
      const server = await startNext(PORT, { PRESSFRONT_THEME: theme });
      try {
        for (const [page, url] of Object.entries(weighedPages)) {
          const context = await browser.newContext();
          const tab = await context.newPage();
          // Warm the server's caches first: the weight of a page does not depend on them.
          await fetch(`http://127.0.0.1:${PORT}${url}`).then((r) => r.arrayBuffer());
          const sizes = { html: 0, css: 0, js: 0, other: 0 };
          let requests = 0;
          const counting: Promise<void>[] = [];
          tab.on('requestfinished', (request) => {
            requests += 1;
            const type = request.resourceType();
            const kind =
              type === 'document'
                ? 'html'
                : type === 'stylesheet'
                  ? 'css'
                  : type === 'script'
                    ? 'js'
                    : 'other';
            counting.push(
              request.sizes().then(({ responseBodySize }) => {
                sizes[kind] += responseBodySize;
              }),
            );
          });
          await tab.goto(`http://127.0.0.1:${PORT}${url}`, { waitUntil: 'networkidle' });
          // The theme's fonts are fetched once the page is idle (components/web-fonts/shipped-fonts.ts), which on a
          // busy machine can come after the network has been quiet for a while: wait for them, so
          // that every page counts them (and the code that hydration loads).
          await tab.waitForFunction((key) => localStorage.getItem(key) !== null, WEB_FONTS_STORAGE_KEY, {
            timeout: 30_000,
          });
          await tab.waitForLoadState('networkidle');
          await Promise.all(counting);
          await context.close();

          const noJs = await browser.newContext({ javaScriptEnabled: false });
          const bare = await noJs.newPage();
          await bare.goto(`http://127.0.0.1:${PORT}${url}`);
          const heading =
            (await bare
              .locator('h1')
              .first()
              .textContent({ timeout: 5_000 })
              .catch(() => '')) ?? '';
          const words = ((await bare.locator('main').first().textContent()) ?? '').trim().split(/\s+/).length;
          await noJs.close();

          results.push({
            theme,
            page,
            htmlKb: kb(sizes.html),
            cssKb: kb(sizes.css),
            jsKb: kb(sizes.js),
            otherKb: kb(sizes.other),
            requests,
            // Its heading and its text are there without a line of script.
            worksWithoutJs: heading.trim().length > 0 && words > 20,
          });
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
