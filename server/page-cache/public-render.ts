import type { RenderRecord } from './render-log';

const STORED_TYPES = /^(text\/html|application\/rss\+xml|application\/xml|text\/xml)\b/;

/**
 * A finished render every reader may be given alike (kept by the page cache or an edge, or sent
 * with validators): a plain 200 page or feed that read nothing personal, saw WordPress answer, and
 * sets no cookie.
 */
export function isPublicRender(status: number, headers: Headers, record: RenderRecord): boolean {
  return (
    status === 200 &&
    !record.upstreamFailed &&
    !record.personal &&
    !headers.has('set-cookie') &&
    STORED_TYPES.test(headers.get('content-type') ?? '')
  );
}
