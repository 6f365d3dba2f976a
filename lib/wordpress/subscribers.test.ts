import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signRequest } from '../signing';
import { FIXTURE_WORDPRESS_URL } from './__fixtures__/load';
import { UpstreamError } from './errors';
import { confirmSubscriber, signUpSubscriber, unsubscribeSubscriber } from './subscribers';

const SECRET = 'unit-bridge-secret-0123456789abcdef-0123';

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', FIXTURE_WORDPRESS_URL);
  vi.stubEnv('PRESSFRONT_BRIDGE_SECRET', SECRET);
  vi.stubEnv('WORDPRESS_TIMEOUT_MS', '200');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const answer = (status: number, body: unknown) => {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};
const signUp = {
  email: 'reader@example.com',
  consentText: 'Send me new stories.',
  sourcePost: 7,
  frontendUrl: 'https://news.example.com',
  ip: '203.0.113.9',
};

describe('the plugin’s subscriber endpoints', () => {
  it('signs the exact body it sends, for the subscribers context, never cached', async () => {
    const fetchMock = answer(202, { status: 'accepted' });
    expect(await signUpSubscriber(signUp)).toEqual({ kind: 'accepted' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(`${FIXTURE_WORDPRESS_URL}/wp-json/pressfront/v1/subscribers?`);
    const headers = init.headers as Record<string, string>;
    const body = String(init.body);
    expect(JSON.parse(body)).toEqual({ ...signUp });
    expect(headers['x-pressfront-signature']).toBe(
      signRequest('subscribers', body, Number(headers['x-pressfront-timestamp']), SECRET),
    );
    expect(init.method).toBe('POST');
    expect(init.cache).toBe('no-store');
  });

  it('reads the plugin’s refusals: a bad address, and how long to wait', async () => {
    answer(400, { code: 'pressfront_invalid_email', message: 'x', data: { status: 400 } });
    expect(await signUpSubscriber(signUp)).toEqual({ kind: 'invalid-email' });
    answer(429, { code: 'pressfront_rate_limited', message: 'x', data: { status: 429, retry_after: 1234 } });
    expect(await signUpSubscriber(signUp)).toEqual({ kind: 'rate-limited', retryAfterSeconds: 1234 });
  });

  it('a plugin that is missing, failing or unsigned-for is an upstream error, logged', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    answer(404, { code: 'rest_no_route', message: 'No route' });
    await expect(signUpSubscriber(signUp)).rejects.toThrow();
    answer(401, { code: 'pressfront_bad_signature', message: 'x' });
    await expect(signUpSubscriber(signUp)).rejects.toThrow(UpstreamError);
    answer(503, { code: 'pressfront_mail_failed', message: 'x' });
    await expect(signUpSubscriber(signUp)).rejects.toThrow(UpstreamError);
  });

  it('confirms and unsubscribes with the token, passing on the plugin’s outcome', async () => {
    const fetchMock = answer(200, { status: 'already-confirmed' });
    expect(await confirmSubscriber('ab'.repeat(32))).toBe('already-confirmed');
    expect(JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body))).toEqual(
      {
        token: 'ab'.repeat(32),
      },
    );
    answer(200, { status: 'unsubscribed' });
    expect(await unsubscribeSubscriber('3.' + 'cd'.repeat(32))).toBe('unsubscribed');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    answer(200, { status: 'something-else' });
    await expect(unsubscribeSubscriber('3.' + 'cd'.repeat(32))).rejects.toThrow(UpstreamError);
  });
});
