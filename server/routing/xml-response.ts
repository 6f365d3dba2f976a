import { NotFoundError, UpstreamError } from '@/lib/wordpress';

/**
 * The one place feed and sitemap routes turn data-layer outcomes into HTTP: the document, a 404
 * for what WordPress does not have, a 503 with Retry-After while WordPress is away (already logged).
 */
export async function xmlResponse(contentType: string, build: () => Promise<string>): Promise<Response> {
  try {
    const body = await build();
    return new Response(body, {
      headers: { 'Content-Type': `${contentType}; charset=utf-8`, 'Cache-Control': 'public, max-age=300' },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      return new Response('Not found\n', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    if (error instanceof UpstreamError) {
      return new Response('Temporarily unavailable; please try again shortly.\n', {
        status: 503,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
      });
    }
    throw error;
  }
}
