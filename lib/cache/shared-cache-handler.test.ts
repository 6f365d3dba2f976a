import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The shared handler as Next.js loads it, with no Redis answering (a closed port): it runs on its
// per-worker copy, which is enough to see that the change feed's record reaches its reads.
const require = createRequire(import.meta.url);

interface Entry {
  lastModified: number;
  value: { kind: string; data: { body: string } };
}
interface Handler {
  get(key: string, ctx: Record<string, unknown>): Promise<Entry | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
}
type HandlerClass = new (context: Record<string, unknown>) => Handler;

const fetchEntry = (body: string) => ({
  kind: 'FETCH',
  data: { headers: {}, body, status: 200, url: 'http://wordpress.test/wp-json/wp/v2/posts/1' },
  revalidate: 3600,
});
const read = { kind: 'FETCH', fetchCache: true, tags: ['wordpress', 'post:1'], softTags: [] };
const write = { fetchCache: true, tags: ['wordpress', 'post:1'], revalidate: 3600 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let Handler: HandlerClass;
let recordExpired: (tags: string[]) => void;
let forgetInMemory: () => void;

beforeAll(() => {
  vi.stubEnv('PRESSFRONT_REDIS_URL', 'redis://127.0.0.1:1');
  // Its one line per outage is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  Handler = require('./shared-cache-handler.cjs') as HandlerClass;
  ({ recordExpired, forgetInMemory } = require('./tag-expirations.cjs') as {
    recordExpired: (tags: string[]) => void;
    forgetInMemory: () => void;
  });
});

afterAll(() => {
  // The connection keeps retrying the closed port: end it (redis-connection.cjs keeps it here).
  const holder = globalThis as Record<symbol, { client?: { destroy?: () => void } } | undefined>;
  holder[Symbol.for('pressfront.redis-connection')]?.client?.destroy?.();
  forgetInMemory();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the shared (Redis) data cache handler', () => {
  it("misses what the change feed expired before Next's own revalidation reaches it", async () => {
    const handler = new Handler({ serverDistDir: '/nonexistent/server', _requestHeaders: {} });
    await handler.set('key-1', fetchEntry('first'), write);
    expect((await handler.get('key-1', read))?.value.data.body).toBe('first');
    await sleep(5);
    recordExpired(['post:1']);
    expect(await handler.get('key-1', read)).toBeNull();
  });

  it('serves what was written after the expiry, and entries under other tags', async () => {
    const handler = new Handler({ serverDistDir: '/nonexistent/server', _requestHeaders: {} });
    recordExpired(['post:2']);
    await sleep(5);
    await handler.set('key-2', fetchEntry('fresh'), { ...write, tags: ['wordpress', 'post:2'] });
    await handler.set('key-3', fetchEntry('other'), { ...write, tags: ['wordpress', 'post:3'] });
    const tagged = (tag: string) => ({ ...read, tags: ['wordpress', tag] });
    expect((await handler.get('key-2', tagged('post:2')))?.value.data.body).toBe('fresh');
    expect((await handler.get('key-3', tagged('post:3')))?.value.data.body).toBe('other');
  });
});
