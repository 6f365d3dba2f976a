import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import type { ThemeOptions } from './e2e/fixtures';
import { e2ePorts } from './e2e/support/ports';
import { installedThemes } from './e2e/support/themes';
import { chromiumExecutable } from './scripts/lib/chromium';
import { readEnvLines } from './backend/env-lines';

const wpPort = process.env.PRESSFRONT_WP_PORT ?? '8790';

// Every installed theme runs the whole suite: one theme folder, one Playwright project. Folder
// names are theme names (themes/_engine/registry.test.ts holds them to it). The default theme comes first:
// its server builds the app the others reuse.
// The smoke set alone (scripts/test-portable.sh, on WordPress Playground): its spec starts the one
// server it needs, so there are no theme projects and no servers for them.
const smokeOnly = process.env.PRESSFRONT_E2E_SMOKE === '1';
const themeNames = smokeOnly ? [] : installedThemes();

// Debian's Chromium, its headless shell (scripts/chromium-package.sh): Playwright's own browser
// download cannot work on this network, and the shell is the same Blink without the browser around
// it — each test's new context costs a third of the CPU full Chromium's does (0.2 s against 0.7 s
// here), the suite's page loads and axe audits 40 % less. The benchmarks keep the full browser.
// Where Debian's is not there, Playwright's own (scripts/lib/chromium.ts).
// Without the background-networking flags Chromium keeps dialling Google's hosts and floods the log.
const chromiumPath = chromiumExecutable('headless-shell');
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Theme-independent specs (preview, restarts, outages, servers without credentials) run once, with
// the default theme. Specs that change WordPress for everyone (hostile posts, permalink structure,
// reading settings) run last, one at a time, against every theme's server.
const onceOnly = [
  '**/preview.spec.ts',
  '**/theme-switch.spec.ts',
  '**/outage.spec.ts',
  '**/without-credentials.spec.ts',
  '**/feeds.spec.ts',
  '**/wordpress-faults.spec.ts',
  '**/subscribers-admin.spec.ts',
  '**/plugin-settings.spec.ts',
  // What no theme changes, checked once with the default theme: routing and redirects, metadata,
  // the 404 status of bad addresses (each theme's 404 page is in its conformance), and the forms'
  // flows through the shared form components and their server actions and API (each theme shows
  // the forms in its post and conformance specs).
  '**/urls.spec.ts',
  '**/seo.spec.ts',
  '**/not-found.spec.ts',
  '**/subscribe.spec.ts',
  '**/conversation.spec.ts',
  '**/fonts.spec.ts',
  '**/bridge-bundle.spec.ts',
  '**/browser-policy.spec.ts',
  '**/policy-second-wall.spec.ts',
];
const lastOnly = [
  '**/security.spec.ts',
  '**/site-settings.spec.ts',
  '**/freshness.spec.ts',
  '**/draft-preview.spec.ts',
  '**/subscribe-posts.spec.ts',
  '**/subscribe-load.spec.ts',
  '**/wordpress-down.spec.ts',
  '**/theme-activation.spec.ts',
  '**/theme-customize.spec.ts',
  '**/messy-content.spec.ts',
  '**/image-formats.spec.ts',
  '**/stack.spec.ts',
  '**/site-design.spec.ts',
];
// The portable smoke set (e2e/smoke.spec.ts) runs alone, on WordPress Playground (PRESSFRONT_E2E_SMOKE):
// on the native backend each of its checks is a spec's of its own already (post, archive, urls,
// theme-activation, freshness, subscribe).
const smokeSet = '**/smoke.spec.ts';
const themePorts = themeNames.map((_, i) => e2ePorts.theme(i));
// Readers get documents by default; the last theme's server keeps Next's full app (the setting a
// site may choose), so every spec holds both.
const readerPagesOf = (i: number): ThemeOptions['readerPages'] =>
  i === themeNames.length - 1 && i > 0 ? 'app' : 'documents';
process.env.PRESSFRONT_E2E_THEME_PORTS = themePorts.join(',');

// The servers read the Application Password the local WordPress was installed with (menus, reading
// settings, comments need it) and the secret the companion plugin shares with the frontend
// (subscribers, previews, webhooks), as backend/wp.sh reports them for whichever backend runs.
// scripts/test-e2e.sh brings WordPress up first so they exist.
const wordpressVariables = execFileSync('bash', [path.join(__dirname, 'backend', 'wp.sh'), 'env'], {
  encoding: 'utf8',
});
const credentials: Record<string, string> = Object.fromEntries(
  Object.entries(readEnvLines(wordpressVariables)).filter(
    ([name]) => name.startsWith('WORDPRESS_APP_') || name === 'PRESSFRONT_BRIDGE_SECRET',
  ),
);
export const e2eCredentials = credentials;

export default defineConfig<ThemeOptions>({
  testDir: './e2e',
  forbidOnly: Boolean(process.env.CI),
  // A flaky test is a defect to fix, not to retry: CI and developers see the same verdict.
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    // A trace records every action's DOM and a screencast: a fifth of the suite's browser time here
    // (conformance, post and archive for one theme: 108 s of test time with traces kept on failure,
    // 88–92 s without; 102 s without the screencast). Off unless asked for: PRESSFRONT_E2E_TRACE=1
    // keeps one for each failed test. A failure still leaves its screenshot and page snapshot.
    trace: process.env.PRESSFRONT_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    ...(smokeOnly
      ? [
          {
            name: 'smoke',
            testMatch: smokeSet,
            use: {
              ...devices['Desktop Chrome'],
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            },
          },
        ]
      : []),
    ...themeNames.map((theme, i) => ({
      name: theme,
      testIgnore: i === 0 ? [...lastOnly, smokeSet] : [...onceOnly, ...lastOnly, smokeSet],
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${themePorts[i]}`,
        themeName: theme,
        readerPages: readerPagesOf(i),
        launchOptions: {
          executablePath: chromiumPath,
          args: chromiumArgs,
        },
      },
    })),
    ...(smokeOnly
      ? []
      : [
          {
            name: 'site-wide',
            testMatch: lastOnly,
            dependencies: themeNames,
            fullyParallel: false,
            workers: 1,
            use: {
              ...devices['Desktop Chrome'],
              launchOptions: {
                executablePath: chromiumPath,
                args: chromiumArgs,
              },
            },
          },
        ]),
  ],
  // One production build, then one server per theme started from it: switching themes is a
  // restart with another PRESSFRONT_THEME, never a rebuild. None of them needs WordPress to start.
  webServer: themeNames.map((theme, i) => ({
    // `npm test` builds beside its first steps and says so (PRESSFRONT_E2E_BUILT): not twice.
    command: `${i === 0 && process.env.PRESSFRONT_E2E_BUILT !== '1' ? 'npm run build && ' : ''}npm run start -- --port ${themePorts[i]}`,
    // Liveness only: the server is up before WordPress is (global setup starts that).
    url: `http://localhost:${themePorts[i]}/api/health/`,
    timeout: 240_000,
    // scripts/test-e2e.sh refused to start if the port was taken: these are always this run's servers.
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    env: {
      WORDPRESS_URL: `http://127.0.0.1:${wpPort}`,
      ...credentials,
      PRESSFRONT_THEME: theme,
      PRESSFRONT_READER_PAGES: readerPagesOf(i),
      // The suite edits content through REST and expects to see it: the plugin tells these servers
      // what changed (global setup lists them), so WordPress's answers are kept until it does — as
      // on a real site. No rendered pages are kept: specs read pages with cookies and draft modes
      // that the page cache's own specs test apart.
      PRESSFRONT_DATA_CACHE_SECONDS: '3600',
      PRESSFRONT_PAGE_CACHE_SECONDS: '0',
    },
  })),
});
