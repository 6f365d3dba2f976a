import { signedHeaders } from '@/lib/signing';
import { expect, test, WORDPRESS_URL } from './fixtures';
import { e2ePorts } from './support/ports';
import { msUntilEachServes, startServer, type RunningServer } from './support/server';
import { installedThemes } from './support/themes';
import {
  adminPassword,
  keepsForAnHourEnv,
  logInToWordPress,
  wordpressEnv,
  wpAdmin,
  wpScript,
} from './support/wordpress-admin';

// The site owner activates a theme in WordPress (the companion plugin's `pressfront_theme`
// setting); every running frontend that does not pin one follows within a moment, with no restart
// and nothing kept from before. Runs in the last project, alone (it changes what the whole site
// looks like), then restores the seed.

const SECRET = 'e2e-revalidate-secret-0123456789abcdef';
const [defaultTheme = 'show', activated = 'paper'] = installedThemes();
const port = (i: number) => e2ePorts.perTheme('themeActivation', i);

let following: RunningServer[] = [];
let pinned: RunningServer;

test.beforeAll(async () => {
  // WordPress answers and rendered pages kept for the hour: only the plugin's message can change them.
  const env = keepsForAnHourEnv(SECRET);
  [following, pinned] = await Promise.all([
    Promise.all([0, 1].map((i) => startServer(port(i), { ...env, PRESSFRONT_THEME: '' }))),
    startServer(port(2), { ...env, PRESSFRONT_THEME: defaultTheme }),
  ]);
  wpScript('option', 'pressfront_bridge_frontends', [...following, pinned].map((s) => s.url).join(' '));
  wpScript('option', 'pressfront_bridge_secret', SECRET);
});

test.afterAll(async () => {
  await Promise.all([...following, pinned].map((s) => s.stop()));
  wpScript('reset');
});

const themeOf = async (page: import('@playwright/test').Page, url: string) => {
  await page.goto(url);
  return page.locator('html').getAttribute('data-theme');
};

test('a theme activated in WordPress reaches every running frontend within 2 s, without a restart', async ({
  page,
  allowConsoleError,
}) => {
  // The themed 404 page is visited on purpose.
  allowConsoleError(/^HTTP 404 .*\/no-such-story\/$/);
  expect(activated).not.toBe(defaultTheme);
  const post = '/harbour-towns-sign-tidal-power-pact/';
  for (const server of [...following, pinned]) {
    expect(await themeOf(page, `${server.url}${post}`)).toBe(defaultTheme);
    // Kept: a second view is the page cache's copy, which only a message from WordPress can drop.
    const again = await page.reload();
    expect(again?.headers()['x-pressfront-cache']).toBe('hit');
  }

  await wpAdmin('POST', '/wp/v2/settings', { pressfront_theme: activated });
  // WordPress has stored it and sent its message when the REST call answers; then checked in the
  // browser.
  const reached = await msUntilEachServes(
    following,
    post,
    (html) => /<html[^>]* data-theme="([^"]+)"/.exec(html)?.[1],
    activated,
    2_000,
  );
  console.log(`[theme activation] ${activated} on every following frontend after ${reached.join(', ')} ms`);
  for (const server of following) expect(await themeOf(page, `${server.url}${post}`)).toBe(activated);
  // The front page and the 404 page too: nothing rendered before the switch is served after it.
  for (const server of following) {
    expect(await themeOf(page, `${server.url}/`)).toBe(activated);
    expect(await themeOf(page, `${server.url}/no-such-story/`)).toBe(activated);
  }
  // Pinned by its configuration: WordPress's choice does not move it.
  expect(await themeOf(page, `${pinned.url}${post}`)).toBe(defaultTheme);
});

test('a theme this server does not have renders the default, said once in the log', async ({ page }) => {
  await wpAdmin('POST', '/wp/v2/settings', { pressfront_theme: 'removed-in-a-deploy' });
  const [server] = following as [RunningServer];
  await expect
    .poll(() => themeOf(page, `${server.url}/`), { timeout: 2_000, intervals: [100] })
    .toBe(defaultTheme);
  await themeOf(page, `${server.url}/about/`);
  // One JSON log line (its quotes escaped), however many pages rendered meanwhile.
  const said = server.output().match(/removed-in-a-deploy\\", which this server does not have/g) ?? [];
  expect(said).toHaveLength(1);
});

test('bad input changes nothing: a name that could not be a theme, an editor', async ({ request }) => {
  await wpAdmin('POST', '/wp/v2/settings', { pressfront_theme: activated });
  // Not a theme name: stored as none (the default renders), never echoed anywhere.
  const answer = await wpAdmin<{ pressfront_theme: string }>('POST', '/wp/v2/settings', {
    pressfront_theme: '<script>x</script>',
  });
  expect(answer.pressfront_theme).toBe('');
  await wpAdmin('POST', '/wp/v2/settings', { pressfront_theme: activated });

  // An editor may not choose the site's theme (WordPress's settings need manage_options).
  const stamp = Date.now();
  const editor = await wpAdmin<{ id: number; slug: string }>('POST', '/wp/v2/users', {
    username: `themes-editor-${stamp}`,
    email: `themes-editor-${stamp}@example.com`,
    password: `editor-${stamp}-Aa1!`,
    roles: ['editor'],
  });
  try {
    const { password } = await wpAdmin<{ password: string }>(
      'POST',
      `/wp/v2/users/${editor.id}/application-passwords`,
      { name: 'e2e' },
    );
    const refused = await request.post(`${wordpressEnv().WORDPRESS_URL}/wp-json/wp/v2/settings`, {
      data: { pressfront_theme: defaultTheme },
      headers: {
        authorization: `Basic ${Buffer.from(`${editor.slug}:${password}`).toString('base64')}`,
      },
    });
    expect(refused.status()).toBe(403);
    const index = await request.get(`${wordpressEnv().WORDPRESS_URL}/wp-json/?_fields=pressfront_theme`);
    expect(await index.json()).toMatchObject({ pressfront_theme: activated });
  } finally {
    await wpAdmin('DELETE', `/wp/v2/users/${editor.id}?force=true&reassign=1`);
  }
});

interface FrontendThemes {
  themes: { name: string; label: string; description: string; screenshot: string | null }[];
  default: string;
  pinned: string | null;
}

test('the frontend lists its themes to the plugin’s signed requests only', async ({ request }) => {
  const url = `${following[0]!.url}/api/themes/`;
  expect((await request.get(url)).status()).toBe(401);
  expect((await request.get(url, { headers: signedHeaders('subscribers', '', SECRET) })).status()).toBe(401);
  const answer = await request.get(url, { headers: signedHeaders('themes', '', SECRET) });
  expect(answer.status()).toBe(200);
  const list = (await answer.json()) as FrontendThemes;
  expect(list.themes.map((theme) => theme.name).sort()).toEqual([...installedThemes()].sort());
  expect(list).toMatchObject({ default: defaultTheme, pinned: null });
  const pinnedList = (await (
    await request.get(`${pinned.url}/api/themes/`, { headers: signedHeaders('themes', '', SECRET) })
  ).json()) as FrontendThemes;
  expect(pinnedList.pinned).toBe(defaultTheme);
});

test('Appearance → Themes leads to the Pressfront themes; activating one there reaches every frontend', async ({
  page,
  request,
  allowConsoleError,
}) => {
  // wp-admin's emoji script asks wordpress.org for images; this machine has no internet.
  allowConsoleError(/^failed https:\/\/s\.w\.org\//);
  wpScript('option', 'pressfront_bridge_frontends', [...following, pinned].map((s) => s.url).join(' '));
  await wpAdmin('POST', '/wp/v2/settings', { pressfront_theme: activated });
  const list = (await (
    await request.get(`${following[0]!.url}/api/themes/`, { headers: signedHeaders('themes', '', SECRET) })
  ).json()) as FrontendThemes;

  await logInToWordPress(page, 'admin', adminPassword());
  for (const screen of ['themes.php', 'customize.php']) {
    await page.goto(`${WORDPRESS_URL}/wp-admin/${screen}`);
    await expect(page).toHaveURL(/themes\.php\?page=pressfront-themes/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pressfront themes' })).toBeVisible();
    await expect(page.getByText('its look is chosen here')).toBeVisible();
  }
  // Every theme the frontend has, with its real screenshot loaded from the frontend.
  for (const theme of list.themes) {
    const card = page.locator(`section.pf-theme[data-theme="${theme.name}"]`);
    await expect(card.getByRole('heading', { level: 2 })).toContainText(theme.label);
    await expect(card).toContainText(theme.description);
    if (theme.screenshot) {
      const image = card.getByRole('img');
      await expect(image).toHaveAttribute('src', `${following[0]!.url}${theme.screenshot}`);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
  }
  await expect(page.locator(`section.pf-theme[data-theme="${activated}"]`)).toContainText('Active');
  await expect(page.locator(`section.pf-theme[data-theme="${activated}"]`).getByRole('button')).toHaveCount(
    0,
  );

  const label = list.themes.find((theme) => theme.name === defaultTheme)?.label ?? defaultTheme;
  await page.getByRole('button', { name: `Activate ${label}` }).click();
  await expect(page.getByText('Theme activated.')).toBeVisible();
  await expect(page.locator(`section.pf-theme[data-theme="${defaultTheme}"]`)).toContainText('Active');
  for (const server of following) {
    await expect
      .poll(() => themeOf(page, `${server.url}/`), { timeout: 2_000, intervals: [100] })
      .toBe(defaultTheme);
  }
});

test('the frontend down: the themes screen says so and changes nothing', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(/^failed https:\/\/s\.w\.org\//);
  wpScript('option', 'pressfront_bridge_frontends', 'http://127.0.0.1:9');
  try {
    await logInToWordPress(page, 'admin', adminPassword(), 'themes.php?page=pressfront-themes');
    await expect(page.getByText('could not be reached')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Activate/ })).toHaveCount(0);
  } finally {
    wpScript('option', 'pressfront_bridge_frontends', [...following, pinned].map((s) => s.url).join(' '));
  }
});

test('an editor has no themes screen and cannot activate', async ({ page, allowConsoleError }) => {
  allowConsoleError(/^failed https:\/\/s\.w\.org\//);
  allowConsoleError(/^HTTP 403 /);
  const stamp = Date.now();
  const password = `editor-${stamp}-Aa1!`;
  const editor = await wpAdmin<{ id: number; slug: string }>('POST', '/wp/v2/users', {
    username: `screen-editor-${stamp}`,
    email: `screen-editor-${stamp}@example.com`,
    password,
    roles: ['editor'],
  });
  try {
    await logInToWordPress(page, editor.slug, password);
    await expect(page.locator('#adminmenu a[href="themes.php?page=pressfront-themes"]')).toHaveCount(0);
    const screen = await page.goto(`${WORDPRESS_URL}/wp-admin/themes.php?page=pressfront-themes`);
    expect(screen?.status()).toBe(403);
    const answer = await page.request.post(`${WORDPRESS_URL}/wp-admin/admin-post.php`, {
      form: { action: 'pressfront_bridge_activate_theme', theme: activated },
    });
    expect(answer.status()).toBe(403);
    const index = await page.request.get(`${WORDPRESS_URL}/wp-json/?_fields=pressfront_theme`);
    expect(((await index.json()) as { pressfront_theme: string }).pressfront_theme).not.toBe(activated);
  } finally {
    await wpAdmin('DELETE', `/wp/v2/users/${editor.id}?force=true&reassign=1`);
  }
});
