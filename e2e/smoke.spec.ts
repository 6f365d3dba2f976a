import type { Page } from '@playwright/test';
import { en } from '../lib/i18n/messages/en';
import { decodeTitle, expect, test } from './fixtures';
import { linkIn, waitForMail } from './support/mailbox';
import { e2ePorts } from './support/ports';
import { startServer, type RunningServer } from './support/server';
import { installedThemes } from './support/themes';
import {
  adminPassword,
  logInToWordPress,
  wordpressEnv,
  wpAdmin,
  wpScript,
  wpSubscribers,
} from './support/wordpress-admin';

// What a developer's first run must show works, on either embedded WordPress: the seeded site
// read, browsed and searched; the owner's theme switched in wp-admin and an editor's edit, both
// reaching the site; a reader's sign-up confirmed through the captured mail. It runs alone
// (PRESSFRONT_E2E_SMOKE=1): on WordPress Playground, by scripts/test-portable.sh as a user without
// root and by `npm test` on a machine that gets Playground; on the native backend each of its
// checks is a spec's of its own (post, archive, urls, theme-activation, freshness, subscribe).
// One frontend of its own, following WordPress's theme and told of changes by the plugin.
//
// Playground answers a REST request in ~0.5–1 s where the native WordPress takes ~40 ms, and a page
// WordPress has not been asked for yet costs several: the waits here are a page's, not a second's
// (the native specs hold the second: theme-activation, freshness).

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const POST = '/harbour-towns-sign-tidal-power-pact/';
const REACHES_SITE = { timeout: 60_000, intervals: [250, 500, 1_000] };
const [defaultTheme = 'show', otherTheme = 'paper'] = installedThemes();

let site: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await startServer(e2ePorts.single('smoke'), {
    ...wordpressEnv(),
    // WordPress's choice of theme, kept until the plugin says it changed: as a deployed site.
    PRESSFRONT_THEME: '',
    PRESSFRONT_DATA_CACHE_SECONDS: '3600',
  });
  wpScript('option', 'pressfront_bridge_frontends', site.url);
});

test.afterAll(async () => {
  await site?.stop();
  wpScript('reset');
});

const themeOf = async (page: Page, url: string) => {
  await page.goto(url);
  return page.locator('html').getAttribute('data-theme');
};

test('a post shows its photos with their captions', async ({ page }) => {
  await page.goto(`${site.url}${POST}`);
  await expect(page.locator('article header').getByRole('heading', { level: 1 })).toHaveText(
    'Harbour towns sign a tidal power pact, pledging to keep each other’s lights on',
  );
  const figures = page.locator('.pf-prose figure.wp-block-image');
  await expect(figures).toHaveCount(2);
  for (const [i, caption] of [
    'Dawn over the harbour at Porto Alto, where the tidal turbines will be moored from next spring.',
    'Residents gather in the old market square on the evening the pact was announced.',
  ].entries()) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('figcaption')).toHaveText(caption);
    // The image itself came from WordPress's uploads, through the site.
    await expect
      .poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
});

test('an archive lists what WordPress lists', async ({ page }) => {
  const [climate] = await wpAdmin<{ id: number }[]>('GET', '/wp/v2/categories?slug=climate&_fields=id');
  const posts = await wpAdmin<{ title: { rendered: string } }[]>(
    'GET',
    `/wp/v2/posts?categories=${climate!.id}&per_page=10&_fields=title`,
  );
  expect(posts.length).toBeGreaterThan(0);
  await page.goto(`${site.url}/category/science/climate/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Climate');
  await expect(page.locator('main article h2')).toHaveText(
    posts.map((post) => decodeTitle(post.title.rendered)),
  );
});

test('a search finds what WordPress finds', async ({ page }) => {
  // WordPress's own search, in its order: posts, pages and the events plugin's type alike.
  const hits = await wpAdmin<{ title: string }[]>(
    'GET',
    '/wp/v2/search?search=harbour&per_page=10&_fields=title',
  );
  expect(hits.length).toBeGreaterThan(0);
  await page.goto(`${site.url}/search/harbour/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “harbour”');
  await expect(page.locator('main article h2')).toHaveText(hits.map((hit) => decodeTitle(hit.title)));
});

test('a theme activated in wp-admin is the site’s', async ({ page, allowConsoleError }) => {
  // wp-admin's emoji script asks wordpress.org for images; this machine has no internet.
  allowConsoleError(/^failed https:\/\/s\.w\.org\//);
  expect(otherTheme).not.toBe(defaultTheme);
  expect(await themeOf(page, `${site.url}${POST}`)).toBe(defaultTheme);
  await logInToWordPress(page, 'admin', adminPassword(), 'themes.php?page=pressfront-themes');
  const card = page.locator(`section.pf-theme[data-theme="${otherTheme}"]`);
  await card.getByRole('button', { name: /^Activate/ }).click();
  await expect(page.getByText('Theme activated.')).toBeVisible();
  await expect.poll(() => themeOf(page, `${site.url}${POST}`), REACHES_SITE).toBe(otherTheme);
  expect(await themeOf(page, `${site.url}/`)).toBe(otherTheme);
});

test('an edit an editor publishes is on the site', async ({ page }) => {
  const [post] = await wpAdmin<{ id: number }[]>('GET', `/wp/v2/posts?slug=${POST.slice(1, -1)}&_fields=id`);
  await page.goto(`${site.url}${POST}`);
  const heading = page.locator('article header').getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Harbour towns sign/);
  const title = `Harbour towns sign a tidal power pact (updated ${Date.now().toString(36)})`;
  await wpAdmin('POST', `/wp/v2/posts/${post!.id}`, { title });
  await expect
    .poll(async () => {
      await page.goto(`${site.url}${POST}`);
      return heading.textContent();
    }, REACHES_SITE)
    .toBe(title);
});

test('a reader signs up and confirms through the mail WordPress sent', async ({ page }) => {
  const email = `smoke-${Date.now().toString(36)}@example.com`;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.77.${Date.now() % 250}.9` });
  await page.goto(`${site.url}${POST}`);
  const form = page.getByTestId('subscribe-cta').first().getByTestId('subscribe-form');
  await expect(form).toHaveAttribute('data-ready', 'true');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel(en['subscribeForm.consent']).check();
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status')).toHaveText(/Almost done: we have sent you an email/, {
    timeout: 30_000,
  });
  expect((await wpSubscribers(email))[0]?.status).toBe('pending');

  const confirmation = await waitForMail(email, /^Confirm your subscription/);
  const confirm = linkIn(confirmation, '/subscribe/confirm/');
  expect(new URL(confirm).origin).toBe(site.url);
  await page.goto(confirm);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re subscribed');
  expect((await wpSubscribers(email))[0]?.status).toBe('confirmed');
});
