import { expect, test } from './fixtures';
import { startServer, type RunningServer } from './support/server';
import { wordpressEnv, wpAdmin, wpScript } from './support/wordpress-admin';

// Publish to visible through the companion plugin's signed revalidation, with nothing else to
// help: this server keeps WordPress answers for an hour, so only the plugin's message can refresh
// them. Runs in the last project, alone (it edits content others read), then restores the seed.

const SECRET = 'e2e-revalidate-secret-0123456789abcdef';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer(Number(process.env.PRESSFRONT_E2E_FRESH_PORT ?? '3115'), {
    ...wordpressEnv(),
    PRESSFRONT_REVALIDATE_SECONDS: '3600',
    PRESSFRONT_REVALIDATE_SECRET: SECRET,
  });
  wpScript('option', 'pressfront_bridge_frontends', server.url);
  wpScript('option', 'pressfront_bridge_secret', SECRET);
});

test.afterAll(async () => {
  await server.stop();
  wpScript('reset');
});

/** Milliseconds until `check` holds, polling every 100 ms; fails after 5 s. */
async function timeUntil(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  await expect.poll(check, { timeout: 5_000, intervals: [100] }).toBe(true);
  return Date.now() - started;
}

test('an edited title is on the site within 5 s, with no restart', async ({ page }) => {
  const [post] = await wpAdmin<{ id: number }[]>('GET', '/wp/v2/posts?slug=river-dredging-plan&_fields=id');
  const url = `${server.url}/river-dredging-plan/`;
  await page.goto(url);
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  // Cached: a second view within the hour shows the same.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before ?? '');

  const title = `Dredging plan approved after a long night (${Date.now()})`;
  await wpAdmin('POST', `/wp/v2/posts/${post!.id}`, { title });
  const delay = await timeUntil(async () => {
    await page.goto(url);
    return (await page.getByRole('heading', { level: 1 }).textContent()) === title;
  });
  console.log(`[freshness] publish-to-visible: ${delay} ms`);
  // Listings hold it too (the post is older than the front page's ten): search finds the new title.
  await page.goto(`${server.url}/?s=dredging`);
  await expect(page.locator('main article h2', { hasText: title })).toBeVisible();
});

test('a trashed post is a 404 within 5 s', async ({ request }) => {
  const [post] = await wpAdmin<{ id: number }[]>(
    'GET',
    '/wp/v2/posts?slug=school-gardens-feed-lunch&_fields=id',
  );
  const url = `${server.url}/school-gardens-feed-lunch/`;
  expect((await request.get(url)).status()).toBe(200);
  await wpAdmin('DELETE', `/wp/v2/posts/${post!.id}`);
  await timeUntil(async () => (await request.get(url, { maxRedirects: 0 })).status() === 404);
});

test('a changed menu shows within 5 s', async ({ page }) => {
  const locations = await wpAdmin<Record<string, { menu: number }>>('GET', '/wp/v2/menu-locations');
  await page.goto(`${server.url}/`);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Letters' })).toHaveCount(0);
  await wpAdmin('POST', '/wp/v2/menu-items', {
    title: 'Letters',
    url: `${wordpressEnv().WORDPRESS_URL}/why-we-still-print-a-paper/`,
    menus: locations.primary!.menu,
    status: 'publish',
    menu_order: 99,
  });
  await timeUntil(async () => {
    await page.goto(`${server.url}/`);
    return (await nav.getByRole('link', { name: 'Letters' }).count()) === 1;
  });
  await expect(nav.getByRole('link', { name: 'Letters' })).toHaveAttribute(
    'href',
    '/why-we-still-print-a-paper/',
  );
});
