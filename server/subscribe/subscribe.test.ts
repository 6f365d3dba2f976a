import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignUp } from '@/lib/wordpress';
import type { SubscribeProvider } from './provider';
import { signUp } from './subscribe';

const CONSENT_TEXT = 'Envie-me as novas histórias.';
const context = { ip: '203.0.113.9', origin: 'https://news.example.com', consentText: CONSENT_TEXT };
const fields = { email: 'reader@example.com', source: 7 };

function provider(answer: SubscribeProvider['signUp']): SubscribeProvider & { calls: SignUp[] } {
  const calls: SignUp[] = [];
  return {
    name: 'wordpress',
    calls,
    signUp: (s) => {
      calls.push(s);
      return answer(s);
    },
    confirm: null,
    unsubscribe: null,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('signUp', () => {
  it('hands the provider the address, the consent shown, the post, the site and the reader', async () => {
    const p = provider(async () => ({ kind: 'accepted' }));
    expect(await signUp(fields, false, context, p)).toEqual({ status: 'pending' });
    expect(p.calls).toEqual([
      {
        email: 'reader@example.com',
        consentText: CONSENT_TEXT,
        sourcePost: 7,
        frontendUrl: 'https://news.example.com',
        ip: '203.0.113.9',
      },
    ]);
  });

  it('answers a bot like a reader and sends it nowhere', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = provider(async () => ({ kind: 'accepted' }));
    expect(await signUp(fields, true, context, p)).toEqual({ status: 'pending' });
    expect(p.calls).toEqual([]);
    expect(warn.mock.calls[0]?.[0]).toContain('"event":"honeypot"');
  });

  it('passes on refusals in the reader’s terms', async () => {
    expect(
      await signUp(
        fields,
        false,
        context,
        provider(async () => ({ kind: 'invalid-email' })),
      ),
    ).toMatchObject({
      status: 'invalid',
      errors: { email: 'invalid' },
    });
    expect(
      await signUp(
        fields,
        false,
        context,
        provider(async () => ({ kind: 'rate-limited', retryAfterSeconds: 90 })),
      ),
    ).toEqual({ status: 'rate-limited', retryAfterSeconds: 90 });
  });

  it('a provider that fails is "try again", logged with the address so nothing is lost unseen', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const p = provider(async () => {
      throw new Error('WordPress /pressfront/v1/subscribers: unreachable');
    });
    expect(await signUp(fields, false, context, p)).toEqual({ status: 'unavailable' });
    const line = JSON.parse(String(error.mock.calls[0]?.[0])) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'error',
      source: 'subscribe',
      event: 'sign-up-failed',
      email: 'reader@example.com',
      sourcePost: 7,
    });
  });
});
