import { decodeTitle, expect, expectAccessible, test, WORDPRESS_URL, wpGet } from './fixtures';

// Every kind of WordPress URL, on the seeded site (permalinks /%postname%/), in every theme.

interface WpTitled {
  title: { rendered: string };
  link?: string;
}
const titles = (items: WpTitled[]) => items.map((p) => decodeTitle(p.title.rendered));

/** The status and Location of a path, without following redirects. */
async function head(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers().location ?? null };
}

test.describe('pages', () => {
  test('a child page lives under its parent, and its bare slug redirects there', async ({
    page,
    request,
  }) => {
    await page.goto('/about/masthead/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masthead');
    await expect(page.locator('main')).toContainText('Editor: Marta Quinn');
    expect(await head(request, '/masthead/')).toEqual({ status: 308, location: '/about/masthead/' });
    expect((await head(request, '/contact/masthead/')).status).toBe(308);
  });
});

test.describe('date archives', () => {
  test('a month lists what WordPress published that month, newest first', async ({ page }) => {
    const expected = titles(
      await wpGet<WpTitled[]>(
        '/wp/v2/posts?after=2026-10-31T23:59:59&before=2026-12-01T00:00:00&_fields=title',
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    await page.goto('/2026/11/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('November 2026');
    await expect(page.locator('main article h2')).toHaveText(expected);
    await expectAccessible(page);
  });

  test('a day and a year have their archives, and a year pages through', async ({ page, request }) => {
    await page.goto('/2026/11/20/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('November 20, 2026');
    await expect(page.locator('main article h2')).toContainText([/Harbour towns sign a tidal power pact/]);
    await page.goto('/2026/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2026');
    await page.getByRole('link', { name: /Older posts/ }).click();
    await expect(page).toHaveURL(/\/2026\/page\/2\/$/);
    await expect(page.locator('main article h2').first()).toBeVisible();
    for (const impossible of ['/2026/13/', '/2026/02/30/', '/2026/11/20/page/0/']) {
      expect((await head(request, impossible)).status, impossible).toBe(404);
    }
  });
});

test.describe('redirects to the canonical URL', () => {
  test('a renamed post’s old slug, and an attachment page', async ({ request }) => {
    expect(await head(request, '/ferry-timetable-goes-open/')).toEqual({
      status: 308,
      location: '/open-source-ferry-timetable/',
    });
    // A photo uploaded to a story: its attachment page leads to the story.
    expect(await head(request, '/harbour-at-dawn/')).toEqual({
      status: 308,
      location: '/harbour-towns-sign-tidal-power-pact/',
    });
    // A file uploaded to no post: to the file itself.
    const unattached = await head(request, '/harbour-at-high-tide/');
    expect(unattached.status).toBe(308);
    expect(unattached.location).toMatch(/\/wp-content\/uploads\/.+\/harbour-tide\.webm$/);
  });

  test('WordPress shortlinks (?p=, ?page_id=) lead to the permalink', async ({ request }) => {
    const [post] = await wpGet<{ id: number }[]>(
      '/wp/v2/posts?slug=harbour-towns-sign-tidal-power-pact&_fields=id',
    );
    const [about] = await wpGet<{ id: number }[]>('/wp/v2/pages?slug=about&_fields=id');
    expect(await head(request, `/?p=${post!.id}`)).toEqual({
      status: 308,
      location: '/harbour-towns-sign-tidal-power-pact/',
    });
    expect(await head(request, `/?page_id=${about!.id}`)).toEqual({ status: 308, location: '/about/' });
    expect((await head(request, '/?p=999999')).status).toBe(404);
  });
});

test.describe('search', () => {
  test('WordPress’s /search/{terms}/ gives the same results as /?s=, with the terms kept', async ({
    page,
  }) => {
    // WordPress's own search, in its order: posts, pages and the events plugin's type alike.
    const hits = await wpGet<{ title: string }[]>('/wp/v2/search?search=harbour&per_page=10&_fields=title');
    const expected = hits.map((hit) => decodeTitle(hit.title));
    await page.goto('/search/harbour/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “harbour”');
    await expect(page.getByRole('searchbox').last()).toHaveValue('harbour');
    await expect(page.locator('main article h2')).toHaveText(expected);
    await page.goto('/?s=harbour');
    await expect(page.locator('main article h2')).toHaveText(expected);
  });

  test('results page through, the terms kept on every page', async ({ page }) => {
    const response = await fetch(`${WORDPRESS_URL}/wp-json/wp/v2/search?search=the&per_page=10&_fields=id`);
    const total = Number(response.headers.get('x-wp-total'));
    expect(total).toBeGreaterThan(10);
    await page.goto('/?s=the');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(`${total} results`);
    await page.getByRole('link', { name: /Older posts/ }).click();
    await expect(page).toHaveURL(/\/page\/2\/\?s=the$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “the”');
    await expect(page.locator('main article h2')).toHaveCount(Math.min(10, total - 10));
  });

  test('an empty result says so', async ({ page }) => {
    await page.goto('/search/zzyzx+quorble/');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('0 results');
    await expect(page.locator('main')).toContainText('Nothing matched');
  });
});

test.describe('bad input', () => {
  test('answers with a 404 or a sane page, never a 500', async ({ request }) => {
    const notFound = [
      '/page/0/',
      '/page/abc/',
      '/page/999999/',
      '/category/news/page/0/',
      '/category/news/page/999/',
      '/no-such-post/',
      '/a/b/c/d/e/',
      `/${'x'.repeat(300)}/`,
      '/%E0%A4%A/',
      '/tag/%00/',
      '/author/nobody-at-all/',
      '/sitemaps/posts-9.xml',
      '/harbour-towns-sign-tidal-power-pact/comment-page-9/',
      // Under the events plugin's type and taxonomy (found in the content model).
      '/events/page/0/',
      '/events/page/abc/',
      '/events/page/99/',
      '/events/%E0%A4%A/',
      `/events/${'x'.repeat(300)}/`,
      '/events/harbour-lights/page/2/',
      '/events/harbour-lights/comment-page-2/',
      '/events/harbour-lights/feed/',
      '/venue/',
      '/venue/harbour-hall/page/99/',
      '/venue/no-such-venue/feed/',
      '/sitemaps/type-event-2.xml',
      '/sitemaps/type-no-such-type-1.xml',
    ];
    for (const path of notFound) {
      expect((await head(request, path)).status, path).toBe(404);
    }
    for (const path of ['/..%2f..%2fetc%2fpasswd/', '/search/..%2F..%2F/', '/?s=%00%FF']) {
      expect((await head(request, path)).status, path).toBeLessThan(500);
    }
  });

  test('search terms with markup are shown as text, and 10,000 characters are cut', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`/?s=${encodeURIComponent('<img src=x onerror=alert(1)><b>bold</b>')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Search results for “<img src=x onerror=alert(1)><b>bold</b>”',
    );
    await expect(page.locator('main b')).toHaveCount(0);
    const long = 'a'.repeat(10_000);
    const response = await page.goto(`/?s=${long}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Search results for “${'a'.repeat(200)}”`,
    );
    expect(dialogs).toBe(0);
  });
});

test.describe('around a post', () => {
  test('approved comments are threaded; held ones are not shown', async ({ page }) => {
    await page.goto('/harbour-towns-sign-tidal-power-pact/');
    const comments = page.locator('#comments');
    await expect(comments.getByRole('heading', { level: 2 })).toHaveText('4 comments');
    const ana = comments.locator('li', { hasText: 'Good to see the small harbours' }).first();
    // Marta's answer is a reply to Ana, and Ana's thanks a reply to Marta: two levels deep.
    await expect(ana.locator('ol li').first()).toContainText('The pact splits it');
    await expect(ana.locator('ol ol li')).toContainText('Thank you, that answers it.');
    await expect(comments).toContainText('Nobody asked them.');
    await expect(comments.locator('em')).toHaveText('Nobody');
    await expect(comments).not.toContainText('waits for moderation');
    await expectAccessible(page);
  });

  test('a long conversation pages by thread, at WordPress’s /comment-page-N/', async ({ page }) => {
    await page.goto('/why-we-still-print-a-paper/');
    const comments = page.locator('#comments');
    await expect(comments.getByRole('heading', { level: 2 })).toHaveText('23 comments');
    await expect(comments.locator('ol > li')).toHaveCount(20);
    await comments.getByRole('link', { name: 'Later comments' }).click();
    await expect(page).toHaveURL(/\/why-we-still-print-a-paper\/comment-page-2\/#comments$/);
    await expect(page.locator('#comments ol > li')).toHaveText([
      /Letter number 21/,
      /Letter number 22/,
      /Letter number 23/,
    ]);
  });

  test('older and newer posts, and more from the same section', async ({ page }) => {
    const [longForm] = await wpGet<{ date: string; id: number; categories: number[] }[]>(
      '/wp/v2/posts?slug=harbour-towns-sign-tidal-power-pact&_fields=id,date,categories',
    );
    const [older] = await wpGet<WpTitled[]>(
      `/wp/v2/posts?before=${longForm!.date}&per_page=1&exclude=${longForm!.id}&_fields=title`,
    );
    await page.goto('/harbour-towns-sign-tidal-power-pact/');
    const more = page.getByRole('navigation', { name: 'More posts' });
    await expect(more.getByRole('link', { name: /Older/ })).toContainText(decodeTitle(older!.title.rendered));
    await expect(page.getByRole('region', { name: 'Related' }).locator('article')).not.toHaveCount(0);
  });

  test('closed comments say so, with no form', async ({ page }) => {
    await page.goto('/harbour-festival-record-crowds/');
    await expect(page.locator('#comments')).toContainText('Comments are closed.');
    await expect(page.locator('#comments form')).toHaveCount(0);
  });
});

test.describe('archive headers', () => {
  test('an author’s archive shows their bio and avatar (initials when the site shows none)', async ({
    page,
  }) => {
    await page.goto('/author/tomas-ferreira/');
    const header = page.locator('main header').first();
    await expect(header.getByRole('heading', { level: 1 })).toHaveText('Tomás Ferreira');
    await expect(header.locator('[aria-hidden="true"]', { hasText: 'TF' })).toBeVisible();
  });
});
