import { expect, test } from './fixtures';
import { startServer, type RunningServer } from './support/server';
import { wordpressEnv, wpScript } from './support/wordpress-admin';

// The real thing, mid-suite: the project's own `wp.sh down` stops WordPress (PHP and MariaDB),
// pages seen before keep being served, a page never seen is a 503 that asks to come back, and
// after `wp.sh up` the site recovers by itself. Runs in the last project, alone.

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer(Number(process.env.PRESSFRONT_E2E_DOWN_PORT ?? '3118'), {
    ...wordpressEnv(),
    // Stale after a second, and kept pages too: what is served next comes from the data layer's
    // last good answers, not from a fresh copy.
    PRESSFRONT_REVALIDATE_SECONDS: '1',
    WORDPRESS_TIMEOUT_MS: '3000',
  });
});

test.afterAll(async () => {
  wpScript('up');
  await server?.stop();
});

test('wp:down mid-suite: seen pages still served, an unseen one is a 503, wp:up recovers by itself', async ({
  page,
  allowConsoleError,
}) => {
  test.setTimeout(120_000);
  allowConsoleError(/^HTTP (50[03]|404) /);
  allowConsoleError(/Minified React error #441/);
  // Its images come from WordPress's uploads, which are down too.
  allowConsoleError(/^failed http:\/\/127\.0\.0\.1:\d+\/wp-content\/uploads\/.*ERR_CONNECTION_REFUSED/);
  const seen = `${server.url}/popcorn-economics/`;
  // Never asked for by anyone (the suite's servers share one data cache): nothing to fall back on.
  const unseen = `${server.url}/a-story-nobody-asked-for-${Date.now()}/`;
  await page.goto(seen);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  expect(title).toMatch(/Popcorn economics/);

  wpScript('down');
  await page.waitForTimeout(1_500);
  for (let i = 0; i < 2; i++) {
    const again = await page.goto(seen);
    expect(again?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  }
  await page.goto(unseen);
  const calm = await page.goto(unseen);
  expect(calm?.status()).toBe(503);
  expect(Number(calm?.headers()['retry-after'])).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t show this page right now');

  wpScript('up');
  await expect
    .poll(
      async () => {
        const response = await page.goto(unseen);
        return response?.status();
      },
      { timeout: 30_000 },
    )
    .toBe(404);
  // WordPress answered: the path names nothing, so it is the themed 404, not the calm page.
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('We can’t show this page right now');
});
