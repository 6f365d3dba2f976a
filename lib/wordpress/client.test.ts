import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { FIXTURE_WORDPRESS_URL, fixtureResponse } from './__fixtures__/load';
import { wpFetch } from './client';
import { NotFoundError, UpstreamError } from './errors';
import { wpIndex, wpPostSummary } from './schemas';

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', FIXTURE_WORDPRESS_URL);
  vi.stubEnv('WORDPRESS_APP_USER', 'admin');
  vi.stubEnv('WORDPRESS_APP_PASSWORD', 'app pass');
  vi.stubEnv('WORDPRESS_TIMEOUT_MS', '200');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const respondWith = (response: Response | (() => Promise<Response>)) => {
  const fetchMock = vi.fn(typeof response === 'function' ? response : async () => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};
const silenceLog = () => vi.spyOn(console, 'error').mockImplementation(() => {});

const postsRequest = {
  path: '/wp/v2/posts',
  query: { slug: 'x', page: undefined },
  schema: z.array(wpPostSummary),
  tags: ['posts'],
};

/** A read with a query no other test makes: no last good answer exists for it. */
const neverRead = (slug: string) => ({ ...postsRequest, query: { slug } });

describe('wpFetch', () => {
  it('validates a recorded response and returns it with headers', async () => {
    const fetchMock = respondWith(fixtureResponse('posts-page-1'));
    const { data, headers } = await wpFetch(postsRequest);
    expect(data).toHaveLength(10);
    expect(headers.get('x-wp-totalpages')).toBe('3');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit & { next?: unknown }];
    expect(url).toBe(`${FIXTURE_WORDPRESS_URL}/wp-json/wp/v2/posts?slug=x&_locale=user`);
    // Its own tags, and the one every cached read carries (expiring it expires everything).
    expect(init.next).toEqual({ tags: ['wordpress', 'posts'], revalidate: 60 });
    expect(new Headers(init.headers).get('authorization')).toBeNull();
  });

  it('sends credentials only on authenticated calls, and never caches those', async () => {
    const fetchMock = respondWith(fixtureResponse('index'));
    await wpFetch({ path: '/', schema: wpIndex, tags: ['site'], authenticated: true });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit & { next?: unknown }];
    expect(new Headers(init.headers).get('authorization')).toBe(
      `Basic ${Buffer.from('admin:app pass').toString('base64')}`,
    );
    expect(init.cache).toBe('no-store');
    expect(init.next).toBeUndefined();
  });

  it('turns a 404 into NotFoundError', async () => {
    respondWith(new Response(JSON.stringify({ code: 'rest_post_invalid_id' }), { status: 404 }));
    await expect(wpFetch({ ...postsRequest, notFound: 'post 7' })).rejects.toThrow(
      new NotFoundError('post 7'),
    );
  });

  it('turns the recorded "page past the end" answer into NotFoundError', async () => {
    respondWith(fixtureResponse('posts-page-past-end'));
    await expect(wpFetch(postsRequest)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('turns a 500 into UpstreamError with endpoint and status, logged once', async () => {
    const log = silenceLog();
    respondWith(new Response('{"code":"internal_server_error"}', { status: 500 }));
    const error = await wpFetch(neverRead('five-hundred')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ endpoint: '/wp/v2/posts?slug=five-hundred', status: 500 });
    expect((error as Error).message).toContain('internal_server_error');
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(log.mock.calls[0]?.[0]))).toMatchObject({ source: 'wordpress', status: 500 });
  });

  it('rejects HTML where JSON was expected', async () => {
    silenceLog();
    const fetchMock = respondWith(async () => new Response('<html>Maintenance</html>', { status: 200 }));
    await expect(wpFetch(neverRead('html'))).rejects.toThrow(/not JSON/);
    // Asked twice: the second time around Next's data cache, which may hold the garbled answer.
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [, retry] = fetchMock.mock.calls[1] as unknown as [string, RequestInit & { next?: unknown }];
    expect(retry.cache).toBe('no-store');
    expect(retry.next).toBeUndefined();
  });

  it('rejects JSON of the wrong shape, naming the field', async () => {
    silenceLog();
    respondWith(async () => new Response(JSON.stringify([{ id: 'seven' }]), { status: 200 }));
    await expect(wpFetch(neverRead('shape'))).rejects.toThrow(/unexpected shape at 0\.id/);
  });

  it('reports WordPress unreachable', async () => {
    silenceLog();
    respondWith(() => Promise.reject(new TypeError('fetch failed')));
    const error = await wpFetch(neverRead('unreachable')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: null });
    expect((error as Error).message).toMatch(/unreachable \(fetch failed\)/);
  });

  it('tries a dropped connection or a gateway error once more, and no more', async () => {
    silenceLog();
    const good = fixtureResponse('posts-page-1');
    let fetchMock = respondWith(async () =>
      fetchMock.mock.calls.length === 1 ? Promise.reject(new TypeError('fetch failed')) : good.clone(),
    );
    expect((await wpFetch(neverRead('dropped-once'))).data).toHaveLength(10);
    expect(fetchMock).toHaveBeenCalledTimes(2);

    fetchMock = respondWith(async () => new Response('Bad gateway', { status: 503 }));
    await expect(wpFetch(neverRead('gateway'))).rejects.toMatchObject({ status: 503 });
    expect(fetchMock).toHaveBeenCalledTimes(2);

    // A 500 is WordPress's own error, not a passing one; and writes are never repeated.
    fetchMock = respondWith(async () => new Response('{"code":"x"}', { status: 500 }));
    await expect(wpFetch(neverRead('five-hundred-once'))).rejects.toBeInstanceOf(UpstreamError);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    fetchMock = respondWith(() => Promise.reject(new TypeError('fetch failed')));
    await expect(wpFetch({ ...neverRead('write'), body: { a: 1 } })).rejects.toBeInstanceOf(UpstreamError);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('gives up after the configured timeout, without trying again', async () => {
    silenceLog();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          ),
      ),
    );
    await expect(wpFetch(neverRead('timeout'))).rejects.toThrow(/no answer within 200 ms/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('serves the last good answer when WordPress later fails, and says so in the log', async () => {
    respondWith(fixtureResponse('posts-page-1'));
    const good = await wpFetch(neverRead('kept'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    silenceLog();
    for (const broken of [
      () => new Response('<html>Error establishing a database connection</html>', { status: 200 }),
      () => new Response('{"code":"internal_server_error"}', { status: 500 }),
      () => new Response('[{"id":1,"sl', { status: 200 }),
    ]) {
      respondWith(async () => broken());
      expect((await wpFetch(neverRead('kept'))).data).toEqual(good.data);
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(JSON.parse(String(warn.mock.calls[0]?.[0]))).toMatchObject({
      endpoint: '/wp/v2/posts?slug=kept',
      message: 'served the last good answer',
    });
    // Not for a 404: a post that is gone is gone.
    respondWith(new Response('{"code":"rest_no_route"}', { status: 404 }));
    await expect(wpFetch(neverRead('kept'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('gets a good answer around a garbled one in the data cache', async () => {
    silenceLog();
    const good = fixtureResponse('posts-page-1');
    const fetchMock = respondWith(async () =>
      fetchMock.mock.calls.length === 1 ? new Response('[{"id":1,"sl', { status: 200 }) : good.clone(),
    );
    const { data } = await wpFetch(neverRead('garbled-then-good'));
    expect(data).toHaveLength(10);
  });

  it('keeps no last good answer for personal reads', async () => {
    respondWith(fixtureResponse('posts-page-1'));
    await wpFetch({ ...neverRead('personal'), personal: true });
    silenceLog();
    respondWith(new Response('oops', { status: 500 }));
    await expect(wpFetch({ ...neverRead('personal'), personal: true })).rejects.toBeInstanceOf(UpstreamError);
  });
});
