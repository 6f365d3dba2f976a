import { describe, expect, it } from 'vitest';
import { decodeFlash, encodeFlash } from './flash';

describe('flash cookie', () => {
  it('carries a result and what was typed across the no-script redirect', () => {
    const flash = {
      result: { status: 'invalid' as const, errors: { email: 'Enter your email address.' } },
      email: 'typo@exam',
      returnTo: '/a-post/',
    };
    expect(decodeFlash(encodeFlash(flash))).toEqual(flash);
    const limited = {
      result: { status: 'rate-limited' as const, retryAfterSeconds: 120 },
      email: '',
      returnTo: '/',
    };
    expect(decodeFlash(encodeFlash(limited))).toEqual(limited);
  });

  it('ignores garbage and oversized values rather than failing the page', () => {
    for (const value of [
      undefined,
      '',
      'not base64 json',
      Buffer.from('{"result":1}').toString('base64url'),
      'x'.repeat(4000),
    ])
      expect(decodeFlash(value)).toBeNull();
  });
});
