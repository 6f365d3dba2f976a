import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { peekRender, RENDER_ID_HEADER } from './render-log';
import { isSharedPageRequest, renderSettled, serveThroughCache } from './serve-cached-page';
import { pageStore } from './store';
import { clocksPast } from '../cache-handlers/cache-entries.fixture';
import { recordExpired } from '../cache-handlers/tag-expirations.cjs';

const NEXT_RUNTIME =
  '<script src="/_next/static/chunks/main.js" async=""></script><script>self.__next_f.push([1,"p"])</script>';

// This server stands in for the Next server rendering the page; it notes what the "render" read
// the way the data layer does.
let server: http.Server;
let renders = 0;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    // The status page a document of a failed render is made of (app/%5Fpressfront/status/).
    if (req.url?.startsWith('/_pressfront/status/')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<h1>status ${req.url.split('/')[3]}</h1>${NEXT_RUNTIME}`);
      return;
    }
    renders += 1;
    const record = peekRender(String(req.headers[RENDER_ID_HEADER]));
    const path = req.url ?? '/';
    if (record) {
      record.tags.add(`page:${path}`);
      record.tags.add('site');
      if (path.startsWith('/personal/')) record.personal = true;
      if (path.startsWith('/down/')) record.upstreamFailed = true;
    }
    if (path.startsWith('/redirect/')) {
      res.writeHead(308, { Location: '/there/' });
      res.end();
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
    if (path.startsWith('/cookie/')) headers['Set-Cookie'] = 'x=1';
    const status =
      path.startsWith('/down/') || path.startsWith('/bug/') ? 500 : path.startsWith('/missing/') ? 404 : 200;
    const answer = () => {
      res.writeHead(status, headers);
      // With Next's runtime, as Next sends a page: readers' documents go without it.
      res.end(`<p>${path} #${renders}</p>${NEXT_RUNTIME}`);
    };
    // A render that takes a while, for readers arriving while it runs.
    if (path.includes('/slow')) setTimeout(answer, 150);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  vi.stubEnv('PORT', String((server.address() as AddressInfo).port));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => pageStore().clear());

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000${path}`, { headers });
// Until the render of `path` has been kept, or has been found not keepable.
const settle = (path: string, headers: Record<string, string> = {}) =>
  renderSettled(get(path, headers), path);

async function serve(path: string, { documents = true } = {}) {
  const response = await serveThroughCache(get(path), path, 60_000, { documents });
  return {
    status: response.status,
    cache: response.headers.get('x-pressfront-cache'),
    body: await response.text(),
  };
}

describe('serveThroughCache', () => {
  it('keeps search results and not-found pages briefly, under their tags; pages for as long as pages are', async () => {
    const BRIEF_MS = 5_000;
    const keyOf = (path: string) => `http://localhost:3000${path}`;
    for (const path of ['/missing/thing/', '/?s=tide', '/search/tide/']) {
      const miss = await serveThroughCache(get(path), path, 60_000, { documents: true, briefMs: BRIEF_MS });
      expect(miss.headers.get('x-pressfront-cache')).toBe('miss');
      const status = miss.status;
      await miss.text();
      const hit = await serveThroughCache(get(path), path, 60_000, { documents: true, briefMs: BRIEF_MS });
      expect([path, hit.status, hit.headers.get('x-pressfront-cache')]).toEqual([path, status, 'hit']);
      const stored = pageStore().get(keyOf(path), 60_000);
      expect(stored?.maxAgeMs).toBe(BRIEF_MS);
      // Gone once its brief time has passed, though pages are kept for a minute.
      expect(pageStore().get(keyOf(path), 60_000, (stored?.storedAt ?? 0) + BRIEF_MS)).toBeUndefined();
    }
    expect((await serve('/missing/thing/')).status).toBe(404);
    // A publication replaces a kept not-found page: it is filed under what its render read.
    await serveThroughCache(get('/missing/other/'), '/missing/other/', 60_000, {
      documents: true,
      briefMs: BRIEF_MS,
    });
    expect(pageStore().expire(['page:/missing/other/'])).toBe(1);
    // A page is kept for as long as pages are.
    await (
      await serveThroughCache(get('/long/'), '/long/', 60_000, { documents: true, briefMs: BRIEF_MS })
    ).text();
    const page = pageStore().get(keyOf('/long/'), 60_000);
    expect(page?.maxAgeMs).toBeUndefined();
    expect(pageStore().get(keyOf('/long/'), 60_000, (page?.storedAt ?? 0) + BRIEF_MS)).toBeDefined();
  });

  it('keeps no not-found page or search without a brief time', async () => {
    const first = await serve('/missing/none/');
    const second = await serve('/missing/none/');
    expect([first.status, first.cache, second.cache]).toEqual([404, 'miss', 'miss']);
  });

  it('a kept document carries honest validators; a browser holding that copy is answered 304 until it changes', async () => {
    const miss = await serveThroughCache(get('/v/'), '/v/', 60_000, { documents: true });
    const etag = miss.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(miss.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(Date.parse(miss.headers.get('last-modified') ?? '')).toBeGreaterThan(Date.now() - 5_000);
    await miss.text();
    const again = await serveThroughCache(get('/v/', { 'if-none-match': etag }), '/v/', 60_000, {
      documents: true,
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const since = miss.headers.get('last-modified') ?? '';
    expect(
      (
        await serveThroughCache(get('/v/', { 'if-modified-since': since }), '/v/', 60_000, {
          documents: true,
        })
      ).status,
    ).toBe(304);
    expect(
      (
        await serveThroughCache(get('/v/', { 'if-none-match': '"other"' }), '/v/', 60_000, {
          documents: true,
        })
      ).status,
    ).toBe(200);
    // Revalidated by tag: a new document, a new ETag, a 200 for the old copy's holder.
    pageStore().expire(['page:/v/']);
    const changed = await serveThroughCache(get('/v/', { 'if-none-match': etag }), '/v/', 60_000, {
      documents: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('a page no reader may share gets no validators and keeps its own Cache-Control', async () => {
    const personal = await serveThroughCache(get('/personal/v/'), '/personal/v/', 60_000, {
      documents: true,
    });
    expect(personal.headers.has('etag')).toBe(false);
    expect(personal.headers.get('cache-control')).toBeNull();
  });

  it('keeps and serves readers the document, without Next’s runtime; the app setting keeps it whole', async () => {
    const miss = await serve('/doc/');
    expect(miss.body).toBe(`<p>/doc/ #${renders}</p>`);
    await settle('/doc/');
    expect(await serve('/doc/')).toEqual({ ...miss, cache: 'hit' });
    const app = await serve('/app-page/', { documents: false });
    expect(app.body).toBe(`<p>/app-page/ #${renders}</p>${NEXT_RUNTIME}`);
  });

  it('renders once, then serves the kept copy until a tag it read is revalidated', async () => {
    const first = await serve('/a-post/');
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    await settle('/a-post/');
    const second = await serve('/a-post/');
    expect(second).toEqual({ ...first, cache: 'hit' });
    pageStore().expire(['page:/other/']);
    expect((await serve('/a-post/')).cache).toBe('hit');
    pageStore().expire(['page:/a-post/']);
    expect((await serve('/a-post/')).cache).toBe('miss');
  });

  it('does not keep a page whose render began before something it read expired', async () => {
    // An editor saves twice in quick succession: the second save expires what the render started
    // by the first one is still reading. Kept, that page would be the older one until the next change.
    const rendering = serve('/edited/slow/');
    await clocksPast(Date.now());
    recordExpired(['site']);
    expect((await rendering).cache).toBe('miss');
    await settle('/edited/slow/');
    expect((await serve('/edited/slow/')).cache).toBe('miss');
    // Rendered after the expiry, it is kept as usual.
    await settle('/edited/slow/');
    expect((await serve('/edited/slow/')).cache).toBe('hit');
  });

  it('readers who miss a page while it renders wait for that render instead of starting their own', async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 6 }, () => serve('/slow/story/')));
    expect(renders - before).toBe(1);
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
    expect(answers.filter((a) => a.cache === 'hit')).toHaveLength(5);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('when the render waited for could not be kept, each waiting reader gets a render of their own', async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 3 }, () => serve('/bug/slow/')));
    expect(renders - before).toBe(3);
    expect(answers.every((a) => a.status === 500 && a.cache === 'miss')).toBe(true);
    // Nothing is left waiting: the next reader renders at once.
    await settle('/bug/slow/');
    expect((await serve('/slow/story-2/')).cache).toBe('miss');
  });

  it('passes a redirect on with an absolute Location, as a proxy answer must have', async () => {
    const response = await serveThroughCache(get('/redirect/'), '/redirect/', 60_000, { documents: true });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('http://localhost:3000/there/');
  });

  it('keeps a copy per address the site is read at', async () => {
    await serveThroughCache(get('/x/'), '/x/', 60_000, { documents: true }).then((r) => r.text());
    await settle('/x/');
    const other = await serveThroughCache(
      get('/x/', { 'x-forwarded-host': 'news.example.com' }),
      '/x/',
      60_000,
      { documents: true },
    );
    expect(other.headers.get('x-pressfront-cache')).toBe('miss');
  });

  it('never keeps a personal render, a page that sets a cookie, or an error', async () => {
    for (const path of ['/personal/x/', '/cookie/x/', '/bug/x/']) {
      await serve(path);
      await settle(path);
      expect((await serve(path)).cache, path).toBe('miss');
    }
  });

  it('a render that failed because WordPress did is a 503 with Retry-After; a bug stays a 500', async () => {
    const down = await serveThroughCache(get('/down/x/'), '/down/x/', 60_000, { documents: true });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('30');
    // Next renders its error page in the browser: a document gets the status page, rendered here.
    expect(await down.text()).toBe('<h1>status 503</h1>');
    expect(await serve('/bug/y/')).toMatchObject({ status: 500, body: '<h1>status 503</h1>' });
    expect(await serve('/bug/y/', { documents: false })).toMatchObject({
      status: 500,
      body: expect.stringMatching(/^<p>\/bug\/y\/ #\d+<\/p><script/),
    });
  });
});

describe('isSharedPageRequest', () => {
  it('takes plain page requests only', () => {
    expect(isSharedPageRequest(get('/a-post/'), '/a-post/')).toBe(true);
    expect(isSharedPageRequest(get('/a-post/', { cookie: 'theme=dark; _ga=1' }), '/a-post/')).toBe(true);
    for (const cookie of [
      '__prerender_bypass=1',
      'pf_draft=x',
      'pf_theme_preview=x',
      'pf-postpass-12=x',
      'pf-subscribe=x',
    ])
      expect(isSharedPageRequest(get('/a-post/', { cookie: `a=1; ${cookie}` }), '/a-post/'), cookie).toBe(
        false,
      );
    expect(isSharedPageRequest(get('/a-post/', { rsc: '1' }), '/a-post/')).toBe(false);
    expect(isSharedPageRequest(get('/a-post/?_rsc=abc'), '/a-post/')).toBe(false);
    expect(isSharedPageRequest(get('/a-post/', { 'x-pressfront-inner': '1' }), '/a-post/')).toBe(false);
    for (const path of ['/api/subscribe/', '/subscribe/confirm/', '/preview/post/1/', '/_next/data/x'])
      expect(isSharedPageRequest(get(path), path), path).toBe(false);
    expect(isSharedPageRequest(new Request('http://localhost:3000/a/', { method: 'POST' }), '/a/')).toBe(
      false,
    );
  });
});
