import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { noteWordPressFailure, FAILING_WINDOW_MS } from '@/lib/wordpress/health';
import { INNER_REQUEST_HEADER, wantsOutageStatus, withOutageStatus } from './outage-status';

// This "server" stands in for the Next server the proxy asks for the page.
let server: http.Server;
const seen: http.IncomingHttpHeaders[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers);
    const status = req.url?.startsWith('/broken/') ? 500 : req.url?.startsWith('/gone/') ? 404 : 200;
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': 'a=b' });
    res.end(`<h1>${status}</h1>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  vi.stubEnv('PORT', String((server.address() as AddressInfo).port));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('http://localhost:3000/a-post/', { method, headers });

describe('wantsOutageStatus', () => {
  it('only while WordPress failed in the last moments, only for page GETs not already inner', () => {
    const now = Date.now();
    noteWordPressFailure(now - FAILING_WINDOW_MS - 1);
    expect(wantsOutageStatus(get(), '/a-post/')).toBe(false);
    noteWordPressFailure(now);
    expect(wantsOutageStatus(get(), '/a-post/')).toBe(true);
    expect(wantsOutageStatus(get({}, 'HEAD'), '/a-post/')).toBe(false);
    expect(wantsOutageStatus(get({ rsc: '1' }), '/a-post/')).toBe(false);
    expect(wantsOutageStatus(get({ [INNER_REQUEST_HEADER]: '1' }), '/a-post/')).toBe(false);
    expect(wantsOutageStatus(get(), '/api/subscribe/')).toBe(false);
    expect(wantsOutageStatus(get(), '/_next/data/x')).toBe(false);
  });
});

describe('withOutageStatus', () => {
  it('turns the error page’s 500 into a 503 with Retry-After, body and cookies kept', async () => {
    const response = await withOutageStatus(
      get({ cookie: 'pf=1', 'accept-encoding': 'gzip' }),
      '/broken/?x=1',
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBe('a=b');
    expect(await response.text()).toBe('<h1>500</h1>');
    const inner = seen.at(-1)!;
    expect(inner[INNER_REQUEST_HEADER]).toBe('1');
    expect(inner.cookie).toBe('pf=1');
    expect(inner['accept-encoding']).toBe('identity');
  });

  it('passes every other answer through as it is', async () => {
    const ok = await withOutageStatus(get(), '/fine/');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('retry-after')).toBeNull();
    expect(await ok.text()).toBe('<h1>200</h1>');
    expect((await withOutageStatus(get(), '/gone/')).status).toBe(404);
  });
});
