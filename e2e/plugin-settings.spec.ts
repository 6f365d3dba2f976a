import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, WORDPRESS_URL } from './fixtures';
import {
  logInToWordPress,
  openPluginSettings,
  pluginSettingsUrl,
  wpAdmin,
  wpAdminOfflineNoise,
  wpScript,
} from './support/wordpress-admin';

// Settings → Pressfront in the real wp-admin: the shared secret is never on the page unless the
// administrator asks, and then once; nobody else gets the screen or its actions. Runs once.

const settings = pluginSettingsUrl;
const secret = () => readFileSync(path.join(__dirname, '..', '.pressfront', 'bridge-secret'), 'utf8').trim();

test('the shared secret is masked, revealed once on demand, and masked again', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(wpAdminOfflineNoise);
  await openPluginSettings(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Pressfront' })).toBeVisible();
  await expect(page.locator('#pf-secret-masked')).toHaveText(`${'•'.repeat(12)}${secret().slice(-4)}`);
  expect(await page.content()).not.toContain(secret());

  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByText('The secret is shown below this once.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Shared secret' })).toHaveValue(secret());

  await page.goto(settings);
  await expect(page.locator('#pf-secret-masked')).toBeVisible();
  expect(await page.content()).not.toContain(secret());
});

test('an editor gets neither the screen nor its actions', async ({ page, allowConsoleError }) => {
  allowConsoleError(wpAdminOfflineNoise);
  allowConsoleError(/^HTTP 403 /);
  const password = `editor-${Date.now()}-Aa1!`;
  const editor = await wpAdmin<{ id: number }>('POST', '/wp/v2/users', {
    username: `editor${Date.now()}`,
    email: `editor${Date.now()}@example.com`,
    password,
    roles: ['editor'],
  });
  try {
    const users = await wpAdmin<{ slug: string }>(
      'GET',
      `/wp/v2/users/${editor.id}?context=edit&_fields=slug`,
    );
    await logInToWordPress(page, users.slug, password);
    await expect(page.locator('#adminmenu a[href="options-general.php?page=pressfront-bridge"]')).toHaveCount(
      0,
    );
    const screen = await page.goto(settings);
    expect(screen?.status()).toBe(403);
    expect(await page.content()).not.toContain(secret());
    for (const action of ['pressfront_bridge_reveal', 'pressfront_bridge_save']) {
      const answer = await page.request.post(`${WORDPRESS_URL}/wp-admin/admin-post.php`, {
        form: { action, frontends: 'https://evil.example' },
      });
      expect(answer.status(), action).toBe(403);
    }
    // Nothing changed: no address of the editor's reached the frontend list.
    const frontends = wpScript(
      'sql',
      "SELECT option_value FROM wp_options WHERE option_name = 'pressfront_bridge_frontends'",
    );
    expect(frontends).not.toContain('evil.example');
  } finally {
    await wpAdmin('DELETE', `/wp/v2/users/${editor.id}?force=true&reassign=1`);
  }
});
