import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test, WORDPRESS_URL, wpGet } from './fixtures';

// Feeds, sitemaps, robots.txt and the favicon: XML and redirects from route handlers, the same in
// every theme, so checked once (with the default theme's server, whose pages the sitemap URLs hit).

const LONG_FORM = '/harbour-towns-sign-tidal-power-pact/';
const parser = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' });

test('the RSS feeds are valid RSS 2.0 with full, absolute content', async ({ request, baseURL }) => {
  const latest = await wpGet<{ link: string }[]>('/wp/v2/posts?per_page=10&_fields=link');
  const response = await request.get('/feed/');
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { channel } = parser.parse(xml).rss;
  expect(channel.title).toBe('Pressfront Daily');
  expect(channel['atom:link']['@_href']).toBe(`${baseURL}/feed/`);
  // The members-only post is left out: its body is not public.
  const public_ = latest.filter((p) => !p.link.includes('members-briefing'));
  expect(channel.item.map((i: { link: string }) => i.link)).toEqual(
    public_.map((p) => `${baseURL}${new URL(p.link).pathname}`),
  );
  const longForm = channel.item.find((i: { link: string }) => i.link.endsWith(LONG_FORM));
  expect(longForm['content:encoded']['#cdata']).toContain('Dawn over the harbour at Porto Alto');
  expect(longForm['content:encoded']['#cdata']).not.toMatch(/(href|src)="\/(?!\/)/);

  for (const [path, title] of [
    ['/category/science/climate/feed/', 'Pressfront Daily – Climate'],
    ['/tag/energy/feed/', 'Pressfront Daily – Energy'],
  ]) {
    const feed = await request.get(path!);
    expect(feed.status(), path).toBe(200);
    const body = await feed.text();
    expect(XMLValidator.validate(body)).toBe(true);
    expect(parser.parse(body).rss.channel.title).toBe(title);
  }
});

test('WordPress’s other feed formats and its core sitemap address lead to ours', async ({ request }) => {
  for (const [from, to] of [
    ['/feed/atom/', '/feed/'],
    ['/feed/rss2/', '/feed/'],
    ['/category/science/climate/feed/rdf/', '/category/science/climate/feed/'],
    ['/tag/energy/feed/atom/', '/tag/energy/feed/'],
    ['/wp-sitemap.xml', '/sitemap.xml'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname, from).toBe(to);
    expect((await request.get(from!)).status(), from).toBe(200);
  }
});

test('the sitemap index lists sitemaps covering posts, pages, terms, authors and a plugin’s types and taxonomies, every URL live', async ({
  request,
  baseURL,
}) => {
  const index = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const files = [parser.parse(index).sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
  // WordPress's own, then the local events plugin's type and taxonomy, found in the content model.
  expect(files).toEqual(
    ['posts', 'pages', 'categories', 'tags', 'authors', 'type-event', 'taxonomy-event-venue'].map(
      (kind) => `${baseURL}/sitemaps/${kind}-1.xml`,
    ),
  );
  const urls: { loc: string; lastmod?: string }[] = [];
  for (const file of files) {
    const xml = await (await request.get(file)).text();
    expect(XMLValidator.validate(xml), file).toBe(true);
    urls.push(...[parser.parse(xml).urlset.url].flat());
  }
  const total = async (type: string) =>
    Number((await fetch(`${WORDPRESS_URL}/wp-json/wp/v2/${type}?per_page=1`)).headers.get('x-wp-total'));
  // Posts, pages and events carry the date they changed; terms and authors do not.
  expect(urls.filter((u) => u.lastmod).length).toBe(
    (await total('posts')) + (await total('pages')) + (await total('events')),
  );
  // Every URL a crawler is given must be a page, not a redirect or a 404 (a few at a time).
  test.setTimeout(120_000);
  for (let i = 0; i < urls.length; i += 4) {
    await Promise.all(
      urls.slice(i, i + 4).map(async ({ loc }) => {
        const response = await request.get(loc, { maxRedirects: 0 });
        expect(response.status(), loc).toBe(200);
      }),
    );
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('the favicon is the site icon, or Pressfront’s when WordPress has none', async ({ request }) => {
  const response = await request.get('/favicon.ico', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/pressfront-icon\.svg$/);
});
