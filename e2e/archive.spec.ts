import { decodeTitle, expect, expectAccessible, test, wpGet } from './fixtures';

interface WpItem {
  id: number;
  title: { rendered: string };
}

const titles = (items: WpItem[]) => items.map((p) => decodeTitle(p.title.rendered));

test.describe('archives linked from posts', () => {
  test('a nested category lists its posts, as WordPress does', async ({ page }) => {
    const [climate] = await wpGet<WpItem[]>('/wp/v2/categories?slug=climate&_fields=id');
    const expected = titles(
      await wpGet<WpItem[]>(`/wp/v2/posts?categories=${climate!.id}&per_page=10&_fields=title`),
    );
    expect(expected.length).toBeGreaterThan(0);

    await page.goto('/harbour-towns-sign-tidal-power-pact/');
    await page.locator('article header').getByRole('link', { name: 'Climate' }).click();
    await expect(page).toHaveURL(/\/category\/science\/climate\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Climate');
    await expect(page.locator('main header')).toContainText('Weather, energy and a warming planet.');
    await expect(page.locator('main article h2')).toHaveText(expected);
    await expectAccessible(page);
  });

  test('an author archive shows the bio and paginates', async ({ page }) => {
    const [marta] = await wpGet<WpItem[]>('/wp/v2/users?slug=marta-quinn&_fields=id');
    const expected = titles(
      await wpGet<WpItem[]>(`/wp/v2/posts?author=${marta!.id}&per_page=10&page=2&_fields=title`),
    );

    await page.goto('/author/marta-quinn/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marta Quinn');
    await expect(page.locator('main header')).toContainText('covers cities, energy');
    await page.getByRole('link', { name: /Older posts/ }).click();
    await expect(page).toHaveURL(/\/author\/marta-quinn\/page\/2\/$/);
    await expect(page.locator('main article h2')).toHaveText(expected);
  });

  test('a tag archive lists its posts', async ({ page }) => {
    const [space] = await wpGet<WpItem[]>('/wp/v2/tags?slug=space&_fields=id');
    const expected = titles(await wpGet<WpItem[]>(`/wp/v2/posts?tags=${space!.id}&_fields=title`));
    await page.goto('/tag/space/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Space');
    await expect(page.locator('main article h2')).toHaveText(expected);
  });

  // Archive addresses that name nothing are 404s: not-found.spec.ts (routing, once).
});
