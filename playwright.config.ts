import { defineConfig, devices } from '@playwright/test';

const wpPort = process.env.PRESSFRONT_WP_PORT ?? '8790';
const sitePort = process.env.PRESSFRONT_E2E_PORT ?? '3100';
export const wordpressUrl = `http://127.0.0.1:${wpPort}`;

// Debian's Chromium: Playwright's own browser download cannot work on this network. Without the
// background-networking flags Chromium keeps dialling Google's hosts and floods the log.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: './e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: `http://localhost:${sitePort}`,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    // A production build, as readers get it. It needs no WordPress to build; pages render on request.
    command: `npm run build && npm run start -- --port ${sitePort}`,
    // Liveness only: the server is up before WordPress is (global setup starts that).
    url: `http://localhost:${sitePort}/api/health/`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      WORDPRESS_URL: wordpressUrl,
      PRESSFRONT_THEME: process.env.PRESSFRONT_THEME ?? 'show',
      // The suite edits content through REST and expects to see it: keep the data cache short.
      PRESSFRONT_REVALIDATE_SECONDS: '1',
    },
  },
});
