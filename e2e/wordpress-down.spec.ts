import { expect, test, WORDPRESS_URL } from './fixtures';
import { e2ePorts } from './support/ports';
import { startServerPerTheme, type RunningServer } from './support/server';
import { installedThemes } from './support/themes';
import { wordpressEnv, wpScript } from './support/wordpress-admin';

// The real thing, mid-suite: the project's own `wp.sh down` stops WordPress (PHP and MariaDB),
// and in every installed theme pages seen before keep being served, a page never seen is a 503
// that asks to come back, and after `wp.sh up` the site recovers by itself. Runs in the last
// project, alone.

const CALM = 'We can’t show this page right now';
const portFor = (i: number) => e2ePorts.perTheme('wordpressDown', i);
const themes = installedThemes();

let servers: RunningServer[] = [];

test.beforeAll(async () => {
  const env = {
    ...wordpressEnv(),
    // Stale after a second, and kept pages too: what is served next comes from the data layer's
    // last good answers, not from a fresh copy.
    PRESSFRONT_DATA_CACHE_SECONDS: '1',
    WORDPRESS_TIMEOUT_MS: '3000',
  };
  servers = await startServerPerTheme(portFor, env);
});

test.afterAll(async () => {
  wpScript('up');
  await Promise.all(servers.map((server) => server.stop()));
});

test('wp:down mid-suite: seen pages still served, an unseen one is a 503, wp:up recovers by itself', async ({
  page,
  allowConsoleError,
}) => {
  test.setTimeout(180_000);
  allowConsoleError(/^HTTP (50[03]|404) /);
  allowConsoleError(/Minified React error #441/);
  // Its images come from WordPress's uploads, which are down too.
  allowConsoleError(/^failed http:\/\/127\.0\.0\.1:\d+\/wp-content\/uploads\/.*ERR_CONNECTION_REFUSED/);
  // Never asked for by anyone (the suite's servers share one data cache): nothing to fall back on.
  const unseenPath = `/a-story-nobody-asked-for-${Date.now()}/`;
  let title = '';
  for (const [i, server] of servers.entries()) {
    await page.goto(`${server.url}/popcorn-economics/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', themes[i] ?? '');
    title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(title).toMatch(/Popcorn economics/);
  }

  const marks = servers.map((server) => server.output().length);
  wpScript('down');
  // The page's answers go stale a second after they were fetched: readers keep asking for it until
  // each server has gone back to WordPress and found it down — its fetch refused, which its log
  // says — so what it serves from then on can only be what it kept.
  const refused = `ECONNREFUSED ${new URL(WORDPRESS_URL).host}`;
  for (const [i, server] of servers.entries()) {
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/popcorn-economics/`);
          return server.output().slice(marks[i]).includes(refused);
        },
        { timeout: 20_000, message: `${themes[i]}: the server never went back to WordPress` },
      )
      .toBe(true);
  }
  for (const [i, server] of servers.entries()) {
    await test.step(`${themes[i]} theme, WordPress down`, async () => {
      for (let n = 0; n < 2; n++) {
        const again = await page.goto(`${server.url}/popcorn-economics/`);
        expect(again?.status()).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      }
      await page.goto(`${server.url}${unseenPath}`);
      const calm = await page.goto(`${server.url}${unseenPath}`);
      expect(calm?.status()).toBe(503);
      expect(Number(calm?.headers()['retry-after'])).toBeGreaterThan(0);
      await expect(page.locator('html')).toHaveAttribute('data-theme', themes[i] ?? '');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(CALM);
    });
  }

  wpScript('up');
  for (const [i, server] of servers.entries()) {
    await test.step(`${themes[i]} theme, WordPress back`, async () => {
      await expect
        .poll(async () => (await page.goto(`${server.url}${unseenPath}`))?.status(), { timeout: 30_000 })
        .toBe(404);
      // WordPress answered: the path names nothing, so it is the themed 404, not the calm page.
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(CALM);
    });
  }
});
