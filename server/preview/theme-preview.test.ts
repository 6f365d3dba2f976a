import { describe, expect, it } from 'vitest';
import { safeEqual, signPayload } from '@/lib/signing';
import {
  claimLink,
  exitHref,
  exitTarget,
  signPreviewSession,
  verifyPreviewLink,
  verifyPreviewSession,
} from './theme-preview';

const secret = 'a-long-enough-shared-secret';
const now = 1_800_000_000;
const link = (over: Record<string, unknown> = {}) =>
  signPayload(
    'theme-preview',
    {
      theme: 'paper',
      options: { accent: '#7a2418' },
      nonce: 'abcdefgh12345678',
      exp: now + 300,
      ...over,
    } as never,
    secret,
  );

describe('theme preview links', () => {
  it('opens a link the plugin signed, with its options and wp-admin addresses', () => {
    const check = verifyPreviewLink(link({ exitUrl: 'http://wp.test/wp-admin/themes.php' }), secret, now);
    expect(check).toEqual({
      ok: true,
      payload: {
        theme: 'paper',
        options: { accent: '#7a2418' },
        activateUrl: null,
        exitUrl: 'http://wp.test/wp-admin/themes.php',
        exp: now + 300,
        nonce: 'abcdefgh12345678',
      },
    });
  });

  it('refuses forged, expired, re-purposed and malformed links', () => {
    expect(verifyPreviewLink(link(), 'another-secret-entirely', now)).toEqual({
      ok: false,
      reason: 'forged',
    });
    const good = link();
    const tampered = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    expect(verifyPreviewLink(tampered, secret, now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyPreviewLink(link({ exp: now - 1 }), secret, now)).toEqual({ ok: false, reason: 'expired' });
    const draft = signPayload('preview', { type: 'post', id: 1, exp: now + 60 } as never, secret);
    expect(verifyPreviewLink(draft, secret, now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyPreviewLink(link({ theme: '../etc' }), secret, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyPreviewLink(link({ exitUrl: 'javascript:alert(1)' }), secret, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyPreviewLink(link({ nonce: undefined }), secret, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyPreviewLink('not-a-token', secret, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPreviewLink(undefined, secret, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('is good once: the same link again is a replay', () => {
    const nonce = `n${Math.random().toString(36).slice(2, 14)}`;
    expect(claimLink({ nonce, exp: now + 300 }, now)).toBe(true);
    expect(claimLink({ nonce, exp: now + 300 }, now + 10)).toBe(false);
  });
});

describe('theme preview sessions', () => {
  const preview = { theme: 'paper', options: { layout: 'wide' }, activateUrl: null, exitUrl: null };

  it('round-trips for an hour', () => {
    const cookie = signPreviewSession(preview, secret, now);
    expect(verifyPreviewSession(cookie, secret, now + 3599)).toEqual({
      ok: true,
      payload: { ...preview, exp: now + 3600 },
    });
    expect(verifyPreviewSession(cookie, secret, now + 3601)).toEqual({ ok: false, reason: 'expired' });
  });

  it('cannot be made from a link, nor a link from it', () => {
    expect(verifyPreviewSession(link(), secret, now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyPreviewLink(signPreviewSession(preview, secret, now), secret, now)).toEqual({
      ok: false,
      reason: 'forged',
    });
  });
});

describe('the preview bar’s Exit', () => {
  it('signs the way back to wp-admin, and only that', () => {
    const href = exitHref('http://wp.test/wp-admin/themes.php?page=pressfront-themes', secret, now);
    const token = new URL(href, 'http://site.test').searchParams.get('exit');
    expect(exitTarget(token, secret, now + 60)).toBe(
      'http://wp.test/wp-admin/themes.php?page=pressfront-themes',
    );
    expect(exitTarget(token, 'another-secret-entirely', now)).toBeNull();
    expect(exitTarget(token, secret, now + 3601)).toBeNull();
    expect(exitTarget('https://evil.example/', secret, now)).toBeNull();
    expect(exitHref(null, secret, now)).toBe('/api/theme-preview/end/');
  });
});

describe('safeEqual', () => {
  it('compares exactly', () => {
    expect(safeEqual(secret, secret)).toBe(true);
    expect(safeEqual(secret, `${secret}x`)).toBe(false);
    expect(safeEqual('', secret)).toBe(false);
  });
});
