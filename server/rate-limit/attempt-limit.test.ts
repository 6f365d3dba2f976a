import { describe, expect, it } from 'vitest';
import { AttemptLimit } from './attempt-limit';

describe('AttemptLimit', () => {
  it('allows the limit per hour, then says how long to wait, then forgets', () => {
    const limit = new AttemptLimit(3);
    const t0 = 1_000_000;
    expect([limit.hit('a', t0), limit.hit('a', t0 + 1), limit.hit('a', t0 + 2)]).toEqual([0, 0, 0]);
    expect(limit.hit('a', t0 + 1000)).toBe(3599);
    expect(limit.hit('b', t0 + 1000)).toBe(0);
    expect(limit.hit('a', t0 + 60 * 60 * 1000 + 10)).toBe(0);
  });

  it('keeps bounded memory', () => {
    const limit = new AttemptLimit(1);
    for (let i = 0; i < 10_050; i++) limit.hit(`reader-${i}`, 0);
    expect(limit.size).toBe(10_000);
  });
});
