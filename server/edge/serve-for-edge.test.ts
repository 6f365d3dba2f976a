import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { peekRender, RENDER_ID_HEADER } from '../page-cache/render-log';
import { EDGE_STATUS_HEADER, serveForEdge } from './serve-for-edge';

// The proxy's edge path against a stand-in for this server's own render: the stand-in notes reads
// in the render's record as the data layer would (same process, same log), then answers.

type Render = {
  tags?: readonly string[];
  personal?: boolean;
  upstreamFailed?: boolean;
  status?: number;
  cookie?: boolean;
};
const renders = new Map<string, Render>();
let server: Server;
const port = process.env.PORT;

beforeAll(async () => {
  server = createServer((request, response) => {
    const render = renders.get(request.url ?? '') ?? {};
    const record = peekRender(String(request.headers[RENDER_ID_HEADER]));
    for (const tag of render.tags ?? []) record?.tags.add(tag);
    if (record && render.personal) record.personal = true;
    if (record && render.upstreamFailed) record.upstreamFailed = true;
    response.writeHead(render.status ?? 200, {
      'content-type': 'text/html; charset=utf-8',
      ...(render.cookie ? { 'set-cookie': 'a=b' } : {}),
    });
    response.end(`<p>${request.url}</p><script src="/_next/static/chunks/main.js" async=""></script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  if (port === undefined) delete process.env.PORT;
  else process.env.PORT = port;
});

const serve = (path: string, render: Render) => {
  renders.set(path, render);
  return serveForEdge(new Request(`http://site.test${path}`), path, 3600, { documents: true });
};

describe('serveForEdge', () => {
  it('answers a public page with the edge headers: how long, and its tags as keys', async () => {
    const answer = await serve('/a/', { tags: ['post-slug:a', 'site', 'wordpress'] });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('<p>/a/</p>');
    expect(answer.headers.get('cache-control')).toContain('s-maxage=3600');
    expect(answer.headers.get('xkey')).toBe('post-slug:a site wordpress');
    expect(answer.headers.get(EDGE_STATUS_HEADER)).toBe('cacheable');
  });

  it('tells the edge to keep nothing personal, failed, or setting a cookie', async () => {
    for (const [path, render] of [
      ['/personal/', { tags: ['site'], personal: true }],
      ['/cookie/', { tags: ['site'], cookie: true }],
      ['/missing/', { tags: ['site'], status: 404 }],
    ] as const) {
      const answer = await serve(path, render);
      expect(answer.headers.get('cache-control'), path).toBe('private, no-store');
      expect(answer.headers.get('xkey'), path).toBeNull();
    }
  });

  it('lets the edge keep search results and a not-found page briefly, under their tags, never stale', async () => {
    const brief = (path: string, render: Render) => {
      renders.set(path, render);
      return serveForEdge(new Request(`http://site.test${path}`), path, 3600, {
        documents: true,
        briefSeconds: 30,
      });
    };
    for (const [path, status] of [
      ['/?s=tide', 200],
      ['/search/tide/', 200],
      ['/no-such-post/', 404],
    ] as const) {
      const answer = await brief(path, { tags: ['posts', 'post-slug:x', 'wordpress'], status });
      expect([path, answer.status]).toEqual([path, status]);
      expect(answer.headers.get('cache-control'), path).toBe('public, max-age=0, s-maxage=30');
      expect(answer.headers.get('xkey'), path).toBe('post-slug:x posts wordpress');
    }
    // A page as long as pages are.
    const page = await brief('/b/', { tags: ['post:2'] });
    expect(page.headers.get('cache-control')).toContain('s-maxage=3600, stale-while-revalidate');
  });

  it('serves a page whose tags the edge cannot carry, uncached, and says why in the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const many = Array.from({ length: 200 }, (_, i) => `post:${i}`);
    const answer = await serve('/many/', { tags: many });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('<p>/many/</p>');
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"reason":"200 tags (at most 64)"'));
    const bad = await serve('/bad/', { tags: ['site', 'x y'] });
    expect(bad.headers.get('cache-control')).toBe('private, no-store');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('malformed tag'));
    warn.mockRestore();
  });

  it('turns a render WordPress made fail into "unavailable, come back", never kept', async () => {
    const answer = await serve('/down/', { tags: ['site'], upstreamFailed: true, status: 500 });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBeTruthy();
    expect(answer.headers.get('cache-control')).toBe('no-store');
    // A page made of last good answers while WordPress failed: served, and the edge told to keep
    // the copy it has rather than this one.
    const lastGood = await serve('/last-good/', { tags: ['site'], upstreamFailed: true });
    expect(lastGood.status).toBe(200);
    expect(lastGood.headers.get(EDGE_STATUS_HEADER)).toBe('failed');
    expect(lastGood.headers.get('cache-control')).toBe('private, no-store');
    const personal = await serve('/personal-2/', { tags: ['site'], personal: true });
    expect(personal.headers.get(EDGE_STATUS_HEADER)).toBe('pass');
  });
});
