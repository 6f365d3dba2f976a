import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The theme's fonts by script (styles/font-faces.css): a page downloads the subsets its text needs
// and no other — an English page the latin files alone; a page with Polish or Greek letters those
// subsets too, so its words are in the theme's font, not patched letter by letter from another.
// The search page says back what was searched for: any script, without publishing anything.

/** The web font files the page downloaded, by the package's name (the build adds a hash after it). */
async function fontsLoaded(page: Page, path: string): Promise<string[]> {
  const files: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') files.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  return files.map((file) => file.replace(/\.[^.]+\.woff2$/, ''));
}

test('an English page loads only the latin subsets of the theme’s fonts', async ({ page }) => {
  const loaded = await fontsLoaded(page, '/harbour-towns-sign-tidal-power-pact/');
  expect(loaded).toContain('inter-latin-wght-normal');
  expect(loaded).toContain('source-serif-4-latin-wght-normal');
  for (const file of loaded) expect(file).toMatch(/-latin-wght-(normal|italic)$/);
});

test('Polish and Greek text loads the latin-ext and Greek subsets too', async ({ page }) => {
  const words = 'Zażółć gęślą jaźń Ελληνικά';
  const loaded = await fontsLoaded(page, `/?s=${encodeURIComponent(words)}`);
  await expect(page.getByRole('searchbox').last()).toHaveValue(words);
  expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/-latin-ext-wght-/)]));
  expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/-greek-wght-/)]));
  // Nothing the text does not use: no Cyrillic, no Vietnamese.
  for (const file of loaded) expect(file).not.toMatch(/cyrillic|vietnamese/);
});
