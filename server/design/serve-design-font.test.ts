import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/config', () => ({ getConfig: () => ({ wordpressUrl: 'http://wordpress.test/' }) }));
const { serveDesignFont } = await import('./serve-design-font');

const font = (bytes: number) =>
  new Response(new Uint8Array(bytes), { headers: { 'content-length': String(bytes) } });

describe('the design’s font files, from this origin', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('serves a theme’s font file from WordPress, cacheable, with its type', async () => {
    const fetch = vi.fn<(url: string) => Promise<Response>>(async () => font(1000));
    vi.stubGlobal('fetch', fetch);
    const answer = await serveDesignFont(
      'wp-content/themes/twentytwentythree/assets/fonts/dm-sans/DMSans-Regular.woff2'.split('/'),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('font/woff2');
    expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=604800/);
    expect((await answer.arrayBuffer()).byteLength).toBe(1000);
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'http://wordpress.test/wp-content/themes/twentytwentythree/assets/fonts/dm-sans/DMSans-Regular.woff2',
    );
  });

  it.each([
    'wp-content/themes/x/../../../wp-config.php',
    'wp-content/themes/x/../secret.woff2',
    'wp-content/uploads/2026/font.woff2',
    'wp-content/themes/x/style.css',
    'wp-login.php',
  ])('asks WordPress for nothing but a theme’s font file: %s', async (path) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect((await serveDesignFont(path.split('/'))).status).toBe(404);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a file larger than a font should be, and says when WordPress is away', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => font(6 * 1024 * 1024)),
    );
    expect((await serveDesignFont(['wp-content', 'themes', 'x', 'big.woff2'])).status).toBe(404);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    expect((await serveDesignFont(['wp-content', 'themes', 'x', 'a.woff2'])).status).toBe(502);
  });
});
