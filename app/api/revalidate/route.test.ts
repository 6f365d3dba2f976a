import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageStore } from '@/server/page-cache/store';
import { signBody } from '@/lib/signing';

const revalidateTag = vi.fn();
vi.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }));

const SECRET = 'e2e-revalidate-secret-0123456789abcdef';

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790');
  vi.stubEnv('PRESSFRONT_BRIDGE_SECRET', SECRET);
});
beforeEach(() => {
  revalidateTag.mockClear();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});

const request = (body: string, { at = Math.floor(Date.now() / 1000), secret = SECRET } = {}) =>
  new Request('http://localhost/api/revalidate/', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-pressfront-timestamp': String(at),
      'x-pressfront-signature': signBody(body, at, secret),
    },
  });

describe('POST /api/revalidate', async () => {
  const { POST } = await import('./route');

  it('expires exactly the tags it was given and says which', async () => {
    const kept = (tags: string[]) => ({
      status: 200,
      headers: [],
      body: new Uint8Array(1),
      storedAt: Date.now(),
      tags: new Set(tags),
    });
    pageStore().set('http://h/seven/', kept(['post:7', 'site']));
    pageStore().set('http://h/eight/', kept(['post:8', 'site']));
    const response = await POST(request('{"tags":["post:7","posts"],"event":"post.updated"}'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revalidated: ['post:7', 'posts'], event: 'post.updated' });
    expect(revalidateTag.mock.calls).toEqual([
      ['post:7', { expire: 0 }],
      ['posts', { expire: 0 }],
    ]);
    // The kept pages that read a revalidated tag go too; the others stay.
    expect(pageStore().get('http://h/seven/', 60_000)).toBeUndefined();
    expect(pageStore().get('http://h/eight/', 60_000)).toBeDefined();
  });

  it('401 for a wrong signature, a stale one and a replay; nothing expired', async () => {
    expect((await POST(request('{"tags":["posts"]}', { secret: 'x'.repeat(40) }))).status).toBe(401);
    const stale = await POST(request('{"tags":["posts"]}', { at: Math.floor(Date.now() / 1000) - 600 }));
    expect(stale.status).toBe(401);
    expect(await stale.json()).toEqual({ error: 'signature stale' });
    const once = request('{"tags":["pages"]}');
    const again = once.clone();
    expect((await POST(once)).status).toBe(200);
    expect((await POST(again)).status).toBe(401);
    expect(revalidateTag).toHaveBeenCalledTimes(1);
  });

  it('413 for a body over 16 kB, 400 for a signed body that is not a known payload', async () => {
    expect((await POST(request(JSON.stringify({ tags: Array(3000).fill('posts') })))).status).toBe(413);
    const malformed = await POST(request('{"tags":["anything-at-all"]}'));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'tags.0: unknown tag shape' });
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
