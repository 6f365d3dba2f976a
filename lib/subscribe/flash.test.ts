import { describe, expect, it } from 'vitest';
import { decodeFlash, encodeFlash } from './flash';

describe('flash cookie', () => {
  it('carries a result and what was typed across the no-script redirect', () => {
    const flash = {
      result: { status: 'invalid' as const, errors: { email: 'missing' as const } },
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

  it('keeps only the error codes it knows: the words are made from them, never read from the cookie', () => {
    const forged = Buffer.from(
      JSON.stringify({
        result: { status: 'invalid', errors: { email: '<b>forged</b>', consent: 'missing' } },
        email: '',
        returnTo: '/',
      }),
    ).toString('base64url');
    expect(decodeFlash(forged)?.result).toEqual({ status: 'invalid', errors: { consent: 'missing' } });
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
