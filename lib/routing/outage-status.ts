import { wordpressFailedRecently } from '../wordpress/health';

// A page that cannot be rendered because WordPress is failing ends as Next's error page with
// status 500, and nothing in a render can change that status. While WordPress is failing (and only
// then) the proxy asks this server for the page itself and turns such a 500 into what it is: a 503
// with Retry-After, so browsers, crawlers and CDNs come back instead of recording an error.

export const INNER_REQUEST_HEADER = 'x-pressfront-inner';
export const RETRY_AFTER_SECONDS = 30;

/** Whether the proxy should take this request through the outage path. */
export function wantsOutageStatus(request: Request, pathname: string): boolean {
  return (
    request.method === 'GET' &&
    !request.headers.has(INNER_REQUEST_HEADER) &&
    !pathname.startsWith('/api/') &&
    !pathname.startsWith('/_next/') &&
    wordpressFailedRecently()
  );
}

/** Fetches the page from this same server and answers with it, a 500 becoming a 503. */
export async function withOutageStatus(request: Request, pathAndQuery: string): Promise<Response> {
  const headers = new Headers(request.headers);
  headers.set(INNER_REQUEST_HEADER, '1');
  // The answer is passed on as it comes: uncompressed, so its headers stay true.
  headers.set('accept-encoding', 'identity');
  const inner = await fetch(new URL(pathAndQuery, `http://127.0.0.1:${process.env.PORT ?? '3000'}`), {
    headers,
    redirect: 'manual',
    cache: 'no-store',
  });
  const answer = new Headers(inner.headers);
  answer.delete('content-encoding');
  answer.delete('content-length');
  if (inner.status !== 500) return new Response(inner.body, { status: inner.status, headers: answer });
  answer.set('Retry-After', String(RETRY_AFTER_SECONDS));
  answer.set('Cache-Control', 'no-store');
  return new Response(inner.body, { status: 503, statusText: 'Service Unavailable', headers: answer });
}
