import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SubscribeProvider } from '@/server/subscribe/provider';
import type { SignUp } from '@/lib/wordpress';

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'news.example.com', 'x-forwarded-proto': 'https' }),
}));
const calls: SignUp[] = [];
let next: SubscribeProvider['signUp'] = async () => ({ kind: 'accepted' });
vi.mock('@/server/subscribe/provider', () => ({
  getSubscribeProvider: (): SubscribeProvider => ({
    name: 'wordpress',
    signUp: (s) => {
      calls.push(s);
      return next(s);
    },
    confirm: null,
    unsubscribe: null,
  }),
}));

// The site's language: the theme's translator is what the route asks for (app/_theme/request-theme.ts).
let language = 'en-US';
vi.mock('@/app/_theme/request-theme', async () => {
  const { translator } = await import('@/lib/i18n/translate');
  return { getRequestTheme: async () => ({ t: translator(language) }) };
});

beforeAll(() => vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790'));
beforeEach(() => {
  language = 'en-US';
  calls.length = 0;
  next = async () => ({ kind: 'accepted' });
});

const post = (body: string, { json = true, headers = {} as Record<string, string> } = {}) =>
  new Request('https://news.example.com/api/subscribe/', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json ? { accept: 'application/json' } : {}),
      'x-forwarded-for': '203.0.113.9, 10.0.0.1',
      ...headers,
    },
  });

describe('POST /api/subscribe', async () => {
  const { POST } = await import('./route');

  it('202 for a sign-up, with the reader’s address and this site for the mail’s links', async () => {
    const response = await POST(post('email=Reader%40Example.com&consent=yes&source=12'));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({
      status: 'pending',
      message: expect.stringMatching(/sent you an email/),
    });
    expect(calls).toEqual([
      expect.objectContaining({
        email: 'reader@example.com',
        sourcePost: 12,
        ip: '203.0.113.9',
        frontendUrl: 'https://news.example.com',
      }),
    ]);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('400 with each field’s problem; the provider is not asked', async () => {
    const response = await POST(post('email=nope'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: 'invalid',
      errors: { email: 'invalid', consent: 'missing' },
      fieldErrors: {
        email: 'Enter an email address like name@example.com.',
        consent: 'Tick the box to agree to receive our emails.',
      },
    });
    expect(calls).toEqual([]);
  });

  it('answers in the site’s language and stores the consent line the form showed in it', async () => {
    language = 'pt-PT';
    const { pt } = await import('@/lib/i18n/messages/pt');
    const response = await POST(post('email=r%40example.com&consent=yes'));
    expect(await response.json()).toMatchObject({ message: pt['subscribeResult.pending'] });
    expect(calls).toEqual([expect.objectContaining({ consentText: pt['subscribeForm.consent'] })]);
    language = 'ar';
    const refused = await POST(post('email=nope&consent=yes'));
    expect(await refused.json()).toMatchObject({
      fieldErrors: { email: 'اكتب بريدًا إلكترونيًا مثل name@example.com.' },
    });
  });

  it('413 for a body larger than a form sends, unread', async () => {
    const response = await POST(post(`email=${'a'.repeat(5000)}%40example.com&consent=yes`));
    expect(response.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('429 with Retry-After when the provider says wait', async () => {
    next = async () => ({ kind: 'rate-limited', retryAfterSeconds: 1800 });
    const response = await POST(post('email=r%40example.com&consent=yes'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1800');
    expect(await response.json()).toMatchObject({
      message: 'Too many attempts. Please try again in 30 minutes.',
    });
  });

  it('503 when the provider cannot be reached', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    next = async () => {
      throw new Error('down');
    };
    const response = await POST(post('email=r%40example.com&consent=yes'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      message: expect.stringMatching(/try again/),
    });
  });

  it('a honeypot answers 202 and reaches no provider', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = await POST(post('email=r%40example.com&consent=yes&website_url=spam'));
    expect(response.status).toBe(202);
    expect(calls).toEqual([]);
  });

  it('without JavaScript: a 303 to /subscribe/ with the result and what was typed in a short cookie', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    next = async () => {
      throw new Error('down');
    };
    const response = await POST(
      post('email=r%40example.com&consent=yes', {
        json: false,
        headers: { referer: 'https://news.example.com/a-post/' },
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://news.example.com/subscribe/?result=unavailable');
    const cookie = response.cookies.get('pf-subscribe');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.maxAge).toBe(120);
    const { decodeFlash } = await import('@/lib/subscribe/flash');
    expect(decodeFlash(cookie?.value)).toEqual({
      result: { status: 'unavailable' },
      email: 'r@example.com',
      returnTo: '/a-post/',
    });
  });

  it('a referer from another site is not where "back" leads', async () => {
    const response = await POST(
      post('email=r%40example.com&consent=yes', {
        json: false,
        headers: { referer: 'https://evil.example/x/' },
      }),
    );
    const { decodeFlash } = await import('@/lib/subscribe/flash');
    expect(decodeFlash(response.cookies.get('pf-subscribe')?.value)?.returnTo).toBe('/');
  });
});
