import type { Page } from '@playwright/test';
import { expect, test, WORDPRESS_URL } from './fixtures';
import { wpAdminOfflineNoise } from './support/wordpress-admin';

// Block content keeps the site's design in every Pressfront theme: a page written with the active
// PHP theme's palette and font sizes, a flex Group, a Row of buttons with its own gap, an outline
// button and Columns (backend/content/design-page.ts) shows with the values WordPress's own page
// computes for it — read in the browser from both pages, never written down here.

const PATH = '/block-design/';

/** What each part of the page must look like, as computed styles. */
const checks: { name: string; selector: string; properties: string[] }[] = [
  {
    name: 'paragraph in a palette colour at x-large',
    selector: 'p.design-lead',
    properties: ['color', 'font-size'],
  },
  {
    name: 'Group with a palette background and a flex layout',
    selector: '.design-row',
    properties: ['background-color', 'display', 'flex-direction', 'flex-wrap'],
  },
  {
    name: 'Row of buttons with its own gap',
    selector: '.design-buttons',
    properties: ['display', 'column-gap'],
  },
  {
    name: 'outline button',
    selector: '.design-buttons .is-style-outline > a',
    properties: ['background-color', 'border-top-width', 'border-top-style', 'border-left-width'],
  },
  { name: 'Columns', selector: '.design-columns', properties: ['display', 'flex-wrap'] },
];

async function computed(page: Page, selector: string, properties: string[]) {
  const element = page.locator(selector).first();
  await expect(element).toBeVisible();
  return element.evaluate(
    (node, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(node).getPropertyValue(n)])),
    properties,
  );
}

test('block content shows the site’s palette, sizes and layout as WordPress does', async ({
  page,
  context,
  allowConsoleError,
}) => {
  allowConsoleError(wpAdminOfflineNoise);
  await page.setViewportSize({ width: 1280, height: 900 });
  const wordpress = await context.newPage();
  await wordpress.setViewportSize({ width: 1280, height: 900 });
  await Promise.all([page.goto(PATH), wordpress.goto(`${WORDPRESS_URL}${PATH}`)]);
  for (const check of checks) {
    const ours = await computed(page, `.pf-prose ${check.selector}`, check.properties);
    const theirs = await computed(wordpress, check.selector, check.properties);
    expect(ours, check.name).toEqual(theirs);
  }
  // The design's font file is there, from this origin, as on WordPress's page.
  const family = await page
    .locator('.pf-prose p.design-font')
    .evaluate((p) => getComputedStyle(p).fontFamily);
  const first = family.split(',')[0] as string;
  const loaded = (target: Page) =>
    target.evaluate(async (font) => (await document.fonts.load(`16px ${font}`, 'Tide')).length > 0, first);
  expect(await loaded(wordpress), `WordPress loads ${first}`).toBe(true);
  expect(await loaded(page), `${first} loads`).toBe(true);
  // The Group's paragraphs and the Columns' columns stand side by side in both.
  for (const target of [page, wordpress]) {
    const tops = await target
      .locator('.design-row > p, .design-columns > .wp-block-column')
      .evaluateAll((nodes) => nodes.map((n) => Math.round(n.getBoundingClientRect().top)));
    expect(new Set(tops.slice(0, 3)).size, 'the Group’s three paragraphs share a row').toBe(1);
    expect(tops[3], 'the two columns share a row').toBe(tops[4]);
  }
  await wordpress.close();
});

test('a photo in a duotone preset is filtered as WordPress filters it', async ({
  page,
  context,
  allowConsoleError,
}) => {
  test.skip(
    process.env.PRESSFRONT_WP_VERSION === '6.1',
    'WordPress 6.1 prints its duotone filters in its own page only (the Bridge reads them from 6.3 on)',
  );
  allowConsoleError(wpAdminOfflineNoise);
  const wordpress = await context.newPage();
  await Promise.all([page.goto(PATH), wordpress.goto(`${WORDPRESS_URL}${PATH}`)]);
  // The image's filter names an SVG filter in the page; its colour tables are WordPress's.
  const duotone = (target: Page) =>
    target.locator('figure.design-duotone img').evaluate((img) => {
      const filter = getComputedStyle(img).filter;
      const id = /url\("?[^#"]*#([\w-]+)"?\)/.exec(filter)?.[1] ?? '';
      const element = id ? document.getElementById(id) : null;
      const table = (name: string) =>
        (element?.querySelector(name)?.getAttribute('tableValues') ?? '')
          .trim()
          .split(/\s+/)
          .map((v) => Math.round(Number(v) * 1000) / 1000);
      return {
        id,
        filter: element?.tagName.toLowerCase() ?? null,
        tables: ['feFuncR', 'feFuncG', 'feFuncB'].map(table),
      };
    });
  const ours = await duotone(page);
  expect(ours.filter, 'the SVG filter the image names is in the page').toBe('filter');
  expect(ours).toEqual(await duotone(wordpress));
  await wordpress.close();
});
