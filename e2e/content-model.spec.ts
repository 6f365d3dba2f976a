import { eventsSeeded as seeded, venues } from '../backend/content/events';
import { expect, expectAccessible, test } from './fixtures';
import { wpAdmin } from './support/wordpress-admin';

// A plugin's post type and taxonomy (the local must-use plugin's `event` and `event-venue`, seeded
// by backend/content/seed-events.ts), reached as WordPress serves them, in every theme. Pressfront's
// code names neither: it routes what the site's content model says.

test('an event is a page of its own: title, body, photo, and its venue linked under the taxonomy’s name', async ({
  page,
}) => {
  const response = await page.goto(`/events/${seeded.newest.slug}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seeded.newest.title);
  await expect(page.getByRole('article')).toContainText(seeded.searchWord);
  // Its custom field is carried to the themes (post.meta), and shown by none that does not ask.
  await expect(page.getByRole('main')).not.toContainText(seeded.newest.starts);
  await expect(page.getByRole('article').getByRole('img').first()).toBeVisible();
  const venue = page.getByRole('article').getByRole('definition').getByRole('link', { name: 'Harbour Hall' });
  await expect(page.getByRole('article').getByRole('term')).toHaveText(['Venue']);
  await venue.click();
  await expect(page).toHaveURL(/\/venue\/harbour-hall\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Hall');
  await expect(page.getByText('Venue', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(venues[0]?.description ?? '')).toBeVisible();
  await expectAccessible(page);
});

test('the events archive lists the newest first, ten a page, and the oldest on page 2', async ({ page }) => {
  await page.goto('/events/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(10);
  await expect(titles.first()).toHaveText(seeded.newest.title);
  await expect(page).toHaveTitle(/^Events\b/);
  await expectAccessible(page);
  await page.goto('/events/page/2/');
  await expect(titles).toHaveText([seeded.oldest.title]);
  await page.getByRole('main').getByRole('link', { name: seeded.oldest.title }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${seeded.oldest.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seeded.oldest.title);
});

test('a venue’s archive lists its events only', async ({ page }) => {
  await page.goto('/venue/old-market/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Old Market');
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(5);
  await expect(titles).not.toContainText([seeded.newest.title]);
});

test('search finds an event by the words of its body, beside posts and pages', async ({ page }) => {
  await page.goto(`/search/${seeded.searchWord}/`);
  await expect(page.getByRole('main').getByRole('link', { name: seeded.newest.title })).toHaveAttribute(
    'href',
    `/events/${seeded.newest.slug}/`,
  );
  await page.goto('/search/harbour/');
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.startsWith('/events/'))).toBe(true);
  expect(hrefs.some((href) => !href.startsWith('/events/'))).toBe(true);
});

test('drafts, private events and a type visitors cannot see are 404s, as in WordPress', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(/HTTP 404/);
  for (const slug of [seeded.draft.slug, seeded.privately.slug, 'no-such-event']) {
    const response = await page.goto(`/events/${slug}/`);
    expect(response?.status(), slug).toBe(404);
  }
  // A type in REST for the editor but not public: never routed, searched or listed, whatever its slug.
  const memo = await wpAdmin<{ id: number; slug: string }>('POST', '/wp/v2/internal-memo', {
    title: 'Quarterly figures',
    status: 'publish',
    content: 'Not for readers.',
  });
  try {
    for (const path of [`/internal-memo/${memo.slug}/`, `/${memo.slug}/`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto('/search/quarterly/');
    await expect(page.getByRole('main')).not.toContainText('Quarterly figures');
    const index = await (await page.request.get('/sitemap.xml')).text();
    expect(index).not.toContain('internal-memo');
  } finally {
    await wpAdmin('DELETE', `/wp/v2/internal-memo/${memo.id}?force=true`);
  }
});

test('the events feed, the venue’s feed and the sitemap list the events', async ({ request }) => {
  const feed = await request.get('/events/feed/');
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const items = (await feed.text()).match(/<item>/g) ?? [];
  expect(items).toHaveLength(10);
  expect(await feed.text()).toContain(`<title>${seeded.newest.title}</title>`);
  const venueFeed = await (await request.get(`/venue/${seeded.newest.venue}/feed/`)).text();
  expect(venueFeed).toContain(`/events/${seeded.newest.slug}/</link>`);
  expect(venueFeed).not.toContain('Night market opening');

  const index = await (await request.get('/sitemap.xml')).text();
  const file = /<loc>([^<]*\/sitemaps\/type-event-1\.xml)<\/loc>/.exec(index)?.[1];
  expect(file, 'the sitemap index names the events’ file').toBeTruthy();
  const events = await (await request.get(new URL(file ?? '').pathname)).text();
  expect(events.match(/<loc>/g)).toHaveLength(seeded.count);
  expect(events).toContain(`/events/${seeded.newest.slug}/</loc>`);
  expect(events).not.toContain(seeded.draft.slug);
  const venuesFile = await (await request.get('/sitemaps/taxonomy-event-venue-1.xml')).text();
  expect(venuesFile).toContain('/venue/harbour-hall/</loc>');
});

interface RestType {
  slug: string;
  rest_base: string;
  rest_namespace?: string;
  viewable?: boolean;
}
interface RestItem {
  link: string;
  title?: { rendered: string };
  content?: { rendered: string; protected?: boolean };
}

test('every published item of every public type the REST API lists renders with its title and words', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // WordPress says which types visitors can see (`viewable`) to an editor only.
  const types = Object.values(
    await wpAdmin<Record<string, RestType>>('GET', '/wp/v2/types?context=edit'),
  ).filter(
    // Media are files: their addresses lead to the file or to the post it belongs to (urls.spec.ts).
    (type) => type.viewable && type.slug !== 'attachment',
  );
  expect(types.map((type) => type.slug)).toEqual(expect.arrayContaining(['post', 'page', 'event']));
  const items: RestItem[] = [];
  for (const type of types) {
    const route = `/${type.rest_namespace ?? 'wp/v2'}/${type.rest_base}?status=publish&per_page=100&_fields=link,title,content`;
    items.push(...(await wpAdmin<RestItem[]>('GET', route)));
  }
  expect(items.length).toBeGreaterThan(seeded.count);
  for (const item of items) {
    const { pathname } = new URL(item.link);
    // The document is what is checked: its images, fonts and media need not load first.
    const response = await page.goto(pathname, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), pathname).toBe(200);
    // WordPress's title and the body's longest paragraph, as text.
    const { title, words } = await page.evaluate(
      ([titleHtml, contentHtml]) => {
        // An inert document: nothing in it loads or runs.
        const text = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;
        const paragraphs = [...text(contentHtml).querySelectorAll('p')].map((p) =>
          (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        return {
          title: (text(titleHtml).textContent ?? '').trim(),
          words: paragraphs.sort((a, b) => b.length - a.length)[0] ?? '',
        };
      },
      [item.title?.rendered ?? '', item.content?.protected ? '' : (item.content?.rendered ?? '')] as const,
    );
    if (title) await expect(page.getByRole('heading', { level: 1 }), pathname).toHaveText(title);
    if (words) await expect(page.getByRole('main'), pathname).toContainText(words);
  }
});
