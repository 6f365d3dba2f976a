import { wordpressFailedRecently } from '@/lib/wordpress/health';
import { innerRequestHeaders, innerUrl, isDocumentRequest, passOnHeaders } from '../routing/inner-request';
import { unavailable } from '../routing/outage-status';
import { isPublicRender } from './public-render';
import { readerDocumentBody } from './reader-document';
import { takeRender } from './render-log';
import { renderShared } from './shared-render';
import { isNotModified, notModified, setValidators, validatorsOf } from './validators';

// Reader pages that no cache of ours keeps (no page cache configured, or a reader's own page: an
// unlocked post, a form's answer) are documents too: the proxy asks this same server for the page
// with the reader's cookies, as it would have rendered it, and sends on the document.

/** Cookies of editors' tools (draft and theme previews): those pages keep Next's full app. */
const EDITOR_COOKIES = /(?:^|;\s*)(?:__prerender_bypass|pf_draft|pf_theme_preview)=/;

/** Where the server-rendered status pages are (app/%5Fpressfront/status/). */
const STATUS_PAGE = (status: '404' | '503') => `/_pressfront/status/${status}/`;

/** A reader's request for a page: not an editor's preview, not the proxy's own, not an API's. */
export function isReaderDocumentRequest(request: Request, pathname: string): boolean {
  return (
    isDocumentRequest(request, pathname) &&
    !pathname.startsWith('/preview/') &&
    !EDITOR_COOKIES.test(request.headers.get('cookie') ?? '')
  );
}

/**
 * The document for an inner render's answer (its headers, passed on, are adjusted in place). Next
 * renders a 404 and a failed render's error page in the browser — their HTML has an empty body —
 * so for those the status page is asked for, rendered on the server, with the same request.
 */
export async function readerDocumentOf(
  request: Request,
  inner: Response,
  headers: Headers,
  { shared }: { shared: boolean },
): Promise<Uint8Array<ArrayBuffer>> {
  const page = new Uint8Array(await inner.arrayBuffer());
  const html = /^text\/html\b/i.test(headers.get('content-type') ?? '');
  if (!html || ![404, 500, 503].includes(inner.status)) return readerDocumentBody(headers, page);
  const asked = innerRequestHeaders(request);
  if (shared) asked.delete('cookie');
  const status = await fetch(innerUrl(STATUS_PAGE(inner.status === 404 ? '404' : '503')), {
    headers: asked,
    redirect: 'manual',
    cache: 'no-store',
  });
  if (!status.ok) return readerDocumentBody(headers, page);
  return readerDocumentBody(headers, new Uint8Array(await status.arrayBuffer()));
}

/**
 * A reader's document that no cache of ours keeps. A page every reader gets alike (`shared`: no
 * personal cookie) is rendered as the page cache would (cookies left out, its reads recorded) and,
 * when public, sent with its validators, so a browser holding that copy gets a 304.
 */
export async function serveReaderDocument(
  request: Request,
  pathAndQuery: string,
  { shared }: { shared: boolean },
): Promise<Response> {
  const rendered = shared
    ? await renderShared(request, pathAndQuery)
    : {
        id: null,
        inner: await fetch(innerUrl(pathAndQuery), {
          method: request.method,
          headers: innerRequestHeaders(request),
          redirect: 'manual',
          cache: 'no-store',
        }),
      };
  const { id, inner } = rendered;
  const headers = passOnHeaders(inner, request.url);
  let body: Uint8Array<ArrayBuffer> | null;
  try {
    body = inner.body ? await readerDocumentOf(request, inner, headers, { shared }) : null;
  } catch (error) {
    if (id !== null) takeRender(id);
    throw error;
  }
  // Complete once the body is: the record of every read the render made.
  const record = id === null ? undefined : takeRender(id);
  if (record && body && isPublicRender(inner.status, headers, record))
    setValidators(headers, validatorsOf(body, Date.now()));
  if (isNotModified(request, headers)) return notModified(headers);
  // A render that failed because WordPress did, or was too busy to be asked (server/origin-load),
  // is "unavailable, come back", not our error.
  if (inner.status === 500 && (record?.upstreamFailed || wordpressFailedRecently()))
    return unavailable(body && new Response(body).body, headers);
  return new Response(request.method === 'HEAD' ? null : body, { status: inner.status, headers });
}
