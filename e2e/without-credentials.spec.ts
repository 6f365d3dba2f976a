import { expect, test, WORDPRESS_URL } from './fixtures';
import { e2ePorts } from './support/ports';
import { startServer, type RunningServer } from './support/server';

// The same build, pointed at the same WordPress, with no Application Password: what a site owner
// gets before configuring one. Menus and reading settings are not public in the REST API.
let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer(e2ePorts.single('withoutCredentials'), {
    WORDPRESS_URL,
    WORDPRESS_APP_USER: '',
    WORDPRESS_APP_PASSWORD: '',
  });
});

test.afterAll(() => server.stop());

test('navigation without menus: the Navigation block’s menu where WordPress has one, else top categories and pages; the log says why once', async ({
  page,
}) => {
  // Classic menus are not public in the REST API; a block theme's Navigation is (the Bridge's
  // /pressfront/v1/navigation). WordPress 6.8's install has one (a Page List, Twenty Twenty-Five's
  // header); 6.1's has none (scripts/test-other-wordpress.sh runs this spec on it).
  const answer = (await (await fetch(`${WORDPRESS_URL}/wp-json/pressfront/v1/navigation`)).json()) as {
    id: number;
    items: unknown[];
  };
  const blockMenu = answer.id > 0 && answer.items.length > 0;
  await page.goto(`${server.url}/`);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'About' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Contact' })).toBeVisible();
  // Categories come only with the fallback; the Page List is pages alone.
  await expect(nav.getByRole('link', { name: 'News' })).toHaveCount(blockMenu ? 0 : 1);
  // Not the classic menu's nesting: Masthead is not offered at the top.
  await expect(nav.locator(':scope > ul > li > a', { hasText: 'Masthead' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Footer' })).toHaveCount(0);
  await page.goto(`${server.url}/about/`);
  const notices = server.output().match(/"notice":"navigation-fallback"/g) ?? [];
  expect(notices).toHaveLength(1);
  expect(server.output()).toContain(
    `Menus need an Application Password (WORDPRESS_APP_USER/PASSWORD): the navigation shows ${
      blockMenu ? 'the site’s Navigation block menu' : 'top categories and pages'
    }`,
  );
});

test('without credentials a comment cannot be posted, and the reader is told why, text kept', async ({
  page,
  allowConsoleError,
}) => {
  // WordPress's refusal, passed on with its status.
  allowConsoleError(/^HTTP 403 .*\/api\/comments\/$/);
  await page.goto(`${server.url}/river-dredging-plan/`);
  const form = page.locator('#comments form[data-ready]');
  await expect(form).toBeVisible();
  await form.getByLabel('Comment').fill('Sent without credentials.');
  await form.getByLabel('Name').fill('Ana Ribeiro');
  await form.getByLabel('Email').fill('ana@example.test');
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.locator('#comments').getByRole('alert')).toHaveText(
    'This site does not accept comments from here at the moment.',
  );
  await expect(form.getByLabel('Comment')).toHaveValue('Sent without credentials.');
});
