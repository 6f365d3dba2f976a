import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '@/lib/wordpress';

const posts = new Map<number, Partial<Post>>([
  [
    7,
    {
      path: '/2026/tidal-pact/',
      categories: [{ path: '/category/news/' }, { path: '/category/energy/' }] as Post['categories'],
      tags: [{ path: '/tag/tides/' }] as Post['tags'],
      taxonomyTerms: [],
      author: { path: '/author/marta/' } as Post['author'],
    },
  ],
]);
vi.mock('@/lib/wordpress', () => ({
  getPostById: async (id: number) => {
    const post = posts.get(id);
    if (!post) throw new Error('not found');
    return post;
  },
  getPageById: async (id: number) => {
    if (id !== 3) throw new Error('not found');
    return { path: '/about/' };
  },
}));
// The configuration as each test sets it (the real one is read once per process).
vi.mock('@/lib/config', async (original) => {
  const config = await original<typeof import('@/lib/config')>();
  return { ...config, getConfig: () => config.parseConfig(process.env) };
});
const cached: Request[] = [];
vi.mock('../page-cache/serve-cached-page', () => ({
  serveThroughCache: async (request: Request) => {
    cached.push(request);
    return new Response('<p>page</p>');
  },
}));

const env = { WORDPRESS_URL: 'http://127.0.0.1:8790', PRESSFRONT_PAGE_CACHE_SECONDS: '60' };
beforeEach(() => {
  cached.length = 0;
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('pagesAffectedBy', async () => {
  const { pagesAffectedBy } = await import('./warm-pages');

  it('a post: its page, the home page, the first page of each of its archives', async () => {
    expect(await pagesAffectedBy(['post:7', 'post-slug:tidal-pact', 'posts', 'wordpress'])).toEqual([
      '/2026/tidal-pact/',
      '/',
      '/category/news/',
      '/category/energy/',
      '/tag/tides/',
      '/author/marta/',
    ]);
  });

  it('a page, a comment’s post; nothing for what has no page (a deleted post, the site’s name)', async () => {
    expect(await pagesAffectedBy(['page:3'])).toEqual(['/about/', '/']);
    expect(await pagesAffectedBy(['comments:7'])).toEqual(['/2026/tidal-pact/']);
    expect(await pagesAffectedBy(['post:99'])).toEqual([]);
    expect(await pagesAffectedBy(['site', 'menu:primary'])).toEqual([]);
  });
});

describe('warmPages', async () => {
  const { warmPages } = await import('./warm-pages');

  it('without an edge: renders each into the page cache, at the site’s address', async () => {
    await warmPages(['/', '/about/'], 'https://news.example.com');
    expect(
      cached.map((request) => [
        request.url,
        request.headers.get('x-forwarded-host'),
        request.headers.get('x-forwarded-proto'),
      ]),
    ).toEqual([
      ['https://news.example.com/', 'news.example.com', 'https'],
      ['https://news.example.com/about/', 'news.example.com', 'https'],
    ]);
  });

  it('behind edges: asks each edge for each page, under the site’s host (its soft-purged copy starts the new render)', async () => {
    vi.stubEnv('PRESSFRONT_EDGE_CACHE_SECONDS', '600');
    vi.stubEnv('PRESSFRONT_EDGE_PURGE_URLS', 'http://10.0.0.1:6081, http://10.0.0.2:6081');
    vi.stubEnv('PRESSFRONT_EDGE_PURGE_TOKEN', 't'.repeat(32));
    const asked: [string, string | null][] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      expect(headers.get('x-pressfront-purge-token')).toBe('t'.repeat(32));
      expect(headers.get('x-pressfront-warm')).toBe('1');
      asked.push([url, headers.get('host')]);
      return new Response('<p>page</p>');
    });
    await warmPages(['/', '/about/'], 'https://news.example.com');
    expect(asked.sort()).toEqual([
      ['http://10.0.0.1:6081/', 'news.example.com'],
      ['http://10.0.0.1:6081/about/', 'news.example.com'],
      ['http://10.0.0.2:6081/', 'news.example.com'],
      ['http://10.0.0.2:6081/about/', 'news.example.com'],
    ]);
    expect(cached).toEqual([]);
  });

  it('with neither, nothing: every reader renders anyway', async () => {
    vi.stubEnv('PRESSFRONT_PAGE_CACHE_SECONDS', '0');
    await warmPages(['/'], 'https://news.example.com');
    expect(cached).toEqual([]);
  });
});
