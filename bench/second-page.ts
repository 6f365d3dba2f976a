// A reader's second page: from the home page to the long-form post, by clicking its link, in
// Chromium — Pressfront's documents (a full page load; the speculation rules would have it
// prerendered, but Chromium never prerenders while DevTools drives it, and Playwright is DevTools:
// what is timed here is the load without that head start), Pressfront with Next's full app (a
// client-side navigation), and WordPress's own PHP page. Time from the click to the post's first
// heading shown, median of RUNS, each on a page warmed by a first visit.
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../scripts/lib/chromium';

const RUNS = Number(process.env.BENCH_SECOND_PAGE_RUNS ?? '7');
export const SECOND_PAGE = '/harbour-towns-sign-tidal-power-pact/';

export interface SecondPageRow {
  site: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export async function secondPage(origin: string, site: string): Promise<SecondPageRow> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable('headless-shell'),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      const link = page.locator(`a[href$="${SECOND_PAGE}"]`).first();
      const before = await page.evaluate(() => document.title);
      const started = Date.now();
      await link.click();
      await page.waitForFunction(
        (title) => document.title !== title && document.querySelector('h1') !== null,
        before,
      );
      // The first run warms the servers' caches for this page: not counted.
      if (i > 0) times.push(Date.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return {
    site,
    medianMs: times[Math.floor(times.length / 2)] ?? NaN,
    minMs: times[0] ?? NaN,
    maxMs: times.at(-1) ?? NaN,
  };
}
