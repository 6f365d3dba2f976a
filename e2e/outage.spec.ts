import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from './fixtures';

// A second production server of the same build, configured with a WordPress that is not there
// (nothing listens on port 9): what readers see when WordPress is down and nothing is cached yet.
const port = Number(process.env.PRESSFRONT_E2E_OUTAGE_PORT ?? '3109');
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn('npx', ['next', 'start', '--port', String(port)], {
    env: { ...process.env, WORDPRESS_URL: 'http://127.0.0.1:9', WORDPRESS_TIMEOUT_MS: '2000' },
    stdio: 'ignore',
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`http://localhost:${port}/api/health/`).catch(() => null))?.status, {
      timeout: 20_000,
    })
    .toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('WordPress down: readers get a calm page, not a stack trace', async ({ page, allowConsoleError }) => {
  // The server answers 500 for the page; the browser logs that, and React reports the server
  // error by its production code (#441, "error in the Server Components render"), details withheld.
  allowConsoleError(/^HTTP 500 /);
  allowConsoleError(/Minified React error #441/);
  const response = await page.goto(`http://localhost:${port}/harbour-towns-sign-tidal-power-pact/`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t show this page right now');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/ECONNREFUSED|UpstreamError|at async/);
});
