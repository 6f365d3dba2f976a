import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const { resilient, MAX_PENDING_TAGS } = require('./resilient-redis.cjs') as {
  resilient: (
    client: EventEmitter,
    log: (...args: unknown[]) => void,
    redis: unknown,
    everything: string,
  ) => Handler;
  MAX_PENDING_TAGS: number;
};

interface Handler {
  get: (key: string, meta: unknown) => Promise<unknown>;
  set: (key: string, value: unknown, ctx?: unknown) => Promise<void>;
  revalidateTag: (tag: string) => Promise<void>;
}

/** The package's redis-strings handler as far as this wrapper sees it: up or down, and what it was told. */
function fakeRedis() {
  const state = {
    up: true,
    revalidated: [] as string[],
    entries: new Map<string, { lastModified: number }>(),
  };
  const fail = () => {
    throw new Error('Redis client is not ready yet or connection is lost. Keep trying...');
  };
  return {
    state,
    handler: {
      get: vi.fn(async (key: string) => (state.up ? (state.entries.get(key) ?? null) : fail())),
      set: vi.fn(async (key: string, value: { lastModified: number }) => {
        if (!state.up) fail();
        state.entries.set(key, value);
      }),
      revalidateTag: vi.fn(async (tag: string) => {
        if (!state.up) fail();
        state.revalidated.push(tag);
      }),
    },
  };
}

function setUp() {
  const client = new EventEmitter();
  const redis = fakeRedis();
  const log = vi.fn();
  const handler = resilient(client, log, redis.handler, 'wordpress');
  const goDown = () => {
    redis.state.up = false;
    client.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6390'));
  };
  const comeBack = async () => {
    redis.state.up = true;
    client.emit('ready');
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith('info', expect.objectContaining({ event: 'back' })),
    );
  };
  return { client, redis, log, handler, goDown, comeBack };
}

describe('the shared cache through a Redis outage', () => {
  it('says once that Redis is gone, however many errors the client reports, and fails calls at once', async () => {
    const { client, log, handler, goDown } = setUp();
    goDown();
    client.emit('error', new Error('again'));
    client.emit('error', new Error('and again'));
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('warn', expect.objectContaining({ event: 'unreachable' }));
    // The cache handler reads the worker's own memory when this throws.
    await expect(handler.get('k', {})).rejects.toThrow(/not ready/);
  });

  it('revalidates in Redis, when it is back, every tag this worker expired meanwhile', async () => {
    const { redis, handler, goDown, comeBack, log } = setUp();
    goDown();
    await expect(handler.revalidateTag('post:12')).rejects.toThrow();
    await expect(handler.revalidateTag('site')).rejects.toThrow();
    expect(redis.state.revalidated).toEqual([]);
    await comeBack();
    expect(redis.state.revalidated.sort()).toEqual(['post:12', 'site']);
    expect(log).toHaveBeenLastCalledWith('info', {
      event: 'back',
      replayedTags: 2,
      failed: 0,
      overflowed: false,
    });
  });

  it('does not trust what Redis held from before the outage, and trusts what is written after', async () => {
    const { redis, handler, goDown, comeBack } = setUp();
    redis.state.entries.set('old', { lastModified: Date.now() - 60_000 });
    goDown();
    await comeBack();
    expect(await handler.get('old', {})).toBeNull();
    await handler.set('new', { lastModified: Date.now() + 1 });
    expect(await handler.get('new', {})).toEqual({ lastModified: expect.any(Number) });
  });

  it('expires everything on its return when more tags changed than it can remember', async () => {
    const { redis, handler, goDown, comeBack } = setUp();
    goDown();
    for (let i = 0; i <= MAX_PENDING_TAGS; i += 1) await handler.revalidateTag(`post:${i}`).catch(() => {});
    await comeBack();
    expect(redis.state.revalidated).toEqual(['wordpress']);
  });

  it('replays tags left by a call that failed without the connection dropping, on the next that works', async () => {
    const { redis, handler } = setUp();
    redis.state.up = false;
    await expect(handler.revalidateTag('post:7')).rejects.toThrow();
    redis.state.up = true;
    await handler.revalidateTag('post:8');
    expect(redis.state.revalidated.sort()).toEqual(['post:7', 'post:8']);
  });

  it('passes reads and writes through while Redis is there', async () => {
    const { redis, handler } = setUp();
    await handler.set('k', { lastModified: 1 });
    expect(await handler.get('k', {})).toEqual({ lastModified: 1 });
    expect(redis.handler.set).toHaveBeenCalledTimes(1);
  });
});
