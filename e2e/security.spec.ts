import { xssInText, xssPayloads } from '../lib/content/__fixtures__/xss-corpus';
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
  // Ten payloads a post: a failure still points at a small set.
  for (let i = 0; i < payloads.length; i += 10) {
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
  for (const post of created) await wpAdmin('DELETE', `/wp/v2/posts/${post.id}?force=true`);
});

test('no payload runs script or calls another host, in any theme', async ({ browser }) => {
  expect(ports.length).toBeGreaterThan(0);
  for (const port of ports) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    const foreignRequests: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', (request) => {
      const host = new URL(request.url()).host;
      if (!['localhost', '127.0.0.1'].includes(host.split(':')[0] ?? '')) foreignRequests.push(request.url());
    });
    for (const post of created) {
      const response = await page.goto(`http://localhost:${port}/${post.slug}/`);
      expect(response?.status(), `${post.slug} on port ${port}`).toBe(200);
      await expect(page.locator('main')).toContainText('Before the payloads.');
      // Give handlers and lazy resources their chance to fire.
      await page.mouse.move(200, 300);
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(300);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
        post.slug,
      ).toBeUndefined();
      // Nothing from the payloads became an element that can act (the theme's own subscribe form
      // sits outside the content segments).
      const body = page.locator('.pf-prose > .contents');
      expect(
        await body.locator(':is(script, svg, math, form, object, embed, iframe, meta, base, style)').count(),
      ).toBe(0);
    }
    // The front page lists the posts' (hostile) titles and excerpts too.
    await page.goto(`http://localhost:${port}/page/3/`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }
});
