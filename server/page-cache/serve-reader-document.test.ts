import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { peekRender, RENDER_ID_HEADER } from './render-log';
import { isReaderDocumentRequest, serveReaderDocument } from './serve-reader-document';

// This server stands in for Next rendering the page, with its runtime in the HTML; it notes what
// the "render" read the way the data layer does, and what cookie it was given.
let server: http.Server;
const cookies: (string | undefined)[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    cookies.push(req.headers.cookie);
    const record = peekRender(String(req.headers[RENDER_ID_HEADER]));
    if (record) {
      record.tags.add('site');
      if (req.url?.startsWith('/personal/')) record.personal = true;
    }
    if (req.url?.startsWith('/_pressfront/status/')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<h1>Page not found</h1>');
      return;
    }
    res.writeHead(req.url?.startsWith('/gone/') ? 404 : 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    });
    res.end('<p>page</p><script src="/_next/static/chunks/main.js" async=""></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  vi.stubEnv('PORT', String((server.address() as AddressInfo).port));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000${path}`, { headers });

describe('serveReaderDocument', () => {
  it('a page every reader gets alike: the document, with validators; the same copy again is a 304', async () => {
    const first = await serveReaderDocument(get('/a/', { cookie: '_ga=1' }), '/a/', { shared: true });
    expect(await first.text()).toBe('<p>page</p>');
    expect(cookies.at(-1)).toBeUndefined();
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"/);
    const again = await serveReaderDocument(get('/a/', { 'if-none-match': etag }), '/a/', { shared: true });
    expect(again.status).toBe(304);
  });

  it('a reader’s own page: their cookies go along, the document keeps Next’s private headers', async () => {
    const own = await serveReaderDocument(get('/a/', { cookie: 'pf-postpass-7=x' }), '/a/', {
      shared: false,
    });
    expect(cookies.at(-1)).toBe('pf-postpass-7=x');
    expect(await own.text()).toBe('<p>page</p>');
    expect(own.headers.has('etag')).toBe(false);
    expect(own.headers.get('cache-control')).toMatch(/private/);
  });

  it('a render that read something personal gets no validators', async () => {
    const personal = await serveReaderDocument(get('/personal/a/'), '/personal/a/', { shared: true });
    expect(personal.headers.has('etag')).toBe(false);
  });

  it('a 404 is the server-rendered status page, under its 404', async () => {
    const gone = await serveReaderDocument(get('/gone/x/'), '/gone/x/', { shared: true });
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe('<h1>Page not found</h1>');
    expect(gone.headers.has('etag')).toBe(false);
  });
});

describe('isReaderDocumentRequest', () => {
  it('a reader’s page, not an editor’s preview, an API call or a client navigation’s payload', () => {
    expect(isReaderDocumentRequest(get('/a/'), '/a/')).toBe(true);
    expect(isReaderDocumentRequest(get('/a/', { cookie: 'pf-postpass-7=x' }), '/a/')).toBe(true);
    expect(isReaderDocumentRequest(get('/a/', { cookie: 'pf_draft=x' }), '/a/')).toBe(false);
    expect(isReaderDocumentRequest(get('/a/', { cookie: 'pf_theme_preview=x' }), '/a/')).toBe(false);
    expect(isReaderDocumentRequest(get('/preview/post/1/'), '/preview/post/1/')).toBe(false);
    expect(isReaderDocumentRequest(get('/api/health/'), '/api/health/')).toBe(false);
    expect(isReaderDocumentRequest(get('/a/', { rsc: '1' }), '/a/')).toBe(false);
  });
});
