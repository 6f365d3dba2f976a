// The cache tags of a render, as the keys a shared cache in front of the workers files the page
// under: Varnish's xkey module reads `xkey` (space-separated), Fastly and Akamai `Surrogate-Key`
// (space-separated), Cloudflare `Cache-Tag` (comma-separated). A revalidation of a tag purges
// exactly the pages that carry it (server/edge/purge.ts). The tag shapes are lib/wordpress/tags.ts's;
// the mapping is the identity, kept in one place so a CDN with other rules changes only this file.

/** More keys than this and the page is not worth keeping at the edge: served uncached. */
export const MAX_KEYS = 64;
/** Header budgets: Varnish's default is 8 KiB a header line, Cloudflare's Cache-Tag 16 KiB. */
export const MAX_HEADER_BYTES = 4_096;
/** A tag the edges can carry: no spaces or commas (the separators), nothing outside printable ASCII. */
const KEY = /^[A-Za-z0-9:_.%/-]{1,128}$/;

export type SurrogateKeys = { ok: true; keys: string[] } | { ok: false; reason: string };

export function surrogateKeys(tags: Iterable<string> | null): SurrogateKeys {
  if (tags === null) return { ok: false, reason: 'tags unknown' };
  const keys = [...new Set(tags)].sort();
  if (keys.length === 0) return { ok: false, reason: 'no tags' };
  if (keys.length > MAX_KEYS) return { ok: false, reason: `${keys.length} tags (at most ${MAX_KEYS})` };
  const bad = keys.find((key) => !KEY.test(key));
  if (bad !== undefined) return { ok: false, reason: `malformed tag ${JSON.stringify(bad.slice(0, 64))}` };
  if (keys.join(' ').length > MAX_HEADER_BYTES) {
    return { ok: false, reason: `tags longer than ${MAX_HEADER_BYTES} bytes` };
  }
  return { ok: true, keys };
}

/**
 * The headers that let an edge keep a public page for `seconds` and purge it by tag. A `brief`
 * answer (search results, a not-found page: server/page-cache/public-render.ts) is kept that long
 * and no longer — not served stale, not kept through an outage: a flood of them must not fill the edge.
 */
export function edgeHeaders(keys: string[], seconds: number, { brief = false } = {}): Record<string, string> {
  return {
    // Readers' browsers always ask again (max-age=0); the edge keeps it, serves a stale copy while
    // it fetches a new one, and for a day when the workers or WordPress fail.
    'cache-control': brief
      ? `public, max-age=0, s-maxage=${seconds}`
      : `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=86400, stale-if-error=86400`,
    xkey: keys.join(' '),
    'surrogate-key': keys.join(' '),
    'cache-tag': keys.join(','),
  };
}

/** What an edge must never keep: personal pages, failed renders, anything with tags gone wrong. */
export const NOT_AT_THE_EDGE = 'private, no-store';
