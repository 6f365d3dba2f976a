import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE_WORDPRESS_URL, loadFixture } from './__fixtures__/load';
import { NotFoundError } from './errors';
import { resolvePath } from './resolve';
import { searchPosts } from './search';
import { countSitemapObjects, getSitemapEntries, getSitemapSources } from './sitemap';

// Paths of the post types and taxonomies a plugin registered, routed from the site's content model
// (recorded from the local WordPress with its events plugin): nothing here is named in the code
// under test. WordPress is faked at the fetch boundary with its recorded model and small answers.

const model = loadFixture('content-model-wp6.8').body as {
  types: Record<string, unknown>[];
  taxonomies: Record<string, unknown>[];
};
const wp = FIXTURE_WORDPRESS_URL;

/** An event as WordPress answers for a type that supports nothing but a slug: no title, body or author. */
const bareEvent = (slug: string, id = 72) => ({
  id,
  slug,
  type: 'event',
  link: `${wp}/events/${slug}/`,
  date_gmt: '2026-10-11T18:00:00',
  modified_gmt: '2026-10-11T18:00:00',
  featured_media: 0,
  _embedded: {
    'wp:term': [
      [
        {
          id: 22,
          name: 'Harbour Hall',
          slug: 'harbour-hall',
          taxonomy: 'event-venue',
          link: `${wp}/venue/harbour-hall/`,
        },
      ],
    ],
  },
});

type Answer = unknown | ((url: URL) => unknown);

/** A WordPress answering each route from `answers` (by path below /wp-json), 404 for anything else. */
function wordpress(answers: Record<string, Answer>, contentModel: unknown = model) {
  const fetchMock = vi.fn(async (url: string) => {
    const parsed = new URL(url);
    const route = parsed.pathname.replace('/wp-json', '');
    const answer = route === '/pressfront/v1/content-model' ? contentModel : answers[route];
    if (answer === undefined) {
      return new Response(JSON.stringify({ code: 'rest_no_route' }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    }
    const body = typeof answer === 'function' ? (answer as (u: URL) => unknown)(parsed) : answer;
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json', 'X-WP-Total': '1', 'X-WP-TotalPages': '1' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const asked = (fetchMock: ReturnType<typeof wordpress>) =>
  fetchMock.mock.calls.map(([url]) => new URL(url).pathname.replace('/wp-json', ''));

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', wp);
  vi.stubEnv('WORDPRESS_TIMEOUT_MS', '200');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a path under a plugin’s post type or taxonomy', () => {
  it('is an item of the type, found in the type’s own collection, what it lacks read as empty', async () => {
    const fetchMock = wordpress({
      '/wp/v2/events': (url: URL) =>
        url.searchParams.get('slug') === 'harbour-lights' ? [bareEvent('harbour-lights')] : [],
      '/wp/v2/posts': [],
      '/wp/v2/pages': [],
    });
    const found = await resolvePath('/events/harbour-lights/');
    expect(found.kind).toBe('post');
    if (found.kind !== 'post') return;
    expect(found.post).toMatchObject({
      type: 'event',
      title: '',
      contentHtml: '',
      author: null,
      categories: [],
    });
    expect(found.post.taxonomyTerms).toEqual([
      {
        taxonomy: 'event-venue',
        label: 'Venue',
        terms: [expect.objectContaining({ name: 'Harbour Hall', path: '/venue/harbour-hall/' })],
      },
    ]);
    expect(asked(fetchMock)).toContain('/wp/v2/events');
  });

  it('under another path to the same item is a redirect to its own; an item not there is a 404', async () => {
    wordpress({
      '/wp/v2/events': (url: URL) =>
        url.searchParams.get('slug') === 'harbour-lights' ? [bareEvent('harbour-lights')] : [],
      '/wp/v2/posts': [],
      '/wp/v2/pages': [],
    });
    await expect(resolvePath('/events/2025/harbour-lights/')).resolves.toEqual({
      kind: 'redirect',
      to: '/events/harbour-lights/',
    });
    // A draft, a private item or none at all: WordPress answers the public nothing, so nothing.
    await expect(resolvePath('/events/unannounced-gala/')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is the type’s archive at its archive path, a term under a taxonomy’s base', async () => {
    const term = {
      id: 22,
      name: 'Harbour Hall',
      slug: 'harbour-hall',
      taxonomy: 'event-venue',
      link: `${wp}/venue/harbour-hall/`,
      description: 'On the quay.',
    };
    wordpress({ '/wp/v2/event-venues': [term], '/wp/v2/posts': [], '/wp/v2/pages': [] });
    const archive = await resolvePath('/events/');
    expect(archive).toMatchObject({ kind: 'type-archive', type: { name: 'event', archivePath: '/events/' } });
    const venue = await resolvePath('/venue/harbour-hall/');
    expect(venue).toMatchObject({
      kind: 'term',
      taxonomy: { name: 'event-venue' },
      term: { id: 22, description: 'On the quay.' },
    });
    // A term's slug under another parent than its own is not it.
    await expect(resolvePath('/venue/old-town/harbour-hall/')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('takes the longest base that fits, and a page at a bare base is still a page', async () => {
    const nested = {
      ...model,
      taxonomies: [
        ...model.taxonomies,
        {
          ...model.taxonomies.at(-1),
          name: 'event-series',
          rest_base: 'event-series',
          permalink_base: 'events/series',
        },
      ],
    };
    const series = {
      id: 5,
      name: 'Winter',
      slug: 'winter',
      taxonomy: 'event-series',
      link: `${wp}/events/series/winter/`,
    };
    const about = {
      id: 2,
      slug: 'venue',
      link: `${wp}/venue/`,
      date_gmt: null,
      modified_gmt: '2026-01-01T00:00:00',
      title: { rendered: 'Venue' },
      content: { rendered: '' },
      featured_media: 0,
    };
    wordpress({ '/wp/v2/event-series': [series], '/wp/v2/posts': [], '/wp/v2/pages': [about] }, nested);
    await expect(resolvePath('/events/series/winter/')).resolves.toMatchObject({
      kind: 'term',
      term: { slug: 'winter' },
    });
    await expect(resolvePath('/venue/')).resolves.toMatchObject({ kind: 'page', page: { slug: 'venue' } });
  });

  it('is the type’s archive even where a page has the same path, as WordPress’s rewrite rules have it', async () => {
    const events = {
      id: 3,
      slug: 'events',
      link: `${wp}/events/`,
      date_gmt: null,
      modified_gmt: '2026-01-01T00:00:00',
      title: { rendered: 'Events' },
      content: { rendered: '' },
      featured_media: 0,
    };
    wordpress({ '/wp/v2/posts': [], '/wp/v2/pages': [events] });
    await expect(resolvePath('/events/')).resolves.toMatchObject({ kind: 'type-archive' });
  });

  it('is nothing special on a site without the plugin’s model: posts and pages only', async () => {
    wordpress({ '/wp/v2/posts': [], '/wp/v2/pages': [] }, undefined);
    await expect(resolvePath('/events/harbour-lights/')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('search', () => {
  it('looks in every searchable type and reads each type’s hits from its own collection, in WordPress’s order', async () => {
    const post = {
      ...bareEvent('tide-pact', 9),
      type: 'post',
      link: `${wp}/tide-pact/`,
      title: { rendered: 'Tide pact' },
      excerpt: { rendered: '' },
      author: 1,
    };
    const fetchMock = wordpress({
      '/wp/v2/search': (url: URL) => {
        expect(url.searchParams.get('subtype')?.split(',')).toEqual(['post', 'page', 'event']);
        return [
          { id: 72, subtype: 'event' },
          { id: 9, subtype: 'post' },
        ];
      },
      '/wp/v2/events': (url: URL) => {
        expect(url.searchParams.get('include')).toBe('72');
        return [bareEvent('harbour-lights')];
      },
      '/wp/v2/posts': (url: URL) => {
        expect(url.searchParams.get('include')).toBe('9');
        return [post];
      },
    });
    const { items, pageInfo } = await searchPosts('harbour', 1);
    expect(items.map((item) => [item.type, item.id])).toEqual([
      ['event', 72],
      ['post', 9],
    ]);
    expect(pageInfo.total).toBe(1);
    expect(asked(fetchMock)).not.toContain('/wp/v2/pages');
  });
});

describe('the sitemap', () => {
  it('splits a taxonomy of 10,000 terms into ten files of 1,000, each read in REST pages of 100', async () => {
    const asked: string[] = [];
    const fetchMock = vi.fn(async (url: string) => {
      const parsed = new URL(url);
      if (parsed.pathname.endsWith('/content-model')) return Response.json(model);
      asked.push(parsed.searchParams.get('page') ?? 'count');
      const perPage = Number(parsed.searchParams.get('per_page'));
      const page = Number(parsed.searchParams.get('page') ?? 1);
      const body = Array.from({ length: perPage }, (_, i) => ({
        link: `${wp}/venue/hall-${(page - 1) * perPage + i}/`,
      }));
      return Response.json(body, {
        headers: { 'X-WP-Total': '10000', 'X-WP-TotalPages': String(10000 / perPage) },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const venues = (await getSitemapSources()).find((source) => source.name === 'taxonomy-event-venue');
    expect(venues).toBeDefined();
    if (!venues) return;
    expect(await countSitemapObjects(venues)).toBe(10_000);
    const last = await getSitemapEntries(venues, 10);
    expect(last).toHaveLength(1000);
    expect(last[0]?.path).toBe('/venue/hall-9000/');
    expect(last.at(-1)?.path).toBe('/venue/hall-9999/');
    // The count, then the tenth file's ten REST pages: 91 to 100, never the 9,000 terms before.
    expect(asked).toEqual(['count', ...Array.from({ length: 10 }, (_, i) => String(91 + i))]);
  });

  it('lists each of a plugin’s types and taxonomies after WordPress’s own', async () => {
    wordpress({});
    const names = (await getSitemapSources()).map((source) => source.name);
    expect(names).toEqual([
      'posts',
      'pages',
      'categories',
      'tags',
      'authors',
      'type-event',
      'taxonomy-event-venue',
    ]);
  });
});
