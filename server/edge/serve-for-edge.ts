import { log } from '@/lib/log';
import { applyScriptPolicy } from '../http/app-script-policy';
import { expiredSince } from '../cache-handlers/tag-expirations.cjs';
import { keepingOf } from '../page-cache/public-render';
import { type RenderRecord, takeRender } from '../page-cache/render-log';
import { type KeptAs, renderShared } from '../page-cache/shared-render';
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

/** Why the edge is told not to keep a page: `failed` and `outdated` keep the copy it has. */
function passReason(record: RenderRecord | undefined, outdated: boolean): 'failed' | 'outdated' | 'pass' {
  if (record?.upstreamFailed) return 'failed';
  return outdated ? 'outdated' : 'pass';
}

export async function serveForEdge(
  request: Request,
  pathAndQuery: string,
  seconds: number,
  { briefSeconds = 0, ...kept }: KeptAs & { briefSeconds?: number },
): Promise<Response> {
  const startedAt = Date.now();
  const { id, inner, scriptPolicy } = await renderShared(request, pathAndQuery, kept);
  const answer = passOnHeaders(inner, request.url);
  applyScriptPolicy(scriptPolicy, { answer });
  let body: Uint8Array<ArrayBuffer>;
  try {
    // What the edge keeps and readers get: the document (server/page-cache/reader-document.ts).
    body = kept.documents
      ? await readerDocumentOf(request, inner, answer, { shared: true })
      : new Uint8Array(await inner.arrayBuffer());
  } catch (error) {
    takeRender(id);
    throw error;
  }
  // Complete once the body is: the record of every read the render made.
  const record = takeRender(id);
  const keeping = record === undefined ? null : keepingOf(inner.status, answer, record, pathAndQuery);
  // Search results and not-found pages for a few seconds only; none at all when that is 0.
  const keptFor = keeping === 'brief' ? Math.min(seconds, briefSeconds) : seconds;
  const isPublic = keeping !== null && keptFor > 0;
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
    const headers = edgeHeaders(keys.keys, keptFor, { brief: keeping === 'brief' });
    for (const [name, value] of Object.entries(headers)) answer.set(name, value);
    answer.set(EDGE_STATUS_HEADER, 'cacheable');
  } else {
    answer.set('cache-control', NOT_AT_THE_EDGE);
    // Made while WordPress failed or was too busy (from last good answers, or an error), or begun
    // before something it read changed: the edge keeps the copy it has rather than trade it for
    // this one, and asks again (deploy/varnish/pressfront.vcl). Anything else it must not keep.
    answer.set(EDGE_STATUS_HEADER, passReason(record, isPublic && keys.ok && !current));
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
