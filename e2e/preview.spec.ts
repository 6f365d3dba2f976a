import { expect, test } from './fixtures';
import { previewSecret } from '../playwright.config';

const start = (theme: string, secret = previewSecret) =>
  `/api/theme-preview/?theme=${encodeURIComponent(theme)}&secret=${encodeURIComponent(secret)}`;

test.describe('theme preview', () => {
  test('a wrong or missing secret is refused', async ({ request }) => {
    for (const url of [start('paper', 'wrong-secret'), '/api/theme-preview/?theme=paper']) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(401);
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  });

  test('an unknown theme is refused with the installed ones listed', async ({ request }) => {
    const response = await request.get(start('neon'), { maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: 'Unknown theme "neon".',
      installed: expect.arrayContaining(['show', 'paper', 'minimal']),
    });
  });

  test('the owner browses in the previewed theme; nobody else sees it', async ({ browser, baseURL }) => {
    const owner = await browser.newContext({ baseURL });
    const page = await owner.newPage();
    await page.goto(start('paper'));
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'paper');
    const bar = page.getByRole('region', { name: 'Theme preview' });
    await expect(bar).toContainText('Previewing the Paper theme');

    // The whole site, not one page.
    const post = await page.goto('/harbour-towns-sign-tidal-power-pact/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'paper');
    expect(post?.headers()['cache-control']).toMatch(/no-store/);
    expect(post?.headers()['cache-control']).toMatch(/private/);

    // A visitor at the same time, and one with a forged cookie, get the site's own theme.
    const visitor = await browser.newContext({ baseURL });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto('/harbour-towns-sign-tidal-power-pact/');
    await expect(visitorPage.locator('html')).toHaveAttribute('data-theme', 'show');
    await expect(visitorPage.getByRole('region', { name: 'Theme preview' })).toHaveCount(0);
    await visitor.addCookies([{ name: 'pf_theme_preview', value: 'paper.forged', url: baseURL! }]);
    await visitorPage.reload();
    await expect(visitorPage.locator('html')).toHaveAttribute('data-theme', 'show');

    // Ending the preview goes back to the site's theme.
    await page.getByRole('link', { name: 'End preview' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'show');
    await expect(page.getByRole('region', { name: 'Theme preview' })).toHaveCount(0);
    await Promise.all([owner.close(), visitor.close()]);
  });

  test('the preview link may return to a page on this site, never elsewhere', async ({ request }) => {
    const here = await request.get(`${start('paper')}&path=${encodeURIComponent('/about/')}`, {
      maxRedirects: 0,
    });
    expect(here.headers().location).toMatch(/\/about\/$/);
    const away = await request.get(`${start('paper')}&path=${encodeURIComponent('//evil.example/')}`, {
      maxRedirects: 0,
    });
    expect(new URL(away.headers().location!).host).toBe(new URL(here.url()).host);
  });
});
