import { expect, test } from './fixtures';

for (const path of [
  '/no-such-story/',
  '/page/99/',
  '/page/abc/',
  '/page/1/',
  `/${'x'.repeat(300)}/`,
  // Archives: a child category at the top level, a category, a page and an author that do not exist,
  // and an author path with more in it than a name.
  '/category/climate/',
  '/category/no-such/',
  '/tag/space/page/9/',
  '/author/nobody/',
  '/author/a/b/',
]) {
  test(`${path.slice(0, 40)} is a themed 404`, async ({ page, allowConsoleError }) => {
    // The document itself answers 404, as it must; nothing else on the page may fail.
    allowConsoleError(/^HTTP 404 /);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('banner')).toContainText('Pressfront Daily');
    await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });
}
// The 404 page's accessibility, in every theme and both schemes, is conformance.spec.ts's.
