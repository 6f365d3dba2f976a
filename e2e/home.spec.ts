import { decodeTitle, expect, test, wpGet } from './fixtures';

interface WpListItem {
  title: { rendered: string };
  sticky: boolean;
}

const latest = (page: number) =>
  wpGet<WpListItem[]>(`/wp/v2/posts?sticky=false&per_page=10&page=${page}&_fields=title,sticky`);

test.describe('home', () => {
  test('lists the sticky post first, then the latest posts in WordPress’s order', async ({ page }) => {
    const [sticky, newest] = await Promise.all([
      wpGet<WpListItem[]>('/wp/v2/posts?sticky=true&_fields=title,sticky'),
      latest(1),
    ]);
    expect(sticky).toHaveLength(1);
    const expected = [...sticky, ...newest].map((p) => decodeTitle(p.title.rendered));

    await page.goto('/');
    // WordPress titles its front page "Site – Tagline".
    await expect(page).toHaveTitle(
      'Pressfront Daily – Independent news, slow journalism and the occasional 🍿',
    );
    const titles = await page.locator('main article h2').allTextContents();
    expect(titles).toEqual(expected);
    expect(titles[0]).toBe('Welcome to Pressfront Daily: slow news, told well');
    // The sticky post is marked as such; no other is.
    await expect(page.locator('main article').first().locator('[data-sticky]')).toHaveText('Featured');
    await expect(page.locator('main [data-sticky]')).toHaveCount(1);
    // Accessibility of this page, in both schemes, is conformance.spec.ts's (axe once per state).
  });

  test('paginates at ten posts a page, like WordPress', async ({ page }) => {
    const total = Number(
      (
        await fetch(
          `http://127.0.0.1:${process.env.PRESSFRONT_WP_PORT ?? '8790'}/wp-json/wp/v2/posts?sticky=false&per_page=10`,
        )
      ).headers.get('x-wp-totalpages'),
    );
    expect(total).toBe(3);

    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: /Older posts/ })
      .click();
    await expect(page).toHaveURL(/\/page\/2\/$/);
    const page2 = (await latest(2)).map((p) => decodeTitle(p.title.rendered));
    await expect(page.locator('main article h2')).toHaveText(page2);

    await page.goto('/page/3/');
    const page3 = (await latest(3)).map((p) => decodeTitle(p.title.rendered));
    await expect(page.locator('main article h2')).toHaveText(page3);
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.getByRole('link', { name: /Older posts/ })).toHaveCount(0);
    await expect(pagination.getByRole('link', { name: /Newer posts/ })).toHaveAttribute('href', '/page/2/');
    await expect(pagination).toContainText('Page 3 of 3');
  });

  test('the sticky post is not repeated on later pages', async ({ page }) => {
    for (const n of [2, 3]) {
      await page.goto(`/page/${n}/`);
      await expect(page.getByRole('heading', { name: /Welcome to Pressfront Daily/ })).toHaveCount(0);
    }
  });
});
