import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The theme's web fonts (components/web-fonts/shipped-fonts.ts, styles/font-faces.css). A reader's first page paints
// in the sized local fallbacks and asks for no font before its load event; once idle it fetches the
// theme's fonts — the subsets its text needs and no other — and the next page uses them. So an
// English page fetches the latin files alone; a page with Polish or Greek letters those subsets too,
// so their words are in the theme's font later, not patched letter by letter from another. The files
// carry the weights the themes use (400–900); lighter text that a post asks for has a face of its
// own, fetched only then.
// The search page says back what was searched for: any script, without publishing anything.

const STORAGE_KEY = 'pf-fonts';

/** Records the web font files the page asks for, by the package's name (the build adds a hash). */
function recordFonts(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font')
      files.push((new URL(request.url()).pathname.split('/').pop() ?? '').replace(/\.[^.]+\.woff2$/, ''));
  });
  return files;
}

/** The first page: nothing asked for on the way to its load event, then the fetch once idle. */
async function firstVisit(page: Page, path: string): Promise<string[]> {
  const files = recordFonts(page);
  await page.goto(path);
  await expect(page.locator('html')).not.toHaveClass(/pf-font-/);
  // Once idle: the island asks for an idle callback with a 5-second deadline (a busy machine's page
  // may meet it), then the files load — more than the poll's default 5 seconds may pass.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), { timeout: 15_000 })
    .toBeTruthy();
  // The browser's own clock: every font asked for after the page's load event began.
  const early = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return performance
      .getEntriesByType('resource')
      .filter((entry) => /\.woff2$/.test(entry.name) && entry.startTime < (navigation?.loadEventStart ?? 0))
      .map((entry) => entry.name);
  });
  expect(early, 'fonts asked for before the load event').toEqual([]);
  return files;
}

/** The first family of the page's body text and its main heading, as the browser resolved them. */
const fontsInUse = (page: Page) =>
  page.evaluate(() =>
    [document.body, document.querySelector('h1')].map((element) =>
      (element ? getComputedStyle(element).fontFamily : '').split(',')[0]?.replace(/"/g, '').trim(),
    ),
  );
const WEB_FONTS = /^(Inter Variable|Source Serif 4 Variable)$/;

test('an English page paints without fonts, fetches the latin subsets when idle, and the next page uses them', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(/^failed .*\/_next\/static\/.*net::ERR_FAILED$/); // the scripts blocked on purpose, last
  const loaded = await firstVisit(page, '/harbour-towns-sign-tidal-power-pact/');
  // Inter cut to the themes' weights; Source Serif as its package has it (its licence reserves the
  // name "Source" for unmodified files: scripts/fonts/faces.ts).
  expect(loaded).toContain('inter-latin-wght-400-900-normal');
  expect(loaded).toContain('source-serif-4-latin-wght-normal');
  expect(loaded).toContain('source-serif-4-latin-wght-italic');
  // Latin alone, and not Inter's light weights (the package's whole file).
  for (const file of loaded) expect(file).toMatch(/-latin-wght-(400-900-)?(normal|italic)$/);
  expect(loaded).not.toContain('inter-latin-wght-normal');
  // This page keeps the fallbacks it painted with: nothing on it moves.
  await expect(page.locator('html')).not.toHaveClass(/pf-font-/);
  for (const family of await fontsInUse(page)) expect(family).toMatch(/ fallback: /);

  // A click to the next page: the fonts are used from there on.
  await page.locator('header a[href="/"]').first().click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('html')).toHaveClass(/pf-font-/);
  for (const family of await fontsInUse(page)) expect(family).toMatch(WEB_FONTS);
  // …and drawn in them: the faces are in this document, loaded.
  expect(
    await page.evaluate(() =>
      [...document.fonts].some((f) => /Variable/.test(f.family) && f.status === 'loaded'),
    ),
  ).toBe(true);

  // A new visit: the head script puts them to use before the first paint, with scripts blocked.
  await page.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
  await page.goto('/category/news/');
  await expect(page.locator('html')).toHaveClass(/pf-font-inter/);
  for (const family of await fontsInUse(page)) expect(family).toMatch(WEB_FONTS);
});

test('Polish and Greek text fetches the latin-ext and Greek subsets too', async ({ page }) => {
  const words = 'Zażółć gęślą jaźń Ελληνικά';
  const loaded = await firstVisit(page, `/?s=${encodeURIComponent(words)}`);
  await expect(page.getByRole('searchbox').last()).toHaveValue(words);
  expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/-latin-ext-wght-/)]));
  expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/-greek-wght-/)]));
  // Nothing the text does not use: no Cyrillic, no Vietnamese.
  for (const file of loaded) expect(file).not.toMatch(/cyrillic|vietnamese/);
});

test('light text a post asks for gets its own face, fetched only then', async ({ page }) => {
  const loaded = recordFonts(page);
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  const inter = () => loaded.filter((file) => file.startsWith('inter-'));
  expect(inter().filter((file) => !/-wght-400-900-/.test(file))).toEqual([]);
  // What the sanitizer lets a post say (lib/content/css-allowlist.ts): `font-weight: 300`.
  const faces = await page.evaluate(async () => {
    const loadedFaces = await document.fonts.load('normal 300 16px "Inter Variable"', 'Light text');
    return loadedFaces.map((face) => face.weight);
  });
  expect(faces).toEqual(['100 399']);
  await expect
    .poll(() => inter().filter((file) => !/-wght-400-900-/.test(file)))
    .toEqual([
      'inter-latin-wght-normal', // the package's whole-axis file
    ]);
});
