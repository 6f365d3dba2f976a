import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Expirations, fetchEntry, type Handler, read, clocksPast, write } from './cache-entries.fixture';
import { forgetProcessSingleton } from '@/lib/util/process-singleton.cjs';

// The shared handler as Next.js loads it, with no Redis answering (a closed port): it runs on its
// per-worker copy, which is enough to see that the change feed's record reaches its reads.
const require = createRequire(import.meta.url);

type HandlerClass = new (context: Record<string, unknown>) => Handler;

let Handler: HandlerClass;
let recordExpired: Expirations['recordExpired'];
let forgetInMemory: Expirations['forgetInMemory'];

beforeAll(() => {
  vi.stubEnv('PRESSFRONT_REDIS_URL', 'redis://127.0.0.1:1');
  // Its one line per outage is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  Handler = require('./shared-cache-handler.cjs') as HandlerClass;
  ({ recordExpired, forgetInMemory } = require('./tag-expirations.cjs') as Expirations);
});

afterAll(() => {
  // The connection keeps retrying the closed port: end it (redis-connection.cjs keeps it here).
  const connection = forgetProcessSingleton('redis-connection') as
    { client?: { destroy?: () => void } } | undefined;
  connection?.client?.destroy?.();
  forgetInMemory();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the shared (Redis) data cache handler', () => {
  it("misses what the change feed expired before Next's own revalidation reaches it", async () => {
    const handler = new Handler({ serverDistDir: '/nonexistent/server', _requestHeaders: {} });
    await handler.set('key-1', fetchEntry('first'), write);
    expect((await handler.get('key-1', read))?.value.data.body).toBe('first');
    await clocksPast(Date.now());
    recordExpired(['post:1']);
    expect(await handler.get('key-1', read)).toBeNull();
  });

  it('does not keep an answer whose read began before one of its tags expired', async () => {
    const handler = new Handler({ serverDistDir: '/nonexistent/server', _requestHeaders: {} });
    const tagged = { ...read, tags: ['wordpress', 'post:4'] };
    expect(await handler.get('key-4', tagged)).toBeNull();
    await clocksPast(Date.now());
    recordExpired(['post:4']);
    await handler.set('key-4', fetchEntry('read before the save'), {
      ...write,
      tags: ['wordpress', 'post:4'],
    });
    await clocksPast(Date.now());
    // The next reader's read begins after the expiry: its answer is kept.
    expect(await handler.get('key-4', tagged)).toBeNull();
    await handler.set('key-4', fetchEntry('read after the save'), {
      ...write,
      tags: ['wordpress', 'post:4'],
    });
    expect((await handler.get('key-4', tagged))?.value.data.body).toBe('read after the save');
  });

  it('serves what was written after the expiry, and entries under other tags', async () => {
    const handler = new Handler({ serverDistDir: '/nonexistent/server', _requestHeaders: {} });
    recordExpired(['post:2']);
    await clocksPast(Date.now());
    await handler.set('key-2', fetchEntry('fresh'), { ...write, tags: ['wordpress', 'post:2'] });
    await handler.set('key-3', fetchEntry('other'), { ...write, tags: ['wordpress', 'post:3'] });
    const tagged = (tag: string) => ({ ...read, tags: ['wordpress', tag] });
    expect((await handler.get('key-2', tagged('post:2')))?.value.data.body).toBe('fresh');
    expect((await handler.get('key-3', tagged('post:3')))?.value.data.body).toBe('other');
  });
});
