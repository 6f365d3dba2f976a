import { log } from '@/lib/log';
import { fetchDesignFontFile } from '@/lib/wordpress/design/font-file';

// The site design's font files, served from this origin: a browser loads a web font from another
// origin only with CORS headers, which WordPress's static files rarely carry — and a page's fonts
// from its own origin need no other connection. Which files, and how large, is the data layer's
// (lib/wordpress/design/font-file.ts); this says it in HTTP.

const TYPES: Record<string, string> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
};
const TIMEOUT_MS = 10_000;

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });

export async function serveDesignFont(segments: readonly string[]): Promise<Response> {
  const path = segments.join('/');
  const file = await fetchDesignFontFile(path, TIMEOUT_MS);
  if (file.kind === 'unreachable') {
    log('warn', 'design', {
      message: 'a design font could not be fetched from WordPress',
      path,
      error: file.error,
    });
    return new Response('WordPress is unavailable', {
      status: 502,
      headers: { 'Cache-Control': 'no-store' },
    });
  }
  if (file.kind !== 'ok') return notFound();
  return new Response(file.bytes, {
    headers: {
      'Content-Type': TYPES[file.extension] ?? 'application/octet-stream',
      // A theme's font file changes with a theme update, rarely: a week, then checked again.
      'Cache-Control': 'public, max-age=604800, stale-while-revalidate=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
