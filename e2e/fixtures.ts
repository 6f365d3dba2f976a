import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { e2ePorts } from './support/ports';
import { startServerPerTheme } from './support/server';
import { siteWideEnv } from './support/site-wide';
import { wordpressEnv } from './support/wordpress-admin';

/**
 * The local WordPress this worker's specs talk to. Read when called, not when the file loads: the
 * site-wide project's worker points PRESSFRONT_WP_PORT at its own instance once it starts.
 */
export const wordpressUrl = () => `http://127.0.0.1:${process.env.PRESSFRONT_WP_PORT ?? '8790'}`;

/** The running server of each installed theme on this worker's WordPress (their ports, in order). */
export const themeServerPorts = (): string[] =>
  (process.env.PRESSFRONT_E2E_THEME_PORTS ?? '').split(',').filter(Boolean);

export interface ThemeOptions {
  /** The theme this project's server renders with (PRESSFRONT_THEME). */
  themeName: string;
}

export interface WordPressOptions {
  /** Which local WordPress the project's specs use: the seeded main one, or the site-wide specs' own. */
  wordpressInstance: 'main' | 'site-wide';
  /** On the site-wide WordPress: start a server per theme for the specs that visit one (false: none). */
  themeServers: boolean;
}

interface WorkerFixtures {
  /** Points this worker at its WordPress; on the site-wide one, starts a server per theme on it. */
  wordpressWorker: void;
}

interface Fixtures {
  /** Console errors, uncaught exceptions and failed requests; asserted empty after each test. */
  consoleErrors: string[];
  /** Errors the test expects (e.g. the 404 document itself) and does not count. */
  allowConsoleError: (pattern: RegExp) => void;
}

export const test = base.extend<Fixtures & ThemeOptions, WorkerFixtures & WordPressOptions>({
  themeName: ['show', { option: true }],
  wordpressInstance: ['main', { option: true, scope: 'worker' }],
  themeServers: [true, { option: true, scope: 'worker' }],
  wordpressWorker: [
    async ({ wordpressInstance, themeServers }, use) => {
      if (wordpressInstance === 'main') return use();
      // Everything the helpers run (wp.sh, its REST credentials, the mail outbox) follows these.
      Object.assign(process.env, siteWideEnv());
      if (!themeServers) return use();
      // The site-wide specs' stand-ins for the theme projects' servers: one per theme, on this
      // WordPress, configured as playwright.config.ts configures those.
      const servers = await startServerPerTheme(e2ePorts.siteWide, {
        ...wordpressEnv(),
        PRESSFRONT_REVALIDATE_SECONDS: '1',
        PRESSFRONT_PAGE_CACHE_SECONDS: '0',
      });
      process.env.PRESSFRONT_E2E_THEME_PORTS = servers.map((s) => new URL(s.url).port).join(',');
      await use();
      await Promise.all(servers.map((s) => s.stop()));
    },
    { scope: 'worker', auto: true, timeout: 60_000 },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // Failed loads are reported below with their URL, which says more than Chromium's text.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => {
        // Navigating away cancels prefetches in flight: that is the browser's choice, not a fault.
        const reason = request.failure()?.errorText ?? 'unknown';
        if (reason !== 'net::ERR_ABORTED') errors.push(`failed ${request.url()}: ${reason}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
    },
    { auto: true },
  ],
  allowConsoleError: [
    async ({ consoleErrors }, use) => {
      const allowed: RegExp[] = [];
      await use((pattern) => allowed.push(pattern));
      expect(
        consoleErrors.filter((e) => !allowed.some((p) => p.test(e))),
        'console errors on the page',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Reads the seeded WordPress directly, so expectations come from the source, not from us. */
export async function wpGet<T>(path: string): Promise<T> {
  const response = await fetch(`${wordpressUrl()}/wp-json${path}`);
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}`);
  return (await response.json()) as T;
}

/** Decodes the few entities WordPress puts in rendered titles. */
export function decodeTitle(rendered: string): string {
  return rendered
    .replace(/&#8217;/g, '’')
    .replace(/&#8216;/g, '‘')
    .replace(/&#8220;/g, '“')
    .replace(/&#8221;/g, '”')
    .replace(/&#8211;/g, '–')
    .replace(/&#8212;/g, '—')
    .replace(/&amp;/g, '&')
    .replace(/&#038;/g, '&');
}

/** Zero serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next.js streams the new page's <title> in after its content:
  // audit the page once it has one (a page that never gets one still fails, here or in axe).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    'serious or critical axe violations',
  ).toEqual([]);
}
