import { xssInText, xssPayloads } from '../lib/content/__fixtures__/xss-corpus';
import type { Browser, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { wpAdmin } from './support/wordpress-admin';

// Runs after the theme projects (it publishes posts, which would shift their listings), against
// every theme's server. The administrator may post unfiltered HTML: exactly the risk we guard.

interface Created {
  id: number;
  slug: string;
}
const created: Created[] = [];
const ports = (process.env.PRESSFRONT_E2E_THEME_PORTS ?? '').split(',').filter(Boolean);

test.beforeAll(async () => {
  const payloads = [...xssPayloads];
  // Ten payloads a post: a failure still points at a small set. A worker restarted after a failed
  // test runs this again: posts already there are reused, not published twice.
  for (let i = 0; i < payloads.length; i += 10) {
    const [existing] = await wpAdmin<Created[]>(
      'GET',
      `/wp/v2/posts?slug=xss-corpus-${i / 10 + 1}&_fields=id,slug`,
    );
    if (existing) {
      created.push(existing);
      continue;
    }
    created.push(
      await wpAdmin<Created>('POST', '/wp/v2/posts', {
        status: 'publish',
        slug: `xss-corpus-${i / 10 + 1}`,
        title: xssInText[(i / 10) % xssInText.length],
        excerpt: xssInText[(i / 10 + 1) % xssInText.length],
        content: [
          '<p>Before the payloads.</p>',
          ...payloads.slice(i, i + 10),
          '<p>After the payloads.</p>',
        ].join('\n'),
        date: '2001-01-01T00:00:00',
      }),
    );
  }
});

test.afterAll(async () => {
  for (const post of created.splice(0)) await wpAdmin('DELETE', `/wp/v2/posts/${post.id}?force=true`);
});

// One test per post, visiting every theme's server at once: each test keeps its own time budget (18
// pages under one test's budget made a slow run a failed one), and the servers answer side by side.
const slugs = Array.from({ length: Math.ceil(xssPayloads.length / 10) }, (_, i) => `xss-corpus-${i + 1}`);

/** A fresh page that records dialogs and requests to any host but this machine's. */
async function watchedPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const inFlight = new Set<Request>();
  page.on('request', (request) => {
    inFlight.add(request);
    const host = new URL(request.url()).host;
    if (!['localhost', '127.0.0.1'].includes(host.split(':')[0] ?? '')) foreignRequests.push(request.url());
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  const ranScript = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
  /**
   * Hovers and scrolls the page, then waits until what that could set off has happened: two
   * animation frames (lazy loading's and other observers' callbacks run in them), then every
   * request the page started has ended — a resource's load or error handler has had its chance.
   */
  const provoke = async () => {
    await page.mouse.move(200, 300);
    await page.mouse.wheel(0, 4000);
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    await expect.poll(() => inFlight.size, { message: 'requests still in flight' }).toBe(0);
  };
  return { context, page, dialogs, foreignRequests, ranScript, provoke };
}

test('the corpus is published, and every theme has a server to visit', () => {
  expect(ports.length).toBeGreaterThan(0);
  expect(created.map((post) => post.slug)).toEqual(slugs);
});

/** Checks one hostile page on every theme's server, side by side; a failure names the port. */
async function onEveryServer(visit: (port: string) => Promise<void>) {
  const results = await Promise.allSettled(ports.map((port) => visit(port)));
  const failures = results.flatMap((result, i) =>
    result.status === 'rejected' ? [`port ${ports[i]}: ${String(result.reason)}`] : [],
  );
  expect(failures).toEqual([]);
}

for (const slug of slugs) {
  test(`${slug}: no payload runs script or calls another host, in any theme`, async ({ browser }) => {
    await onEveryServer(async (port) => {
      const { context, page, dialogs, foreignRequests, ranScript, provoke } = await watchedPage(browser);
      try {
        const response = await page.goto(`http://localhost:${port}/${slug}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('main')).toContainText('Before the payloads.');
        // Give handlers and lazy resources their chance to fire.
        await provoke();
        expect(await ranScript()).toBeUndefined();
        // Nothing from the payloads became an element that can act (the theme's own subscribe form
        // sits outside the content segments).
        const body = page.locator('.pf-prose > .contents');
        expect(
          await body
            .locator(':is(script, svg, math, form, object, embed, iframe, meta, base, style)')
            .count(),
        ).toBe(0);
        expect(dialogs).toEqual([]);
        expect(foreignRequests).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}

test('the listing of their hostile titles and excerpts runs no script, in any theme', async ({ browser }) => {
  await onEveryServer(async (port) => {
    const { context, page, dialogs, foreignRequests, ranScript, provoke } = await watchedPage(browser);
    try {
      // The posts are dated 2001, alone in that year: its archive lists them all.
      const response = await page.goto(`http://localhost:${port}/2001/`);
      expect(response?.status()).toBe(200);
      for (const slug of slugs) await expect(page.locator(`main a[href="/${slug}/"]`).first()).toBeVisible();
      await provoke();
      expect(await ranScript()).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
