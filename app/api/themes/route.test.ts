import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signRequest } from '@/lib/signing';
import { themes } from '@/themes/_engine/registry';

const SECRET = 'e2e-revalidate-secret-0123456789abcdef';

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790');
  vi.stubEnv('PRESSFRONT_BRIDGE_SECRET', SECRET);
});

const ask = ({ context = 'themes', at = Math.floor(Date.now() / 1000), secret = SECRET } = {}) =>
  new Request('http://localhost/api/themes/', {
    headers: {
      'x-pressfront-timestamp': String(at),
      'x-pressfront-signature': signRequest(context, '', at, secret),
    },
  });

describe('GET /api/themes', async () => {
  const { GET } = await import('./route');

  it('lists every installed theme to the plugin, and whether the server pins one', async () => {
    const answer = GET(ask());
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as {
      themes: { name: string; label: string; screenshot: string | null; options: { name: string }[] }[];
      pinned: unknown;
    };
    expect(body.themes.map((theme) => theme.name)).toEqual(Object.keys(themes));
    for (const theme of body.themes) {
      expect(theme.label).toBe(themes[theme.name]?.label);
      // A real picture, from npm run themes:screenshots, for every theme.
      expect(theme.screenshot).toBe(`/themes/${theme.name}.png`);
      expect(existsSync(path.join(process.cwd(), 'public', theme.screenshot!))).toBe(true);
      // The form wp-admin renders, from the theme's options schema.
      expect(theme.options.map((field) => field.name)).toEqual(
        themes[theme.name]?.options.fields.map((f) => f.name),
      );
    }
    expect(body.pinned).toBeNull();
    expect(answer.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('refuses requests not signed for it: unsigned, another secret, another context, stale', async () => {
    expect(GET(new Request('http://localhost/api/themes/')).status).toBe(401);
    expect(GET(ask({ secret: 'another-secret-of-enough-length-0123456789' })).status).toBe(401);
    expect(GET(ask({ context: 'subscribers' })).status).toBe(401);
    expect(GET(ask({ at: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
  });
});
