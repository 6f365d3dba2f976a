import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { signPayload } from '@/lib/signing';
import { PREVIEW_COOKIE, verifyPreviewSession } from '@/server/preview/theme-preview';
import { DEFAULT_THEME, themes } from '@/themes/_engine/registry';

const SECRET = 'unit-test-shared-secret-0123456789abcdef';
const theme = Object.keys(themes).find((name) => name !== DEFAULT_THEME) ?? DEFAULT_THEME;

beforeAll(() => {
  vi.stubEnv('WORDPRESS_URL', 'http://127.0.0.1:8790');
  vi.stubEnv('PRESSFRONT_BRIDGE_SECRET', SECRET);
});

let n = 0;
const link = (over: Record<string, unknown> = {}, secret = SECRET) =>
  signPayload(
    'theme-preview',
    {
      theme,
      options: {},
      nonce: `nonce${Date.now()}x${n++}`,
      exp: Math.floor(Date.now() / 1000) + 300,
      exitUrl: 'http://127.0.0.1:8790/wp-admin/themes.php?page=pressfront-themes',
      ...over,
    } as never,
    secret,
  );
const open = (token: string, path = '/about/') =>
  new NextRequest(`http://localhost:3000/api/theme-preview/?token=${encodeURIComponent(token)}&path=${path}`);

describe('theme live preview', async () => {
  const { startThemePreview, endThemePreview } = await import('./handler');

  it('opens a signed link: a session cookie for this browser, then the page', async () => {
    const answer = startThemePreview(open(link({ options: { showAuthor: false } })));
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('http://localhost:3000/about/');
    expect(answer.headers.get('cache-control')).toMatch(/no-store/);
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    // Framed in wp-admin, often from another site: None, hence Secure (localhost counts), partitioned.
    expect(cookie).toMatch(/SameSite=none/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/Partitioned/i);
    const value = decodeURIComponent(/pf_theme_preview=([^;]+)/.exec(cookie)?.[1] ?? '');
    const session = verifyPreviewSession(value, SECRET);
    expect(session.ok && session.payload.theme).toBe(theme);
    expect(session.ok && (session.payload.options as { showAuthor: boolean }).showAuthor).toBe(false);
  });

  it('refuses forged, expired and replayed links with 401, setting nothing', () => {
    const refused = [
      startThemePreview(open(link({}, 'another-secret-entirely-0123456789abcdef'))),
      startThemePreview(open(link({ exp: Math.floor(Date.now() / 1000) - 1 }))),
    ];
    const once = link();
    expect(startThemePreview(open(once)).status).toBe(303);
    refused.push(startThemePreview(open(once)));
    for (const answer of refused) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get('set-cookie')).toBeNull();
    }
  });

  it('says which options cannot be previewed, and which themes exist', async () => {
    const bad = startThemePreview(open(link({ options: { accent: themes[theme]!.tokens.color.bg.light } })));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { accent: string } }).errors.accent).toMatch(
      /contrast of 1\.00:1/,
    );
    const unknown = startThemePreview(open(link({ theme: 'no-such-theme' })));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { installed: string[] }).installed).toEqual(Object.keys(themes));
    expect(startThemePreview(open('garbage')).status).toBe(400);
  });

  it('ends the preview, back to wp-admin when it came from there', () => {
    const started = startThemePreview(open(link()));
    const cookie = /pf_theme_preview=([^;]+)/.exec(started.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const end = endThemePreview(
      new NextRequest('http://localhost:3000/api/theme-preview/end/', {
        headers: { cookie: `${PREVIEW_COOKIE}=${cookie}` },
      }),
    );
    expect(end.status).toBe(303);
    expect(end.headers.get('location')).toBe(
      'http://127.0.0.1:8790/wp-admin/themes.php?page=pressfront-themes',
    );
    expect(end.headers.get('set-cookie')).toMatch(/pf_theme_preview=;.*Max-Age=0/i);
    const plain = endThemePreview(
      new NextRequest('http://localhost:3000/api/theme-preview/end/?path=/about/'),
    );
    expect(plain.headers.get('location')).toBe('http://localhost:3000/about/');
  });
});
