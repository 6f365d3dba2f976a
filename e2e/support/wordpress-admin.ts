import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { WORDPRESS_URL } from './wordpress-url';
import { readEnvLines } from '../../backend/env-lines';

/** The local WordPress's address and Application Password, as backend/wp.sh reports them. */
function credentials(): { url: string; auth: string } {
  const env = execFileSync('bash', [path.join(__dirname, '..', '..', 'backend', 'wp.sh'), 'env'], {
    encoding: 'utf8',
  });
  const read = (name: string) => new RegExp(`^${name}='?([^'\\n]*)'?$`, 'm').exec(env)?.[1] ?? '';
  const user = read('WORDPRESS_APP_USER');
  const password = read('WORDPRESS_APP_PASSWORD');
  if (!user || !password) throw new Error('no Application Password: is the local WordPress seeded?');
  return {
    url: read('WORDPRESS_URL'),
    auth: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
  };
}

/** Calls the local WordPress's REST API as its administrator (who may publish raw HTML). */
export async function wpAdmin<T>(
  method: 'GET' | 'POST' | 'DELETE',
  route: string,
  body?: unknown,
): Promise<T> {
  const { url, auth } = credentials();
  const response = await fetch(`${url}/wp-json${route}`, {
    method,
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

/** Uploads a file to the local WordPress's media library as its administrator. */
export async function wpUpload<T>(file: string, name: string, type: string): Promise<T> {
  const { url, auth } = credentials();
  const response = await fetch(`${url}/wp-json/wp/v2/media`, {
    method: 'POST',
    headers: {
      Authorization: auth,
      'Content-Type': type,
      'Content-Disposition': `attachment; filename=${name}`,
    },
    body: readFileSync(file),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`upload ${name}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** The environment a frontend server needs for the local WordPress, credentials included. */
export function wordpressEnv(): Record<string, string> {
  const env = execFileSync('bash', [path.join(__dirname, '..', '..', 'backend', 'wp.sh'), 'env'], {
    encoding: 'utf8',
  });
  return readEnvLines(env);
}

/** Runs backend/wp.sh with arguments (option, reset, …), returning what it printed. */
export function wpScript(...args: string[]): string {
  const run = (...argv: string[]) =>
    execFileSync('bash', [path.join(__dirname, '..', '..', 'backend', 'wp.sh'), ...argv], {
      encoding: 'utf8',
    });
  const printed = run(...args);
  // The suite's seed includes who the plugin tells of changes: the theme projects' servers, which
  // keep WordPress's answers until told (global-setup.ts). A reset restores that too.
  if (args[0] === 'reset') run('option', 'pressfront_bridge_frontends', suiteFrontends());
  return printed;
}

/** The theme projects' servers, as the plugin's list of frontends. */
export function suiteFrontends(): string {
  return (process.env.PRESSFRONT_E2E_THEME_PORTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((port) => `http://localhost:${port}`)
    .join(' ');
}

/** A subscriber as the companion plugin lists them to administrators. */
export interface Subscriber {
  id: number;
  email: string;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  sourcePost: number | null;
  consentText: string;
}

/** The plugin's subscribers whose address contains `search` (read as the administrator). */
export async function wpSubscribers(search: string): Promise<Subscriber[]> {
  return wpAdmin<Subscriber[]>(
    'GET',
    `/pressfront/v1/subscribers?per_page=1000&search=${encodeURIComponent(search)}`,
  );
}

/**
 * The local WordPress administrator's password, which backend/wp.sh writes at install into the
 * running backend's folder (PRESSFRONT_WP_STATE: .pressfront/, or .pressfront/playground/).
 */
export const adminPassword = () =>
  readFileSync(path.join(wordpressEnv().PRESSFRONT_WP_STATE ?? '', 'admin-password.txt'), 'utf8').trim();

/**
 * Logs `page` in to wp-admin as `user`, landing on `landOn` (a wp-admin path). Not the Dashboard
 * WordPress lands on by default: its widgets (Site Health's checks, the news feed this machine cannot
 * reach) are the heaviest screen there is, and no spec is about them. Nor the profile: WordPress
 * 6.8's user-profile.js reads its form in a beforeunload handler that it sets up only once the
 * document is ready, so leaving the page as soon as it has loaded throws in WordPress's own script.
 * The posts list is light, and every role that logs in has it.
 */
export async function logInToWordPress(
  page: Page,
  user: string,
  password: string,
  landOn = 'edit.php',
): Promise<void> {
  const target = `${credentials().url}/wp-admin/${landOn}`;
  await page.goto(`${credentials().url}/wp-login.php?redirect_to=${encodeURIComponent(target)}`);
  // wp-login.php moves the focus to the username field 200 ms after it loads (wp_attempt_focus),
  // selecting its text: landing in the middle of a fill, it put the password in that field once.
  // Wait until it has happened, then fill.
  await expect(page.locator('#user_login')).toBeFocused();
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill(password);
  await page.locator('#wp-submit').click();
  await page.waitForURL(/\/wp-admin\//);
}

/** wp-admin's emoji script asks wordpress.org for images; this machine has no internet. */
export const wpAdminOfflineNoise = /^failed https:\/\/s\.w\.org\//;

/** Settings → Pressfront (the Bridge plugin's screen). */
const pluginSettingsPath = 'options-general.php?page=pressfront-bridge';
export const pluginSettingsUrl = `${WORDPRESS_URL}/wp-admin/${pluginSettingsPath}`;

/** Logs in as the administrator and opens Settings → Pressfront. */
export async function openPluginSettings(page: Page): Promise<void> {
  await logInToWordPress(page, 'admin', adminPassword(), pluginSettingsPath);
}

/**
 * A frontend server's environment that keeps WordPress answers and rendered pages for the hour and
 * shares `secret` with the plugin: only the plugin's messages can make it show a change.
 */
export function keepsForAnHourEnv(secret: string): Record<string, string> {
  return {
    ...wordpressEnv(),
    PRESSFRONT_DATA_CACHE_SECONDS: '3600',
    PRESSFRONT_PAGE_CACHE_SECONDS: '3600',
    PRESSFRONT_BRIDGE_SECRET: secret,
  };
}
