import { describe, expect, it } from 'vitest';
import { safeEqual, signPreview, verifyPreview } from './token';

const secret = 'a-long-enough-preview-secret';

describe('theme preview token', () => {
  it('round-trips a signed theme name', () => {
    expect(verifyPreview(signPreview('paper', secret), secret)).toBe('paper');
  });

  it('rejects a forged or re-targeted value', () => {
    const signed = signPreview('paper', secret);
    expect(verifyPreview(signed.replace('paper', 'show'), secret)).toBeNull();
    expect(verifyPreview('paper.forged', secret)).toBeNull();
    expect(verifyPreview(signPreview('paper', 'another-secret-entirely'), secret)).toBeNull();
    expect(verifyPreview('paper', secret)).toBeNull();
    expect(verifyPreview(undefined, secret)).toBeNull();
  });

  it('compares secrets exactly', () => {
    expect(safeEqual(secret, secret)).toBe(true);
    expect(safeEqual(secret, `${secret}x`)).toBe(false);
    expect(safeEqual('', secret)).toBe(false);
  });
});
