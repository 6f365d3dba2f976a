import { e2eCredentials } from '../playwright.config';
import { expect, test } from './fixtures';
import { previewLink } from './support/theme-preview';
import { installedThemes } from './support/themes';

// The frontend's side of a live preview: a link signed as the companion plugin signs it. How a
// site owner gets one (wp-admin → Pressfront themes → Live preview) is theme-customize.spec.ts.
const secret = e2eCredentials.PRESSFRONT_BRIDGE_SECRET ?? '';
const [siteTheme = 'show', previewed = 'paper'] = installedThemes();
const link = (theme: string, more: Parameters<typeof previewLink>[2] = {}, key = secret) =>
  previewLink(key, theme, more);

test.describe('theme preview', () => {
  test.beforeAll(() => expect(secret, 'the suite runs with the bridge secret').not.toBe(''));

  test('forged, expired and replayed links are refused with 401, setting nothing', async ({ request }) => {
    const once = link(previewed);
    expect((await request.get(once, { maxRedirects: 0 })).status()).toBe(303);
    for (const url of [
      link(previewed, {}, 'a-forged-secret-of-enough-length-0123456789'),
      link(previewed, { exp: Math.floor(Date.now() / 1000) - 1 }),
      once,
    ]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(401);
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  });

  test('an unknown theme is refused with the installed ones listed', async ({ request }) => {
    const response = await request.get(link('neon'), { maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: 'This server has no theme "neon".',
      installed: expect.arrayContaining(installedThemes()),
    });
  });

  test('the owner browses in the previewed theme; nobody else sees it', async ({ browser, baseURL }) => {
    const owner = await browser.newContext({ baseURL });
    const page = await owner.newPage();
    await page.goto(link(previewed));
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', previewed);
    const bar = page.getByRole('region', { name: 'Theme preview' });
    await expect(bar).toContainText('Previewing the');
    await expect(bar).toContainText('only you can see it');

    // The whole site, not one page, and never kept by a cache.
    const post = await page.goto('/harbour-towns-sign-tidal-power-pact/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', previewed);
    expect(post?.headers()['cache-control']).toMatch(/no-store/);
    expect(post?.headers()['cache-control']).toMatch(/private/);

    // A visitor at the same time, and one with a forged cookie, get the site's own theme.
    const visitor = await browser.newContext({ baseURL });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto('/harbour-towns-sign-tidal-power-pact/');
    await expect(visitorPage.locator('html')).toHaveAttribute('data-theme', siteTheme);
    await expect(visitorPage.getByRole('region', { name: 'Theme preview' })).toHaveCount(0);
    await visitor.addCookies([{ name: 'pf_theme_preview', value: `${previewed}.forged`, url: baseURL! }]);
    await visitorPage.reload();
    await expect(visitorPage.locator('html')).toHaveAttribute('data-theme', siteTheme);

    // Exit goes back to the site's theme.
    await bar.getByRole('link', { name: 'Exit' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', siteTheme);
    await expect(page.getByRole('region', { name: 'Theme preview' })).toHaveCount(0);
    await Promise.all([owner.close(), visitor.close()]);
  });

  test('the preview link may return to a page on this site, never elsewhere', async ({ request }) => {
    const here = await request.get(link(previewed, { path: '/about/' }), { maxRedirects: 0 });
    expect(here.headers().location).toMatch(/\/about\/$/);
    const away = await request.get(link(previewed, { path: '//evil.example/' }), { maxRedirects: 0 });
    expect(new URL(away.headers().location!).host).toBe(new URL(here.url()).host);
  });
});
