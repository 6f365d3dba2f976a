import { describe, expect, it } from 'vitest';
import { signDraftToken, verifyDraftToken } from './draft-token';

const SECRET = 'a-shared-secret-of-at-least-32-characters';
const NOW = 1_800_000_000;

describe('draft preview tokens', () => {
  it('accepts a token the plugin signed, until it expires', () => {
    const token = signDraftToken({ type: 'post', id: 42, exp: NOW + 300 }, SECRET);
    expect(verifyDraftToken(token, SECRET, NOW)).toEqual({
      ok: true,
      target: { type: 'post', id: 42, exp: NOW + 300 },
    });
    expect(verifyDraftToken(token, SECRET, NOW + 301)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses forged, altered and malformed tokens', () => {
    const token = signDraftToken({ type: 'post', id: 42, exp: NOW + 300 }, SECRET);
    expect(
      verifyDraftToken(signDraftToken({ type: 'post', id: 42, exp: NOW + 300 }, 'x'.repeat(40)), SECRET, NOW),
    ).toMatchObject({
      reason: 'forged',
    });
    const [, signature] = token.split('.');
    const altered = `${Buffer.from(JSON.stringify({ type: 'post', id: 43, exp: NOW + 300 })).toString('base64url')}.${signature}`;
    expect(verifyDraftToken(altered, SECRET, NOW)).toMatchObject({ reason: 'forged' });
    for (const bad of [null, '', 'abc', 'a.b.c', `${token}.x`]) {
      expect(verifyDraftToken(bad, SECRET, NOW), String(bad)).toMatchObject({ ok: false });
    }
    const wrongShape = signDraftToken({ type: 'attachment', id: 1, exp: NOW + 300 } as never, SECRET);
    expect(verifyDraftToken(wrongShape, SECRET, NOW)).toMatchObject({ reason: 'malformed' });
  });
});
