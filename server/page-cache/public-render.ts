import type { RenderRecord } from './render-log';

const STORED_TYPES = /^(text\/html|application\/rss\+xml|application\/xml|text\/xml)\b/;

/** A render that read nothing personal, saw WordPress answer, sets no cookie, and is a page or feed. */
function isShared(headers: Headers, record: RenderRecord): boolean {
  return (
    !record.upstreamFailed &&
    !record.personal &&
    !headers.has('set-cookie') &&
    STORED_TYPES.test(headers.get('content-type') ?? '')
  );
}

/**
 * A finished render every reader may be given alike (kept by the page cache or an edge, or sent
 * with validators): a plain 200 page or feed that read nothing personal, saw WordPress answer, and
 * sets no cookie.
 */
export function isPublicRender(status: number, headers: Headers, record: RenderRecord): boolean {
  return status === 200 && isShared(headers, record);
}

/**
 * How long a shared render may be kept: `page` as long as pages are; `brief` (search results, a
 * not-found page) for PRESSFRONT_BRIEF_CACHE_SECONDS at most — no two readers are likely to ask
 * alike, and a flood of them must not fill the caches, yet each answered once stops a client that
 * repeats it from reaching WordPress; null: not at all. Either is kept under the tags it read, so a
 * publication (the post a not-found page was missing) replaces it.
 */
export function keepingOf(
  status: number,
  headers: Headers,
  record: RenderRecord,
  pathAndQuery: string,
): 'page' | 'brief' | null {
  if (!isShared(headers, record)) return null;
  if (status === 404) return 'brief';
  if (status !== 200) return null;
  return isSearch(pathAndQuery) ? 'brief' : 'page';
}

/** WordPress's two addresses for search results: `?s=` on any path, and `/search/{terms}/`. */
export function isSearch(pathAndQuery: string): boolean {
  const url = new URL(pathAndQuery, 'http://site.invalid');
  return url.pathname.startsWith('/search/') || url.searchParams.has('s');
}
