import { expect, test } from './fixtures';
import { e2ePorts } from './support/ports';
import { startServerPerTheme, type RunningServer } from './support/server';
import { installedThemes } from './support/themes';
import { wordpressEnv, wpAdmin, wpScript } from './support/wordpress-admin';
import { signBody } from '../lib/revalidate/signature';

// Publish to visible through the companion plugin's signed revalidation, with nothing else to
// help: this server keeps WordPress answers for an hour, so only the plugin's message can refresh
// them. Runs in the last project, alone (it edits content others read), then restores the seed.

const SECRET = 'e2e-revalidate-secret-0123456789abcdef';
const themes = installedThemes();

let server: RunningServer;
// The same, in the other themes: one publish, every frontend the plugin knows is told.
let others: RunningServer[] = [];

test.beforeAll(async () => {
  const env = {
    ...wordpressEnv(),
    PRESSFRONT_REVALIDATE_SECONDS: '3600',
    // Rendered pages kept for the hour too: only the plugin's message can make them go.
    PRESSFRONT_PAGE_CACHE_SECONDS: '3600',
    PRESSFRONT_REVALIDATE_SECRET: SECRET,
  };
  const all = await startServerPerTheme((i) => e2ePorts.perTheme('freshness', i), env);
  [server, ...others] = all as [RunningServer, ...RunningServer[]];
  wpScript('option', 'pressfront_bridge_frontends', [server, ...others].map((s) => s.url).join(' '));
  wpScript('option', 'pressfront_bridge_secret', SECRET);
});

test.afterAll(async () => {
  await Promise.all([server, ...others].map((s) => s.stop()));
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
  // Every theme's server has the page cached before the edit.
  for (const other of others) {
    await page.goto(`${other.url}/river-dredging-plan/`);
    await page.reload();
  }
  await page.goto(url);
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  // Cached: a second view within the hour is the kept page, not a new render.
  const again = await page.reload();
  expect(again?.headers()['x-pressfront-cache']).toBe('hit');
  // A client-side navigation's request for the same URL is its React payload, never the kept HTML.
  const payload = await page.request.get(url, { headers: { RSC: '1' } });
  expect(payload.headers()['content-type']).toMatch(/^text\/x-component/);
  expect(payload.headers()['x-pressfront-cache']).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before ?? '');

  const title = `Dredging plan approved after a long night (${Date.now()})`;
  await wpAdmin('POST', `/wp/v2/posts/${post!.id}`, { title });
  const delay = await timeUntil(async () => {
    await page.goto(url);
    return (await page.getByRole('heading', { level: 1 }).textContent()) === title;
  });
  const delays = [delay];
  for (const other of others) {
    delays.push(
      await timeUntil(async () => {
        await page.goto(`${other.url}/river-dredging-plan/`);
        return (await page.getByRole('heading', { level: 1 }).textContent()) === title;
      }),
    );
  }
  console.log(
    `[freshness] publish-to-visible: ${delay} ms (${themes[0]}); then ${themes.slice(1).join(', ')}: ${delays.slice(1).join(', ')} ms more`,
  );
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

test('/api/revalidate/ refuses what the plugin did not send: forged, stale, replayed, too large, malformed', async ({
  request,
}) => {
  const endpoint = `${server.url}/api/revalidate/`;
  const send = (body: string, { at = Math.floor(Date.now() / 1000), secret = SECRET } = {}) =>
    request.post(endpoint, {
      // Bytes, not a string: Playwright would re-encode a string that is not valid JSON.
      data: Buffer.from(body),
      headers: {
        'content-type': 'application/json',
        'x-pressfront-timestamp': String(at),
        'x-pressfront-signature': signBody(body, at, secret),
      },
    });
  const body = JSON.stringify({ tags: ['posts'], event: `e2e-${Date.now()}` });
  expect((await send(body, { secret: 'another-secret-of-enough-length-0123456789' })).status()).toBe(401);
  expect((await send(body, { at: Math.floor(Date.now() / 1000) - 600 })).status()).toBe(401);
  // The same signed request twice: the second is a replay.
  const at = Math.floor(Date.now() / 1000);
  const first = await send(body, { at });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ revalidated: ['posts'] });
  const replayed = await send(body, { at });
  expect(replayed.status()).toBe(401);
  expect(await replayed.json()).toEqual({ error: 'signature replayed' });
  expect((await send(JSON.stringify({ tags: ['x'.repeat(70_000)] }))).status()).toBe(413);
  expect((await send('{"tags": [')).status()).toBe(400);
  expect((await send(JSON.stringify({ tags: ['rm -rf /'] }))).status()).toBe(400);
  expect((await request.post(endpoint, { data: body })).status()).toBe(401);
});
