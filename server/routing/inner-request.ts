// The proxy sometimes asks this same server for a page (to keep a copy, or to label an outage):
// the "inner" request. It must render exactly what the reader's request would.

export const INNER_REQUEST_HEADER = 'x-pressfront-inner';

/**
 * The id of a form's answer handed to one inner render (server/forms/answers.ts). Never taken from
 * a reader: innerRequestHeaders drops a reader's own, so only the route that kept an answer sets it.
 */
export const FORM_ANSWER_HEADER = 'x-pressfront-form-answer';

/** The reader's request headers for the inner request, marked as inner, asked uncompressed. */
export function innerRequestHeaders(request: Request): Headers {
  const headers = new Headers(request.headers);
  headers.set(INNER_REQUEST_HEADER, '1');
  headers.delete(FORM_ANSWER_HEADER);
  // Next takes its scripts' nonce from the request's policy header: only ever ours
  // (server/http/app-script-policy.ts), never a reader's.
  headers.delete('content-security-policy');
  headers.delete('content-security-policy-report-only');
  // Passed on as it comes back: uncompressed, so its headers stay true.
  headers.set('accept-encoding', 'identity');
  // fetch() sets Host to the address it connects to: the reader's host goes as a forwarded one,
  // which is what canonical URLs are built from (server/seo/origin.ts).
  const url = new URL(request.url);
  if (!headers.has('x-forwarded-host'))
    headers.set('x-forwarded-host', request.headers.get('host') ?? url.host);
  if (!headers.has('x-forwarded-proto')) headers.set('x-forwarded-proto', url.protocol.replace(':', ''));
  return headers;
}

/**
 * A request for a whole document (a page, a feed) made by a reader's browser or a crawler: not the
 * proxy's own inner request, not a client-side navigation's or prefetch's React payload, not a
 * server action, not an API route or one of Next's own files.
 */
export function isDocumentRequest(request: Request, pathname: string): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.headers.has(INNER_REQUEST_HEADER) &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-router-prefetch') &&
    !request.headers.has('next-action') &&
    !new URL(request.url).searchParams.has('_rsc') &&
    !pathname.startsWith('/api/') &&
    !pathname.startsWith('/_next/')
  );
}

export function innerUrl(pathAndQuery: string): URL {
  return new URL(pathAndQuery, `http://127.0.0.1:${process.env.PORT ?? '3000'}`);
}

/**
 * The inner answer's headers, fit to pass on from the proxy: without the encoding the inner
 * request asked off, and with a redirect's Location made absolute (Next's proxy answers must
 * carry absolute URLs; the page's own redirects are paths).
 */
export function passOnHeaders(inner: Response, readerUrl: string): Headers {
  const headers = new Headers(inner.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  const location = headers.get('location');
  if (location) headers.set('location', new URL(location, readerUrl).toString());
  return headers;
}
