import { log } from '@/lib/log';
import { expiredSince } from '../cache-handlers/tag-expirations.cjs';
import { isPublicRender } from '../page-cache/public-render';
import { takeRender } from '../page-cache/render-log';
import { renderShared } from '../page-cache/shared-render';
import { readerDocumentOf } from '../page-cache/serve-reader-document';
import { validatorsOf } from '../page-cache/validators';
import { passOnHeaders } from '../routing/inner-request';
import { unavailable } from '../routing/outage-status';
import { edgeHeaders, NOT_AT_THE_EDGE, surrogateKeys } from './surrogate-keys';

// Behind an edge (PRESSFRONT_EDGE_CACHE_SECONDS > 0), the proxy renders a shared page through this same
// server, as the page cache does, but keeps nothing itself: it waits for the whole render, because
// only then are the cache tags of everything it read known, and answers with them as the edge's
// keys — or, for anything personal, failed or with tags the edge cannot carry, tells the edge to
// keep nothing. The edge (Varnish, a CDN) is the one page cache every worker shares.

export const EDGE_STATUS_HEADER = 'x-pressfront-edge';

export async function serveForEdge(
  request: Request,
  pathAndQuery: string,
  seconds: number,
  { documents }: { documents: boolean },
): Promise<Response> {
  const startedAt = Date.now();
  const { id, inner } = await renderShared(request, pathAndQuery);
  const answer = passOnHeaders(inner, request.url);
  let body: Uint8Array<ArrayBuffer>;
  try {
    // What the edge keeps and readers get: the document (server/page-cache/reader-document.ts).
    body = documents
      ? await readerDocumentOf(request, inner, answer, { shared: true })
      : new Uint8Array(await inner.arrayBuffer());
  } catch (error) {
    takeRender(id);
    throw error;
  }
  // Complete once the body is: the record of every read the render made.
  const record = takeRender(id);
  const isPublic = record !== undefined && isPublicRender(inner.status, answer, record);
  // Begun before one of what it read expired (here: this worker expired it), the page may hold the
  // older answer and arrive at the edge after its purge: served, not kept (`- 1`: the same
  // millisecond may be after).
  const current = record !== undefined && !expiredSince([...record.tags], startedAt - 1);
  const keys = surrogateKeys(record?.tags ?? null);
  if (isPublic && current && keys.ok) {
    // The edge answers browsers' conditional requests with these (server/page-cache/validators.ts).
    const { etag, lastModified } = validatorsOf(body, Date.now());
    answer.set('etag', etag);
    answer.set('last-modified', lastModified);
    for (const [name, value] of Object.entries(edgeHeaders(keys.keys, seconds))) answer.set(name, value);
    answer.set(EDGE_STATUS_HEADER, 'cacheable');
  } else {
    answer.set('cache-control', NOT_AT_THE_EDGE);
    answer.set(EDGE_STATUS_HEADER, 'pass');
    // A public page the edge could not file correctly: served, never kept, said in the log.
    if (isPublic && !keys.ok)
      log('warn', 'edge', { path: pathAndQuery, served: 'uncached', reason: keys.reason });
  }
  const payload = request.method === 'HEAD' ? null : body;
  // A render that failed because WordPress did is "unavailable, come back", not our error.
  if (inner.status === 500 && record?.upstreamFailed) {
    return unavailable(payload ? new Response(payload).body : null, answer);
  }
  return new Response(payload, { status: inner.status, headers: answer });
}
