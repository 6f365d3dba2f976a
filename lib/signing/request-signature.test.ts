import { describe, expect, it } from 'vitest';
import { checkSignature, ReplayMemory, signBody } from './request-signature';

const SECRET = 'a-shared-secret-of-at-least-32-characters';
const NOW = 1_800_000_000;

describe('checkSignature', () => {
  const body = '{"tags":["post:12"]}';
  const signed = (at = NOW, text = body, secret = SECRET) => ({
    body: text,
    timestamp: String(at),
    signature: signBody(text, at, secret),
  });

  it('accepts a fresh request signed with the secret, once', () => {
    const seen = new ReplayMemory();
    expect(checkSignature(signed(), SECRET, seen, NOW)).toEqual({ ok: true });
    expect(checkSignature(signed(), SECRET, seen, NOW + 1)).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses another secret, a changed body, a changed timestamp and missing headers', () => {
    const seen = new ReplayMemory();
    expect(
      checkSignature(signed(NOW, body, 'another-secret-another-secret-12345'), SECRET, seen, NOW),
    ).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(checkSignature({ ...signed(), body: '{"tags":["posts"]}' }, SECRET, seen, NOW)).toMatchObject({
      reason: 'mismatch',
    });
    expect(checkSignature({ ...signed(), timestamp: String(NOW - 1) }, SECRET, seen, NOW)).toMatchObject({
      reason: 'mismatch',
    });
    expect(checkSignature({ body, timestamp: null, signature: null }, SECRET, seen, NOW)).toMatchObject({
      reason: 'missing',
    });
    expect(checkSignature({ ...signed(), signature: 'zz' }, SECRET, seen, NOW)).toMatchObject({
      reason: 'missing',
    });
  });

  it('refuses requests older or newer than five minutes', () => {
    const seen = new ReplayMemory();
    expect(checkSignature(signed(NOW - 301), SECRET, seen, NOW)).toEqual({ ok: false, reason: 'stale' });
    expect(checkSignature(signed(NOW + 301), SECRET, seen, NOW)).toEqual({ ok: false, reason: 'stale' });
    expect(checkSignature(signed(NOW - 299), SECRET, seen, NOW)).toEqual({ ok: true });
  });

  it('forgets signatures once they are stale anyway, and stays bounded', () => {
    const seen = new ReplayMemory(3);
    for (let i = 0; i < 10; i++) expect(seen.remember(`s${i}`, NOW + 300, NOW)).toBe(true);
    expect(seen.remember('s9', NOW + 300, NOW)).toBe(false);
    expect(seen.remember('s9', NOW + 600, NOW + 301)).toBe(true);
  });
});
