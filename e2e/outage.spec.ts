import { expect, test } from './fixtures';
import { e2ePorts } from './support/ports';
import { startServer, type RunningServer } from './support/server';

// A second production server of the same build, configured with a WordPress that is not there
// (nothing listens on port 9): what readers see when WordPress is down and nothing is cached yet.
let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer(e2ePorts.single('outage'), {
    WORDPRESS_URL: 'http://127.0.0.1:9',
    WORDPRESS_TIMEOUT_MS: '2000',
  });
});

test.afterAll(() => server.stop());

test('WordPress down: readers get a calm page, not a stack trace', async ({ page, allowConsoleError }) => {
  // The browser logs the error status, and React reports the server error by its production code
  // (#441, "error in the Server Components render"), details withheld.
  allowConsoleError(/^HTTP 50[03] /);
  allowConsoleError(/Minified React error #441/);
  // The first request finds WordPress down (and ends as a 500: a render cannot set its status);
  // from then on the server knows, and says 503 with Retry-After.
  await page.goto(`${server.url}/harbour-towns-sign-tidal-power-pact/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t show this page right now');
  const response = await page.goto(`${server.url}/river-dredging-plan/`);
  expect(response?.status()).toBe(503);
  expect(response?.headers()['retry-after']).toBe('30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t show this page right now');
  // A document (the default): the retry is a link to the page itself.
  await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '');
  await expect(page.locator('body')).not.toContainText(/ECONNREFUSED|UpstreamError|at async/);
});
