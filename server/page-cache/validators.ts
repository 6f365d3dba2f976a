import { createHash } from 'node:crypto';

// Honest validators for a shared document: its ETag is a digest of the very bytes readers get, its
// Last-Modified the moment it was made from WordPress's answers (no part of it can be newer). With
// `max-age=0, must-revalidate` a browser — or a CDN that was not told it may keep pages — asks
// again every time and is answered 304 while the document is the same; a revalidation by tag makes
// a new one, with a new ETag. Not `no-store`: a browser may keep it in its back/forward cache.

/** What a shared document says to browsers and caches that were not told more (server/edge/ tells the edge). */
export const PUBLIC_DOCUMENT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export interface Validators {
  etag: string;
  lastModified: string;
}

export function validatorsOf(body: Uint8Array, madeAt: number): Validators {
  return {
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    lastModified: new Date(madeAt).toUTCString(),
  };
}

/** The validators, and the Cache-Control that lets browsers and caches use them, set on `headers`. */
export function setValidators(headers: Headers, validators: Validators): void {
  headers.set('etag', validators.etag);
  headers.set('last-modified', validators.lastModified);
  headers.set('cache-control', PUBLIC_DOCUMENT_CACHE_CONTROL);
}

/**
 * Whether the reader's copy is this one: If-None-Match when sent (any of its tags, weak or strong,
 * or `*`), else If-Modified-Since (HTTP dates have whole seconds).
 */
export function isNotModified(request: Request, headers: Headers): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const etag = headers.get('etag');
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    if (!etag) return false;
    const strip = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
  }
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  const modified = Date.parse(headers.get('last-modified') ?? '');
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}

/** The 304 for a current copy: no body, the validators and caching headers that go with it. */
export function notModified(headers: Headers): Response {
  const kept = new Headers();
  for (const name of ['etag', 'last-modified', 'cache-control', 'vary', 'date', 'x-pressfront-cache', 'age'])
    if (headers.has(name)) kept.set(name, headers.get(name) as string);
  return new Response(null, { status: 304, headers: kept });
}
