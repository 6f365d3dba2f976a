import { describe, expect, it } from 'vitest';
import { SharedState, type SharedStateClient } from './shared-state';

/** Redis's GET, SET NX EX and the position script, in memory. */
function fakeRedis() {
  const values = new Map<string, string>();
  const client: SharedStateClient = {
    get: async (key) => values.get(key) ?? null,
    set: async (key, value, { condition }) => {
      if (condition === 'NX' && values.has(key)) return null;
      values.set(key, value);
      return 'OK';
    },
    eval: async (_script, { keys, arguments: args }) => {
      const [key] = keys;
      const [seq] = args;
      if (!key || seq === undefined) throw new Error('bad call');
      if (Number(seq) > Number(values.get(key) ?? '-1')) values.set(key, seq);
      return null;
    },
  };
  return { client, values };
}

const WP = 'http://wp.example';

describe('state shared by the workers', () => {
  it('keeps the change-log position per WordPress, and only ever moves it forward', async () => {
    const { client } = fakeRedis();
    const state = new SharedState(async () => client);
    expect(await state.readSeq(WP)).toBeNull();
    await state.advanceSeq(12, WP);
    await state.advanceSeq(9, WP); // a worker applying an older message late
    expect(await state.readSeq(WP)).toBe(12);
    expect(await state.readSeq('http://other.example')).toBeNull();
  });

  it('lets one worker claim a signature: the same message elsewhere is known', async () => {
    const { client } = fakeRedis();
    const state = new SharedState(async () => client);
    expect(await state.claimSignature('a'.repeat(64), 600)).toBe(true);
    expect(await state.claimSignature('a'.repeat(64), 600)).toBe(false);
    expect(await state.claimSignature('b'.repeat(64), 600)).toBe(true);
  });

  it('answers nothing without Redis, when it fails, or when it is slow — never throws, never waits long', async () => {
    const without = new SharedState(async () => null);
    expect(await without.readSeq(WP)).toBeUndefined();
    expect(await without.claimSignature('c'.repeat(64), 600)).toBeUndefined();

    const failing = new SharedState(async () => ({
      get: () => Promise.reject(new Error('The client is closed')),
      set: () => Promise.reject(new Error('The client is closed')),
      eval: () => Promise.reject(new Error('The client is closed')),
    }));
    expect(await failing.readSeq(WP)).toBeUndefined();
    await expect(failing.advanceSeq(3, WP)).resolves.toBeUndefined();

    const hanging = new SharedState(async () => ({
      get: () => new Promise<string | null>(() => {}),
      set: () => new Promise(() => {}),
      eval: () => new Promise(() => {}),
    }));
    const started = Date.now();
    expect(await hanging.claimSignature('d'.repeat(64), 600)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reads a position it cannot make sense of as none', async () => {
    const { client, values } = fakeRedis();
    values.set(`pressfront:change-seq:${WP}`, 'garbage');
    expect(await new SharedState(async () => client).readSeq(WP)).toBeNull();
  });
});
