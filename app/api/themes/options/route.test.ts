import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signRequest } from '@/lib/signing';
import { themes } from '@/themes/_engine/registry';

const SECRET = 'unit-test-shared-secret-0123456789abcdef';
const [theme] = Object.values(themes);

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790');
  vi.stubEnv('PRESSFRONT_BRIDGE_SECRET', SECRET);
});

const ask = (body: unknown, { context = 'theme-options', secret = SECRET } = {}) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const at = Math.floor(Date.now() / 1000);
  return new Request('http://localhost/api/themes/options/', {
    method: 'POST',
    body: text,
    headers: {
      'x-pressfront-timestamp': String(at),
      'x-pressfront-signature': signRequest(context, text, at, secret),
    },
  });
};

describe('POST /api/themes/options', async () => {
  const { POST } = await import('./route');

  it('answers valid options normalised, with the defaults filled in', async () => {
    const answer = await POST(
      ask({ theme: theme!.name, options: { showDate: false, ctaText: ' Join  us ' } }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      theme: theme!.name,
      values: { ...theme!.options.defaults, showDate: false, ctaText: 'Join us' },
    });
  });

  it('refuses a low-contrast accent with the ratio, per option', async () => {
    const answer = await POST(ask({ theme: theme!.name, options: { accent: '#ffff00', layout: 'nope' } }));
    expect(answer.status).toBe(422);
    const { errors } = (await answer.json()) as { errors: Record<string, string> };
    expect(errors.accent).toMatch(/^Accent colour: #ffff00 has a contrast of \d\.\d\d:1 against/);
    expect(errors.layout).toMatch(/expected one of/);
  });

  it('says so for an unknown theme or a body that is not JSON', async () => {
    expect((await POST(ask({ theme: 'no-such-theme', options: {} }))).status).toBe(400);
    expect((await POST(ask('{not json'))).status).toBe(400);
  });

  it('answers the plugin only', async () => {
    expect((await POST(ask({ theme: theme!.name, options: {} }, { context: 'themes' }))).status).toBe(401);
    expect(
      (
        await POST(
          ask({ theme: theme!.name, options: {} }, { secret: 'another-secret-entirely-0123456789abcdef' }),
        )
      ).status,
    ).toBe(401);
  });
});
