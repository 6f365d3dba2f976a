import { describe, expect, it } from 'vitest';
import { SharedState } from '../redis/shared-state';
import { RateLimit, type RateLimitRule } from './rate-limit';

// Counted in this process (no Redis): the same window the Redis script keeps for every worker
// (e2e/rate-limit.spec.ts runs that one against a real Redis).
const alone = () => new SharedState(async () => null);
const limit = (rule: Omit<RateLimitRule, 'name'>) => new RateLimit({ name: 'test', ...rule }, alone);
const HOUR = 60 * 60 * 1000;

describe('a pace (refused hits do not count): comments', () => {
  it('lets a reader post five comments a minute, then asks them to wait', async () => {
    const comments = limit({ limit: 5, windowMs: 60_000, countRefused: false });
    const start = 1_000_000;
    for (let i = 0; i < 5; i++) expect(await comments.hit('203.0.113.7', start + i)).toBe(0);
    expect(await comments.hit('203.0.113.7', start + 10)).toBe(60);
    // Another reader is not held up by the first.
    expect(await comments.hit('198.51.100.2', start + 10)).toBe(0);
    // A minute after the first comment the reader may post again: being refused cost nothing.
    expect(await comments.hit('203.0.113.7', start + 60_001)).toBe(0);
  });
});

describe('attempts (refused hits count): sign-ups', () => {
  it('allows the limit per hour, then says how long to wait, then forgets', async () => {
    const attempts = limit({ limit: 3, windowMs: HOUR, countRefused: true });
    const t0 = 1_000_000;
    expect([
      await attempts.hit('a', t0),
      await attempts.hit('a', t0 + 1),
      await attempts.hit('a', t0 + 2),
    ]).toEqual([0, 0, 0]);
    expect(await attempts.hit('a', t0 + 1000)).toBe(3599);
    expect(await attempts.hit('b', t0 + 1000)).toBe(0);
    expect(await attempts.hit('a', t0 + HOUR + 10)).toBe(0);
  });

  it('keeps bounded memory', async () => {
    const attempts = limit({ limit: 1, windowMs: HOUR, countRefused: true });
    for (let i = 0; i < 10_050; i++) await attempts.hit(`reader-${i}`, 0);
    expect(attempts.localKeys).toBe(10_000);
  });
});

describe('shared through Redis when it answers', () => {
  it('asks Redis first and keeps nothing of its own', async () => {
    const calls: { keys: string[]; arguments: string[] }[] = [];
    const shared = new SharedState(async () => ({
      get: async () => null,
      set: async () => 'OK',
      eval: async (_script, options) => {
        calls.push(options);
        return 1500;
      },
    }));
    const attempts = new RateLimit(
      { name: 'sign-ups', limit: 3, windowMs: HOUR, countRefused: true },
      () => shared,
    );
    expect(await attempts.hit('a', 5_000)).toBe(2);
    expect(attempts.localKeys).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.keys).toEqual(['pressfront:rate:sign-ups:a']);
    expect(calls[0]!.arguments.slice(0, 3)).toEqual(['5000', String(HOUR), '3']);
    expect(calls[0]!.arguments[4]).toBe('1');
  });
});
