import { expect, test } from './fixtures';

// What search engines and link previews get from each page, in every theme: metadata and structured data.

const LONG_FORM = '/harbour-towns-sign-tidal-power-pact/';

const meta = (page: import('@playwright/test').Page, selector: string) =>
  page.locator(`head ${selector}`).getAttribute('content');

test('a post has a canonical URL, Open Graph and Twitter cards, and BlogPosting data', async ({
  page,
  baseURL,
}) => {
  await page.goto(LONG_FORM);
  const canonical = `${baseURL}${LONG_FORM}`;
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', canonical);
  expect(await meta(page, 'meta[name="description"]')).toMatch(/^Three harbour towns/);
  expect(await meta(page, 'meta[property="og:type"]')).toBe('article');
  expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
  expect(await meta(page, 'meta[property="og:image"]')).toMatch(/city-square\.jpg$/);
  expect(await meta(page, 'meta[property="article:published_time"]')).toBe('2026-11-20T09:00:00Z');
  expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
  await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, unknown>,
  );
  expect(data.map((d) => d['@type'])).toEqual(['BlogPosting', 'BreadcrumbList']);
  expect(data[0]).toMatchObject({
    headline: 'Harbour towns sign a tidal power pact, pledging to keep each other’s lights on',
    url: canonical,
    author: { name: 'Marta Quinn' },
    publisher: { name: 'Pressfront Daily' },
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});

test('archives have their own titles and canonical URLs; search and later pages are noindex', async ({
  page,
  baseURL,
}) => {
  await page.goto('/category/science/climate/');
  await expect(page).toHaveTitle('Climate – Pressfront Daily');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}/category/science/climate/`,
  );
  expect(await meta(page, 'meta[name="description"]')).toBe('Weather, energy and a warming planet.');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute(
    'href',
    /\/category\/science\/climate\/feed\/$/,
  );
  const front = await page.goto('/');
  expect(front?.status()).toBe(200);
  const website = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
  );
  expect(website['@type']).toBe('WebSite');
  expect(website.potentialAction.target.urlTemplate).toBe(`${baseURL}/?s={search_term_string}`);
  for (const path of ['/?s=harbour', '/page/2/', '/author/marta-quinn/page/2/']) {
    await page.goto(path);
    expect(await meta(page, 'meta[name="robots"]'), path).toBe('noindex, follow');
  }
});

test('metadata is in the head of the HTML a browser gets: the copy kept for whoever asks next', async ({
  request,
}) => {
  const browser =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140 Safari/537.36';
  for (const path of ['/', LONG_FORM, '/category/science/climate/']) {
    const html = await (await request.get(path, { headers: { 'user-agent': browser } })).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head, path).toMatch(/<meta name="description" content="[^"]+"/);
    expect(head, path).toMatch(/<link rel="canonical"/);
    expect(head, path).toMatch(/<title>[^<]+<\/title>/);
  }
});
