import { getConfig } from '@/lib/config';
import { log } from '@/lib/log';

// The site design's font files, served from this origin: a browser loads a web font from another
// origin only with CORS headers, which WordPress's static files rarely carry — and a page's fonts
// from its own origin need no other connection. Only font files in a theme's folder, as the
// design's font faces name them (lib/wordpress/design/font-face-css.ts), and at most a few MB.

const FONT_FILE =
  /^wp-content\/themes\/[a-z0-9_-]{1,64}\/(?:[\w-]{1,100}\/){0,6}[\w.-]{1,100}\.(woff2|woff|ttf|otf)$/i;
const TYPES: Record<string, string> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
};
const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });

export async function serveDesignFont(segments: readonly string[]): Promise<Response> {
  const path = segments.join('/');
  const extension = FONT_FILE.exec(path)?.[1]?.toLowerCase();
  if (!extension || path.split('/').some((part) => part === '..' || part === '.')) return notFound();
  let upstream: Response;
  try {
    upstream = await fetch(`${getConfig().wordpressUrl.replace(/\/$/, '')}/${path}`, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    log('warn', 'design', {
      message: 'a design font could not be fetched from WordPress',
      path,
      error: String(error),
    });
    return new Response('WordPress is unavailable', {
      status: 502,
      headers: { 'Cache-Control': 'no-store' },
    });
  }
  const length = Number(upstream.headers.get('content-length') ?? '0');
  if (!upstream.ok || length > MAX_BYTES) {
    await upstream.body?.cancel();
    return notFound();
  }
  const body = await upstream.arrayBuffer();
  if (body.byteLength > MAX_BYTES) return notFound();
  return new Response(body, {
    headers: {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      // A theme's font file changes with a theme update, rarely: a week, then checked again.
      'Cache-Control': 'public, max-age=604800, stale-while-revalidate=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
