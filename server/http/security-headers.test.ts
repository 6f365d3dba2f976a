import { describe, expect, it } from 'vitest';
import { frameAncestors, setSecurityHeaders } from './security-headers';

const site = {
  wordpressUrl: 'http://127.0.0.1:8790',
  wordpressHomeUrl: 'https://news.example.com/wp/',
  frameAncestors: null,
};

describe('security headers', () => {
  it('every answer: nosniff, the referrer policy, no powerful features, framing by the site and its WordPress', () => {
    const headers = new Headers();
    setSecurityHeaders(headers, site, false);
    expect(Object.fromEntries(headers)).toEqual({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy':
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
      'content-security-policy': "frame-ancestors 'self' http://127.0.0.1:8790 https://news.example.com",
    });
  });

  it('HSTS only over HTTPS', () => {
    const headers = new Headers();
    setSecurityHeaders(headers, site, true);
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('the origins a site owner names replace WordPress’s; with no configuration, the site alone', () => {
    expect(frameAncestors({ ...site, frameAncestors: ['https://cms.example.com'] })).toBe(
      "'self' https://cms.example.com",
    );
    expect(frameAncestors(null)).toBe("'self'");
  });

  it('a policy an answer already has is left as it is', () => {
    const headers = new Headers({ 'content-security-policy': "default-src 'none'" });
    setSecurityHeaders(headers, site, false);
    expect(headers.get('content-security-policy')).toBe("default-src 'none'");
  });
});
