import { describe, expect, it } from 'vitest';
import { OriginBusyError } from '@/lib/wordpress/errors';
import { SharedState, type SharedStateClient } from '../redis/shared-state';
import { OriginGate, type OriginLimits } from './origin-gate';

const limits = (over: Partial<OriginLimits> = {}): OriginLimits => ({
  perWorker: 2,
  perSite: null,
  queue: 2,
  waitMs: 1_000,
  leaseMs: 10_000,
  ...over,
});
const alone = () => new SharedState(async () => null);
const gate = (over: Partial<OriginLimits> = {}, state: () => SharedState = alone) =>
  new OriginGate(limits(over), { state, key: 'http://wp.example' });

/** Settles `promise` into what it became, without waiting on time: pending stays 'pending'. */
async function stateOf(promise: Promise<unknown>): Promise<'pending' | 'entered' | 'refused'> {
  const pending = Symbol('pending');
  const winner = await Promise.race([
    promise.then(
      () => 'entered' as const,
      () => 'refused' as const,
    ),
    // Several turns of the microtask queue: a promise that can settle now has.
    new Promise<symbol>((resolve) => setImmediate(() => resolve(pending))),
  ]);
  return typeof winner === 'symbol' ? 'pending' : winner;
}

describe('the bound on requests to WordPress, in one worker', () => {
  it('lets the limit in at once, queues the next ones in order, and hands each place on', async () => {
    const origin = gate();
    const first = await origin.enter();
    const second = await origin.enter();
    const third = origin.enter();
    const fourth = origin.enter();
    expect(await stateOf(third)).toBe('pending');
    expect(origin.counts).toMatchObject({ active: 2, queued: 2, sent: 2, shed: 0 });

    first();
    expect(await stateOf(third)).toBe('entered');
    expect(await stateOf(fourth)).toBe('pending');
    second();
    expect(await stateOf(fourth)).toBe('entered');
    (await third)();
    (await fourth)();
    expect(origin.counts).toMatchObject({ active: 0, sent: 4, shed: 0, mostActive: 2 });
  });

  it('refuses at once what does not fit in the queue, with a reason', async () => {
    const origin = gate({ perWorker: 1, queue: 1 });
    const held = await origin.enter();
    const queued = origin.enter();
    const refused = origin.enter();
    await expect(refused).rejects.toBeInstanceOf(OriginBusyError);
    await expect(refused).rejects.toMatchObject({ reason: 'queue-full' });
    held();
    (await queued)();
    expect(origin.counts).toMatchObject({ sent: 2, shed: 1, active: 0 });
  });

  it('refuses a request that waited its whole wait, and forgets it in the queue', async () => {
    const origin = gate({ perWorker: 1, queue: 4, waitMs: 5 });
    const held = await origin.enter();
    await expect(origin.enter()).rejects.toMatchObject({ reason: 'waited' });
    // The place given back is free again, not handed to the request that gave up.
    held();
    expect(origin.counts.active).toBe(0);
    (await origin.enter())();
    expect(origin.counts).toMatchObject({ sent: 2, shed: 1 });
  });

  it('gives a place back once, however often its release is called', async () => {
    const origin = gate({ perWorker: 1 });
    const leave = await origin.enter();
    leave();
    leave();
    expect(origin.counts.active).toBe(0);
    const again = await origin.enter();
    expect(await stateOf(origin.enter())).toBe('pending');
    again();
  });
});

/** Redis's place scripts, in memory: a sorted set per key scored by when each lease ends. */
function placesInMemory() {
  const sets = new Map<string, Map<string, number>>();
  const client: SharedStateClient = {
    get: async () => null,
    set: async () => 'OK',
    eval: async (script, { keys, arguments: args }) => {
      const key = keys[0] ?? '';
      const set = sets.get(key) ?? new Map<string, number>();
      sets.set(key, set);
      if (script.includes('ZREM') && !script.includes('ZREMRANGEBYSCORE')) {
        set.delete(args[0] ?? '');
        return 1;
      }
      const [now, lease, limit, id] = args.map(String);
      for (const [member, ends] of set) if (ends <= Number(now)) set.delete(member);
      if (set.size >= Number(limit)) return 0;
      set.set(id ?? '', Number(now) + Number(lease));
      return 1;
    },
  };
  return { client, held: (key: string) => sets.get(`pressfront:places:${key}`)?.size ?? 0 };
}

describe('the bound for the whole site, counted in Redis', () => {
  it('shares the site’s places between workers: one waits for another’s to come back', async () => {
    const redis = placesInMemory();
    const state = new SharedState(async () => redis.client);
    const one = gate({ perSite: 2 }, () => state);
    const two = gate({ perSite: 2 }, () => state);
    const a = await one.enter();
    const b = await two.enter();
    expect(redis.held('http://wp.example')).toBe(2);
    // Its own worker has room; the site has none until a place comes back.
    const c = two.enter();
    expect(await stateOf(c)).toBe('pending');
    await a();
    await (
      await c
    )();
    await b();
    expect(redis.held('http://wp.example')).toBe(0);
  });

  it('refuses when the site stays full for the whole wait, and frees the worker’s place', async () => {
    const redis = placesInMemory();
    const state = new SharedState(async () => redis.client);
    const other = gate({ perSite: 1 }, () => state);
    const held = await other.enter();
    const origin = gate({ perSite: 1, waitMs: 30 }, () => state);
    await expect(origin.enter()).rejects.toMatchObject({ reason: 'waited' });
    expect(origin.counts).toMatchObject({ active: 0, shed: 1, sent: 0 });
    held();
  });

  it('keeps to the worker’s own limit while Redis does not answer', async () => {
    const origin = gate({ perSite: 1 });
    const a = await origin.enter();
    const b = await origin.enter();
    expect(origin.counts.active).toBe(2);
    a();
    b();
  });
});
