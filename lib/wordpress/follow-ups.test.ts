import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_WORDPRESS_URL, loadFixture } from './__fixtures__/load';
import { observeReads } from './observe';
import { getArchivePosts, getTermByPath } from './archives';
import { getPostSurroundings } from './post-surroundings';
import { resolvePath } from './resolve';

// A never-rendered post costs one request to WordPress: the request that finds it by its slug
// brings what goes around it (the Bridge plugin's follow-ups), and the reads for those take the
// answers instead of asking. Recorded from the real WordPress and plugin (npm run wp:record-fixtures).

// React's `cache` is per render on the server; outside one it does not remember. Here a "render"
// is one test: zero-argument caches (the follow-up answers) are kept until the next test.
let render = 0;
vi.mock('react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react')>();
  return {
    ...actual,
    cache: <A extends unknown[], T>(fn: (...args: A) => T) => {
      const kept = new Map<number, T>();
      return (...args: A): T => {
        if (args.length > 0) return fn(...args);
        if (!kept.has(render)) kept.set(render, fn(...args));
        return kept.get(render) as T;
      };
    },
  };
});

const bundle = loadFixture('bundle-long-form-with-follow-ups');
const contentModel = loadFixture('content-model-wp6.8');
const comments = loadFixture('comments-long-form');
const posts = loadFixture('posts-page-1');
const LONG_FORM = '/harbour-towns-sign-tidal-power-pact/';

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** WordPress as recorded: the bundle answers with follow-ups unless `oldPlugin`; single reads as recorded. */
function wordpress({ oldPlugin = false } = {}) {
  const fetchMock = vi.fn<(url: string, init?: { next?: { tags: string[] } }) => Promise<Response>>(
    async (url) => {
      const parsed = new URL(url);
      if (parsed.pathname.endsWith('/pressfront/v1/content-model')) return json(contentModel.body);
      if (parsed.pathname.endsWith('/pressfront/v1/bundle')) {
        const answer = bundle.body as { answers: unknown[] };
        const asked = JSON.parse(parsed.searchParams.get('requests') ?? '[]') as string[];
        // An old plugin (or a bundle that is not the recorded one): each read answered as recorded.
        if (oldPlugin || !parsed.searchParams.has('then')) {
          return json(
            asked.map((r) => ({
              status: 200,
              total: 1,
              total_pages: 1,
              body: r.startsWith('/wp/v2/comments')
                ? comments.body
                : r.includes('slug=')
                  ? (answer.answers[0] as { body: unknown }).body
                  : posts.body,
            })),
          );
        }
        return json(answer);
      }
      return json(url.includes('/wp/v2/comments') ? comments.body : posts.body, { 'X-WP-TotalPages': '1' });
    },
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const MODEL = '/pressfront/v1/content-model';
/**
 * The requests a page made for itself. The site's content model (the post types a path may be
 * of) is read beside them, never before, once per render here, and by a running site once at all
 * (the data cache keeps it under its tag): left out, after checking it was read once.
 */
const routes = (fetchMock: ReturnType<typeof wordpress>) => {
  const all = fetchMock.mock.calls.map(([url]) => new URL(url).pathname.replace('/wp-json', ''));
  expect(all.filter((route) => route === MODEL).length).toBeLessThanOrEqual(1);
  return all.filter((route) => route !== MODEL);
};
const bundleCalls = (fetchMock: ReturnType<typeof wordpress>) =>
  fetchMock.mock.calls.filter(([url]) => new URL(url).pathname.endsWith('/pressfront/v1/bundle'));

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', FIXTURE_WORDPRESS_URL);
  vi.stubEnv('WORDPRESS_TIMEOUT_MS', '200');
});
beforeEach(() => {
  render += 1;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function loadLongForm(timeZone: string) {
  const found = await resolvePath(LONG_FORM);
  if (found.kind !== 'post') throw new Error(`expected the long-form post, got ${found.kind}`);
  return { post: found.post, ...(await getPostSurroundings(found.post, timeZone, 1, null)) };
}

describe('a post never rendered', () => {
  it('costs one request: found by its slug, with its comments, neighbours and section', async () => {
    const fetchMock = wordpress();
    const told: string[][] = [];
    observeReads('follow-ups test', { read: (tags) => void told.push(tags), upstreamFailed: () => {} });
    const { post, comments: section, related } = await loadLongForm('UTC');

    expect(routes(fetchMock)).toEqual(['/pressfront/v1/bundle']);
    expect(post.slug).toBe('harbour-towns-sign-tidal-power-pact');
    expect(section.total).toBe((comments.body as unknown[]).length);
    expect(related.previous?.title).toBeTruthy();
    expect(related.sameCategory.length).toBeGreaterThan(0);
    expect(related.sameCategory.map((p) => p.id)).not.toContain(post.id);

    const [url, init] = bundleCalls(fetchMock)[0] ?? [];
    const then = JSON.parse(new URL(url ?? '').searchParams.get('then') ?? '[]') as string[];
    expect(then).toHaveLength(4);
    expect(then[0]).toContain('post=__pf_id__');
    expect(then[3]).toContain('categories=__pf_category__');
    // The bundle's cache entry expires with any post's comments (it may hold them) …
    expect(init?.next?.tags).toEqual(
      expect.arrayContaining(['comments', 'posts', 'post-slug:harbour-towns-sign-tidal-power-pact']),
    );
    // … but the page is tagged with what it took: this post's comments, not every post's.
    const pageTags = told.flat();
    expect(pageTags).toContain(`comments:${post.id}`);
    expect(pageTags).not.toContain('comments');
  });

  it('asks for the reads around it when WordPress filled the follow-ups with other values', async () => {
    // Our idea of the post's local date differs from the plugin's (another time zone): the answers
    // it brought are for other reads, so they are not taken — asked for, not mixed up.
    const fetchMock = wordpress();
    const { related } = await loadLongForm('Asia/Tokyo');
    expect(routes(fetchMock)).toEqual(['/pressfront/v1/bundle', '/pressfront/v1/bundle']);
    const second = new URL(bundleCalls(fetchMock)[1]?.[0] ?? '');
    expect(second.searchParams.get('requests')).toContain('before=2026-11-20T18%3A00%3A00');
    expect(related.previous).not.toBeNull();
  });

  it('with a plugin that knows no follow-ups, costs two requests and renders the same', async () => {
    const fetchMock = wordpress({ oldPlugin: true });
    const { comments: section, related } = await loadLongForm('UTC');
    expect(routes(fetchMock)).toEqual(['/pressfront/v1/bundle', '/pressfront/v1/bundle']);
    expect(section.total).toBe((comments.body as unknown[]).length);
    expect(related.sameCategory.length).toBeGreaterThan(0);
  });
});

describe('an archive never rendered', () => {
  it('costs one request: the term found by its slug, with its page of posts', async () => {
    const term = {
      id: 3,
      name: 'News',
      slug: 'news',
      taxonomy: 'category',
      link: `${FIXTURE_WORDPRESS_URL}/category/news/`,
      description: '',
    };
    const fetchMock = vi.fn<(url: string) => Promise<Response>>(async (url) => {
      const parsed = new URL(url);
      if (!parsed.pathname.endsWith('/pressfront/v1/bundle'))
        return json(posts.body, { 'X-WP-TotalPages': '3' });
      const then = JSON.parse(parsed.searchParams.get('then') ?? '[]') as string[];
      expect(then).toEqual([expect.stringContaining('categories=__pf_id__')]);
      return json({
        answers: [{ status: 200, total: 1, total_pages: 1, body: [term] }],
        then: {
          values: { id: '3', local_date: null, category: null },
          answers: [{ status: 200, total: 25, total_pages: 3, body: posts.body }],
        },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const found = await getTermByPath('category', '/category/news/', 2);
    const listed = await getArchivePosts('categories', found.id, 2);
    expect(routes(fetchMock as unknown as ReturnType<typeof wordpress>)).toEqual(['/pressfront/v1/bundle']);
    expect(found.name).toBe('News');
    expect(listed.items).toHaveLength((posts.body as unknown[]).length);
    expect(listed.pageInfo.totalPages).toBe(3);
  });
});
