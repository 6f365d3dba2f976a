import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE_WORDPRESS_URL, loadFixture } from './__fixtures__/load';
import { wpFetchBundle } from './bundle';
import { commentsRequest } from './comments';
import { postListRequest } from './posts';

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', FIXTURE_WORDPRESS_URL);
  vi.stubEnv('WORDPRESS_TIMEOUT_MS', '200');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const posts = loadFixture('posts-page-1');
const comments = loadFixture('comments-long-form');
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
/** The answer WordPress gives to a read asked on its own, from the recordings. */
const single = (url: string) =>
  url.includes('/wp/v2/comments')
    ? json(comments.body, 200, { 'X-WP-TotalPages': '1' })
    : json(posts.body, 200, { 'X-WP-TotalPages': '3' });

function wordpress(bundle: (requests: string[]) => Response) {
  const fetchMock = vi.fn(async (url: string) => {
    const parsed = new URL(url);
    if (parsed.pathname.endsWith('/pressfront/v1/bundle')) {
      return bundle(JSON.parse(parsed.searchParams.get('requests') ?? '[]') as string[]);
    }
    return single(url);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const urls = (fetchMock: ReturnType<typeof wordpress>) =>
  fetchMock.mock.calls.map(([url]) => new URL(url).pathname.replace('/wp-json', ''));

// Unique filters per test: the data layer remembers last good answers by endpoint.
const reads = (n: number) =>
  [
    commentsRequest(100 + n, 1, null),
    postListRequest({ before: `2026-01-0${n}T00:00:00`, per_page: 1 }, 1),
    postListRequest({ categories: n, per_page: 3 }, 1),
  ] as const;

describe('wpFetchBundle', () => {
  it('asks for several reads in one request and gives each its own validated answer', async () => {
    const fetchMock = wordpress((requests) =>
      json(
        requests.map((r) =>
          r.startsWith('/wp/v2/comments')
            ? { status: 200, total: 4, total_pages: 1, body: comments.body }
            : { status: 200, total: 25, total_pages: 3, body: posts.body },
        ),
      ),
    );
    const [c, older, same] = await wpFetchBundle(reads(1));
    expect(urls(fetchMock)).toEqual(['/pressfront/v1/bundle']);
    expect(c.data).toHaveLength((comments.body as unknown[]).length);
    expect(older.data).toHaveLength(10);
    expect(same.headers.get('X-WP-TotalPages')).toBe('3');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, { next?: { tags: string[] } }];
    expect(JSON.parse(new URL(url).searchParams.get('requests') ?? '')).toEqual([
      '/wp/v2/comments?post=101&per_page=100&page=1&orderby=date_gmt&order=asc&_fields=id%2Cparent%2Cauthor_name%2Cauthor_url%2Cdate_gmt%2Ccontent',
      expect.stringMatching(/^\/wp\/v2\/posts\?page=1&per_page=1&before=2026-01-01/),
      expect.stringMatching(/^\/wp\/v2\/posts\?page=1&per_page=3&categories=1/),
    ]);
    // Cached under every tag its reads carry: any of them revalidated drops the bundle.
    expect(init.next?.tags.sort()).toEqual(['comments:101', 'posts', 'wordpress']);
  });

  it('asks again on its own for a read whose answer was an error or of the wrong shape', async () => {
    const fetchMock = wordpress(() =>
      json([
        { status: 200, total: 4, total_pages: 1, body: comments.body },
        { status: 500, total: null, total_pages: null, body: { code: 'oops' } },
        { status: 200, total: 1, total_pages: 1, body: [{ id: 'not a post' }] },
      ]),
    );
    const [, older, same] = await wpFetchBundle(reads(2));
    expect(urls(fetchMock)).toEqual(['/pressfront/v1/bundle', '/wp/v2/posts', '/wp/v2/posts']);
    expect(older.data).toHaveLength(10);
    expect(same.data).toHaveLength(10);
  });

  it('an answer with the wrong number of reads is a logged error, and each read goes on its own', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetchMock = wordpress(() => json([{ status: 200, total: 1, total_pages: 1, body: posts.body }]));
    const [c, older, same] = await wpFetchBundle(reads(6));
    expect(urls(fetchMock).sort()).toEqual([
      '/pressfront/v1/bundle',
      '/wp/v2/comments',
      '/wp/v2/posts',
      '/wp/v2/posts',
    ]);
    expect(c.data.length).toBeGreaterThan(0);
    expect(older.data).toHaveLength(10);
    expect(same.data).toHaveLength(10);
    expect(error.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringContaining('1 answers to 3 reads'),
    ]);
  });

  it('sends a personal read (a protected post’s comments, with its password) on its own', async () => {
    const fetchMock = wordpress((requests) =>
      json(requests.map(() => ({ status: 200, total: 25, total_pages: 3, body: posts.body }))),
    );
    const [, older, same] = await wpFetchBundle([
      commentsRequest(103, 1, 'secret'),
      postListRequest({ before: '2026-01-03T00:00:00', per_page: 1 }, 1),
      postListRequest({ categories: 3, per_page: 3 }, 1),
    ] as const);
    expect(urls(fetchMock).sort()).toEqual(['/pressfront/v1/bundle', '/wp/v2/comments']);
    const bundled = new URL(fetchMock.mock.calls.find(([u]) => u.includes('bundle'))?.[0] ?? '');
    expect(bundled.searchParams.get('requests')).not.toContain('secret');
    expect(older.data).toHaveLength(10);
    expect(same.data).toHaveLength(10);
  });

  it('without the Bridge plugin, each read is a request of its own, and it says so once', async () => {
    // The module then believes the plugin missing "for a while" from now: with the clock at 0 that
    // while is long over for every other test, whatever order they run in.
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetchMock = wordpress(() => json({ code: 'rest_no_route' }, 404));
    const [c, older] = await wpFetchBundle(reads(4));
    expect(urls(fetchMock).sort()).toEqual([
      '/pressfront/v1/bundle',
      '/wp/v2/comments',
      '/wp/v2/posts',
      '/wp/v2/posts',
    ]);
    expect(c.data.length).toBeGreaterThan(0);
    expect(older.data).toHaveLength(10);
    fetchMock.mockClear();
    await wpFetchBundle(reads(5));
    // Not asked for again right away.
    expect(urls(fetchMock)).not.toContain('/pressfront/v1/bundle');
    expect(warn.mock.calls.filter(([line]) => String(line).includes('no-bundle'))).toHaveLength(1);
  });
});
