import { describe, expect, it, vi } from 'vitest';
import { followMailLink } from './mail-link';

const shape = /^[0-9a-f]{4}$/;

describe('followMailLink', () => {
  it('acts on a well-formed token only, and says when the provider is away', async () => {
    const act = vi.fn(async (token: string) => (token === 'abcd' ? ('done' as const) : ('other' as const)));
    expect(await followMailLink(Promise.resolve({ token: 'abcd' }), shape, act)).toBe('done');
    for (const token of [undefined, ['abcd', 'abcd'], 'ABCD', '<script>', 'abcd0'])
      expect(await followMailLink(Promise.resolve({ token }), shape, act), String(token)).toBe('unknown');
    expect(act).toHaveBeenCalledTimes(1);
    const down = async () => {
      throw new Error('WordPress unreachable');
    };
    expect(await followMailLink(Promise.resolve({ token: 'abcd' }), shape, down)).toBe('unavailable');
  });
});
