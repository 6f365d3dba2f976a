import { expect, test } from './fixtures';
import { e2ePorts } from './support/ports';
import { startServer } from './support/server';
import { installedThemes } from './support/themes';

const port = (i: number) => e2ePorts.perTheme('themeSwitch', i);
const wordpress = `http://127.0.0.1:${process.env.PRESSFRONT_WP_PORT ?? '8790'}`;

test('switching PRESSFRONT_THEME is a restart of the same build, not a rebuild', async ({ page }) => {
  // Three servers started one after another, each allowed startServer's 20 s: on two loaded cores
  // one start has taken 8 s, and three did not fit the default 30 s (a timeout, not a wrong theme).
  test.setTimeout(90_000);
  // The default theme last: every switch is to another theme than the one before.
  for (const [i, theme] of [...installedThemes().slice(1), installedThemes()[0] ?? 'show'].entries()) {
    const server = await startServer(port(i), { WORDPRESS_URL: wordpress, PRESSFRONT_THEME: theme });
    await page.goto(`${server.url}/harbour-towns-sign-tidal-power-pact/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Leave the page first: its prefetches must not be cut off by the restart.
    await page.goto('about:blank');
    await server.stop();
  }
});

test('an unknown theme stops start-up with one clear line', async () => {
  const server = await startServer(
    port(installedThemes().length),
    { WORDPRESS_URL: wordpress, PRESSFRONT_THEME: 'neon' },
    false,
  );
  expect(await server.exited).toBe(1);
  const line =
    /Invalid configuration: PRESSFRONT_THEME "neon" is not installed \(installed: ([a-z0-9, -]+)\)/.exec(
      server.output(),
    );
  expect(line?.[1]?.split(', ').sort()).toEqual([...installedThemes()].sort());
});
