import { signDraftToken } from '@/server/preview/draft-token';
import { expect, test } from './fixtures';
import { e2ePorts } from './support/ports';
import { startServer, type RunningServer } from './support/server';
import { installedThemes } from './support/themes';
import { wordpressEnv, wpAdmin, wpScript } from './support/wordpress-admin';

// wp-admin's Preview, end to end: the plugin's preview link, Next's draft mode, the draft (or its
// autosave) read with the server's Application Password, and nobody else seeing it — a flow no
// theme takes part in, checked once with the default theme; every installed theme then renders the
// previews (a scheduled post, a draft page) with its preview bar. Runs in the last project (it
// points the plugin at each theme's server in turn), then restores the seed.

const SECRET = 'e2e-preview-secret-0123456789abcdef-xyz';
const portFor = (i: number) => e2ePorts.perTheme('draftPreview', i);

test.afterAll(() => {
  wpScript('reset');
});

const previewLink = async (id: number) =>
  (await wpAdmin<{ url: string }>('GET', `/pressfront/v1/preview-link?id=${id}`)).url;

for (const [i, theme] of installedThemes().entries()) {
  test.describe(`${theme} theme`, () => {
    let server: RunningServer;

    test.beforeAll(async () => {
      server = await startServer(portFor(i), {
        ...wordpressEnv(),
        PRESSFRONT_THEME: theme,
        PRESSFRONT_BRIDGE_SECRET: SECRET,
      });
      wpScript('option', 'pressfront_bridge_frontends', server.url);
      wpScript('option', 'pressfront_bridge_secret', SECRET);
    });

    test.afterAll(async () => {
      await server?.stop();
    });

    // The flow, once: cookies, tokens and draft mode are the app's, not a theme's.
    if (i === 0) {
      test('an editor previews a draft and its autosave; nobody else can see it', async ({
        page,
        browser,
        allowConsoleError,
      }) => {
        // After leaving the preview, the draft's preview address is a 404 for this browser too.
        allowConsoleError(/^HTTP 404 .*\/preview\/post\/\d+\/$/);
        const draft = await wpAdmin<{ id: number }>('POST', '/wp/v2/posts', {
          status: 'draft',
          title: 'Draft: the harbour budget, line by line',
          content: '<!-- wp:paragraph --><p>Not ready for readers yet.</p><!-- /wp:paragraph -->',
        });
        const link = await previewLink(draft.id);
        expect(link.startsWith(`${server.url}/api/preview/?token=`)).toBe(true);

        await page.goto(link);
        await expect(page).toHaveURL(`${server.url}/preview/post/${draft.id}/`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          'Draft: the harbour budget, line by line',
        );
        await expect(page.locator('main')).toContainText('Not ready for readers yet.');
        const bar = page.getByRole('region', { name: 'Preview' });
        await expect(bar).toContainText('only you can see this');
        await expect(page.locator('head meta[name="robots"]')).toHaveAttribute(
          'content',
          'noindex, nofollow',
        );

        // The editor keeps typing: WordPress autosaves, and the preview shows the newer text.
        await wpAdmin('POST', `/wp/v2/posts/${draft.id}/autosaves`, {
          title: 'Draft: the harbour budget, autosaved',
          content: '<!-- wp:paragraph --><p>Autosaved words.</p><!-- /wp:paragraph -->',
        });
        await page.reload();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          'Draft: the harbour budget, autosaved',
        );

        // Another browser, without the cookie, never sees it — not even after the editor did.
        const other = await browser.newContext();
        const stranger = await other.newPage();
        const response = await stranger.goto(`${server.url}/preview/post/${draft.id}/`);
        expect(response?.status()).toBe(404);
        await expect(stranger.locator('body')).not.toContainText('harbour budget');
        await other.close();

        await bar.getByRole('link', { name: 'Exit preview' }).click();
        await expect(page).toHaveURL(`${server.url}/`);
        expect((await page.goto(`${server.url}/preview/post/${draft.id}/`))?.status()).toBe(404);
      });
    }

    test('a scheduled post and a draft page preview too', async ({ page }) => {
      const scheduled = await wpAdmin<{ id: number }>('POST', '/wp/v2/posts', {
        status: 'future',
        date: '2030-01-01T09:00:00',
        title: 'Scheduled: a new year on the coast',
        content: '<!-- wp:paragraph --><p>Goes out in 2030.</p><!-- /wp:paragraph -->',
      });
      await page.goto(await previewLink(scheduled.id));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('region', { name: 'Preview' })).toContainText('only you can see this');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scheduled: a new year on the coast');
      const draftPage = await wpAdmin<{ id: number }>('POST', '/wp/v2/pages', {
        status: 'draft',
        title: 'Corrections policy (draft)',
        content:
          '<!-- wp:paragraph --><p>We correct errors at the top of the story.</p><!-- /wp:paragraph -->',
      });
      await page.goto(await previewLink(draftPage.id));
      await expect(page).toHaveURL(`${server.url}/preview/page/${draftPage.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections policy (draft)');
    });

    if (i === 0) {
      test('a forged or expired preview link is a 401', async ({ request }) => {
        const forged = signDraftToken(
          { type: 'post', id: 1, exp: Math.floor(Date.now() / 1000) + 300 },
          'x'.repeat(40),
        );
        const expired = signDraftToken(
          { type: 'post', id: 1, exp: Math.floor(Date.now() / 1000) - 1 },
          SECRET,
        );
        for (const token of [forged, expired, 'not-a-token']) {
          const response = await request.get(
            `${server.url}/api/preview/?token=${encodeURIComponent(token)}`,
            {
              maxRedirects: 0,
            },
          );
          expect(response.status(), token).toBe(401);
          expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass');
        }
      });
    }
  });
}
