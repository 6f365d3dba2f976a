import { wordpressFailedRecently } from '@/lib/wordpress/health';
import {
  INNER_REQUEST_HEADER,
  innerRequestHeaders,
  innerUrl,
  isDocumentRequest,
  passOnHeaders,
} from './inner-request';

export { INNER_REQUEST_HEADER };

// A page that cannot be rendered because WordPress is failing ends as Next's error page with
// status 500, and nothing in a render can change that status. While WordPress is failing (and only
// then) the proxy asks this server for the page itself and turns such a 500 into what it is: a 503
// with Retry-After, so browsers, crawlers and CDNs come back instead of recording an error.

export const RETRY_AFTER_SECONDS = 30;

/** Whether the proxy should take this request through the outage path. */
export function wantsOutageStatus(request: Request, pathname: string): boolean {
  return request.method === 'GET' && isDocumentRequest(request, pathname) && wordpressFailedRecently();
}

/** Fetches the page from this same server and answers with it, a 500 becoming a 503. */
export async function withOutageStatus(request: Request, pathAndQuery: string): Promise<Response> {
  const inner = await fetch(innerUrl(pathAndQuery), {
    headers: innerRequestHeaders(request),
    redirect: 'manual',
    cache: 'no-store',
  });
  const answer = passOnHeaders(inner, request.url);
  if (inner.status !== 500) return new Response(inner.body, { status: inner.status, headers: answer });
  return unavailable(inner.body, answer);
}

/** The calm error page's answer as what it is: 503, come back later, keep no copy. */
export function unavailable(body: ReadableStream<Uint8Array> | null, headers: Headers): Response {
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  headers.set('Cache-Control', 'no-store');
  return new Response(body, { status: 503, statusText: 'Service Unavailable', headers });
}
